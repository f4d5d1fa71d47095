import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtp {
  port: number;
  url: string;
  /** Every message the server accepted, parsed. */
  received: ParsedMail[];
  close(): Promise<void>;
}

/** `refuse`: the SMTP reply code (e.g. 550 for good, 451 for now) the server gives a recipient, or null to accept it. */
export interface TestSmtpOptions {
  refuse?: (recipient: string) => number | null;
}

/** A real SMTP server on loopback (the smtp-server package), keeping what it receives. */
export async function startSmtp(port = 0, options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The single address a message went to, or null. */
export const recipient = (mail: ParsedMail): string | null => (mail.to && !Array.isArray(mail.to) ? mail.to.text : null);

/** The messages the server received for `address`, oldest first. */
export const mailTo = (smtp: TestSmtp, address: string): ParsedMail[] => smtp.received.filter((m) => recipient(m) === address);

/** The six-digit code of a confirmation message. */
export const codeIn = (mail: ParsedMail): string | undefined => /: (\d{6})\s*$/m.exec(mail.text ?? "")?.[1];
