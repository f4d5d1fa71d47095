import type { DataSource } from "typeorm";
import type { TestSmtp } from "./smtp-capture";
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
  /** Per duplicated Message-ID: seconds between the copies' Date headers (when each sender wrote it) and between their receipts. */
  duplicates: { messageId: string; writtenApartS: number; receivedApartS: number }[];
}

/** The Message-IDs of the e-mail letters an intake replica had claimed and not marked sent: what a kill may send twice. */
export async function lettersInFlight(intake: DataSource): Promise<string[]> {
  const rows = await intake.query<{ id: string }[]>("SELECT id FROM letter WHERE delivery = 'EMAIL' AND sentAt IS NULL AND claimedUntil IS NOT NULL");
  return rows.map((r) => messageIdOf("letter", r.id));
}

/** Letters written by intake against what the SMTP server received, per Message-ID. */
export async function countLetters(intake: DataSource, smtp: Pick<TestSmtp, "received" | "receivedAt">, inFlight: ReadonlySet<string>): Promise<LetterCount> {
  const { received, receivedAt } = smtp;
  const rows = await intake.query<{ id: string; delivery: string; sentAt: Date | null }[]>("SELECT id, delivery, sentAt FROM letter");
  const email = rows.filter((r) => r.delivery === "EMAIL");
  const copies = new Map<string, number[]>();
  received.forEach((mail, i) => mail.messageId && copies.set(mail.messageId, [...(copies.get(mail.messageId) ?? []), i]));
  const duplicated = [...copies].filter(([, n]) => n.length > 1).map(([id]) => id);
  const apart = (times: number[]) => Math.round((Math.max(...times) - Math.min(...times)) / 100) / 10;
  return {
    letters: rows.length,
    byEmail: email.length,
    unsent: email.filter((r) => r.sentAt === null).length,
    deliveries: received.length,
    notDelivered: email.filter((r) => r.sentAt !== null && !copies.has(messageIdOf("letter", r.id))).length,
    duplicated: duplicated.length,
    inFlightAtKill: [...inFlight],
    duplicatedOutsideInFlight: duplicated.filter((id) => !inFlight.has(id)),
    duplicates: duplicated.map((messageId) => {
      const at = copies.get(messageId)!;
      return { messageId, writtenApartS: apart(at.map((i) => received[i].date?.getTime() ?? 0)), receivedApartS: apart(at.map((i) => receivedAt[i])) };
    }),
  };
}
