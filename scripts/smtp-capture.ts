import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtp {
  port: number;
  url: string;
  /** Every message the server accepted, parsed. */
  received: ParsedMail[];
  /** When each of `received` was accepted (epoch ms), in the same order. */
  receivedAt: number[];
  close(): Promise<void>;
}

/** `refuse`: the SMTP reply code (e.g. 550 for good, 451 for now) the server gives a recipient, or null to accept it. */
export interface TestSmtpOptions {
  refuse?: (recipient: string) => number | null;
}

/** A real SMTP server on loopback (the smtp-server package), keeping what it receives: for the tests and the soak. */
export async function startSmtp(port = 0, options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const receivedAt: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = options.refuse?.(address.address) ?? null;
      if (code === null) return callback();
      callback(Object.assign(new Error(code >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: code }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          receivedAt.push(Date.now());
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    received,
    receivedAt,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
