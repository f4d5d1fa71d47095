import type { ParsedMail } from "mailparser";
import type { TestSmtp } from "../../scripts/smtp-capture";

export { startSmtp, type TestSmtp, type TestSmtpOptions } from "../../scripts/smtp-capture";

/** The single address a message went to, or null. */
export const recipient = (mail: ParsedMail): string | null => (mail.to && !Array.isArray(mail.to) ? mail.to.text : null);

/** The messages the server received for `address`, oldest first. */
export const mailTo = (smtp: TestSmtp, address: string): ParsedMail[] => smtp.received.filter((m) => recipient(m) === address);

/** The six-digit code of a confirmation message. */
export const codeIn = (mail: ParsedMail): string | undefined => /: (\d{6})\s*$/m.exec(mail.text ?? "")?.[1];
