import { registerEnumType } from "type-graphql";

export enum LetterStatus {
  WAITING_FOR_CONFIRMATION = "WAITING_FOR_CONFIRMATION",
  SENDING = "SENDING",
  SENT = "SENT",
  TO_BE_POSTED = "TO_BE_POSTED",
  POSTED = "POSTED",
  UNDELIVERABLE = "UNDELIVERABLE",
}

registerEnumType(LetterStatus, {
  name: "LetterStatus",
  description: "Where the letter is on its way to the complainant.",
  valuesConfig: {
    WAITING_FOR_CONFIRMATION: { description: "An e-mail held until the complainant confirms the address." },
    SENDING: { description: "An e-mail waiting for the mail server, or retried after a temporary failure." },
    SENT: { description: "The mail server accepted the e-mail (sentAt)." },
    TO_BE_POSTED: {
      description: "A paper letter to print and post (markLetterPosted); also an e-mail given up on (emailFailedAt) when a postal address is known.",
    },
    POSTED: { description: "Staff posted the paper letter (postedAt)." },
    UNDELIVERABLE: {
      description: "The mail server refused the e-mail for good (a 5xx reply) and no postal address is known: correct the address (updateComplainant).",
    },
  },
});

/** The sending state a status is read from. */
export interface LetterProgress {
  delivery: "EMAIL" | "PAPER";
  sentAt: Date | null;
  postedAt: Date | null;
  waitingForConfirmation: boolean;
  emailFailedAt: Date | null;
}

export function letterStatus(letter: LetterProgress): LetterStatus {
  if (letter.delivery === "PAPER") return letter.postedAt ? LetterStatus.POSTED : LetterStatus.TO_BE_POSTED;
  if (letter.sentAt) return LetterStatus.SENT;
  if (letter.waitingForConfirmation) return LetterStatus.WAITING_FOR_CONFIRMATION;
  return letter.emailFailedAt ? LetterStatus.UNDELIVERABLE : LetterStatus.SENDING;
}

/** A mail server's permanent refusal: an SMTP reply in the 5xx range (nodemailer's `responseCode`). */
export function refusedForGood(err: unknown): boolean {
  const code = (err as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
