import type { EntityManager } from "typeorm";
import type { LetterRoute } from "../email-confirmation/address-rules";
import { Letter, LetterDelivery } from "./letter.entity";

/**
 * After the complainant's e-mail address changed, the complaint's e-mail letters that the mail server has not
 * taken yet travel as a new letter would (`route`): to the new address now, to it once confirmed, or on paper.
 * Paper letters stay as they are: staff may be printing them.
 */
export async function rerouteUnsentEmail(m: EntityManager, complaintId: string, route: LetterRoute, email: string | null, now: Date): Promise<void> {
  const changes =
    route === "PAPER"
      ? { delivery: LetterDelivery.PAPER, recipient: null, waitingForConfirmation: false, nextAttemptAt: null }
      : { recipient: email, waitingForConfirmation: route === "EMAIL_WHEN_CONFIRMED", nextAttemptAt: route === "EMAIL" ? now : null };
  await m
    .createQueryBuilder()
    .update(Letter)
    // A new address starts afresh: its own attempts, no failure yet.
    .set({ ...changes, claimedUntil: null, attempts: 0, emailFailedAt: null })
    .where("complaintId = :complaintId AND delivery = :email AND sentAt IS NULL", { complaintId, email: LetterDelivery.EMAIL })
    .execute();
}

/** E-mail letters the mail server refused for good (UNDELIVERABLE) go by post once a postal address is known. */
export async function postUndeliverable(m: EntityManager, complaintId: string): Promise<void> {
  await m
    .createQueryBuilder()
    .update(Letter)
    .set({ delivery: LetterDelivery.PAPER })
    .where("complaintId = :complaintId AND delivery = :email AND sentAt IS NULL AND emailFailedAt IS NOT NULL AND nextAttemptAt IS NULL", {
      complaintId,
      email: LetterDelivery.EMAIL,
    })
    .execute();
}
