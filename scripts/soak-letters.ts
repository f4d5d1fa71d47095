import type { ParsedMail } from "mailparser";
import type { DataSource } from "typeorm";
import { messageIdOf } from "../subgraphs/intake/letters/letter.dispatcher";

export interface LetterCount {
  letters: number;
  byEmail: number;
  /** E-mail letters the dispatcher has not handed over yet. */
  unsent: number;
  /** What the SMTP server accepted: messages, and letters it never received though marked sent. */
  deliveries: number;
  notDelivered: number;
  /** Message-IDs the server received more than once; those not claimed-and-unsent right after a kill of intake are failures. */
  duplicated: number;
  inFlightAtKill: string[];
  duplicatedOutsideInFlight: string[];
}

/** The Message-IDs of the e-mail letters an intake replica had claimed and not marked sent: what a kill may send twice. */
export async function lettersInFlight(intake: DataSource): Promise<string[]> {
  const rows = await intake.query<{ id: string }[]>("SELECT id FROM letter WHERE delivery = 'EMAIL' AND sentAt IS NULL AND claimedUntil IS NOT NULL");
  return rows.map((r) => messageIdOf("letter", r.id));
}

/** Letters written by intake against what the SMTP server received, per Message-ID. */
export async function countLetters(intake: DataSource, received: readonly ParsedMail[], inFlight: ReadonlySet<string>): Promise<LetterCount> {
  const rows = await intake.query<{ id: string; delivery: string; sentAt: Date | null }[]>("SELECT id, delivery, sentAt FROM letter");
  const email = rows.filter((r) => r.delivery === "EMAIL");
  const copies = new Map<string, number>();
  for (const mail of received) if (mail.messageId) copies.set(mail.messageId, (copies.get(mail.messageId) ?? 0) + 1);
  const duplicated = [...copies].filter(([, n]) => n > 1).map(([id]) => id);
  return {
    letters: rows.length,
    byEmail: email.length,
    unsent: email.filter((r) => r.sentAt === null).length,
    deliveries: received.length,
    notDelivered: email.filter((r) => r.sentAt !== null && !copies.has(messageIdOf("letter", r.id))).length,
    duplicated: duplicated.length,
    inFlightAtKill: [...inFlight],
    duplicatedOutsideInFlight: duplicated.filter((id) => !inFlight.has(id)),
  };
}
