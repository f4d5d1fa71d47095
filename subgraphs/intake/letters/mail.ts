import fs from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { MailConfig } from "../../../lib/config";

export interface OutgoingMail {
  /** Stable per letter, so a receiving system can recognise a message it already has. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  /** RFC 5646 tag for Content-Language. */
  language: string;
}

/** Where letters go: an SMTP server, or .eml files for development (`npm start` needs no mail server). */
export interface MailTransport {
  readonly description: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createMailTransport(config: MailConfig): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl, config.from) : fileTransport(config.dir, config.from);
}

const message = (from: string, mail: OutgoingMail) => ({
  from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  messageId: mail.messageId,
  headers: { "Content-Language": mail.language },
});

function smtpTransport(url: string, from: string): MailTransport {
  // Short timeouts: a dead server must not hold a letter's claim for minutes.
  const transporter: Transporter = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    description: `SMTP ${new URL(url).host}`,
    async send(mail) {
      await transporter.sendMail(message(from, mail));
    },
    close: () => transporter.close(),
  };
}

/** Where the file transport writes a message. */
export const mailFile = (dir: string, messageId: string): string => path.join(dir, `${messageId.replace(/[^A-Za-z0-9.@-]/g, "")}.eml`);

/** Removes the files of these messages that the file transport wrote (erasure); resolves to the number removed. */
export function removeMailFiles(dir: string, messageIds: readonly string[]): number {
  let removed = 0;
  for (const id of messageIds) {
    try {
      fs.unlinkSync(mailFile(dir, id));
      removed++;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
  return removed;
}

function fileTransport(dir: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    description: `files in ${dir}`,
    async send(mail) {
      const info = await transporter.sendMail(message(from, mail));
      fs.mkdirSync(dir, { recursive: true });
      const file = mailFile(dir, mail.messageId);
      // Written whole or not at all: a reader never sees half a message.
      fs.writeFileSync(`${file}.tmp`, info.message as Buffer);
      fs.renameSync(`${file}.tmp`, file);
    },
    close: () => transporter.close(),
  };
}
