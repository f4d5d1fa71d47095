import type { DataSource } from "typeorm";
import type { Clock } from "../../../lib/platform/clock";
import { inTransaction } from "../../../lib/platform/database";
import { Complaint } from "../complaint.entity";
import type { SendFailure } from "./letter.dispatcher";
import { Letter, LetterDelivery } from "./letter.entity";

/**
 * A letter whose e-mail the mail server refused for good, or that failed too often, goes by post when the
 * complainant's postal address is known: it then waits for staff to print and post it (markLetterPosted), as
 * every paper letter. Without a postal address a refusal for good ends the sending (UNDELIVERABLE until the
 * address is corrected); temporary failures go on being retried.
 */
export function postalFallback(dataSource: DataSource, clock: Clock) {
  return async (letterId: string, failure: SendFailure): Promise<boolean> =>
    inTransaction(dataSource, async (m) => {
      const letter = await m.findOneBy(Letter, { id: letterId });
      const complaint = letter && (await m.findOneBy(Complaint, { id: letter.complaintId }));
      const byPost = !!complaint?.complainant?.postalAddress;
      if (!letter || (!byPost && !failure.permanent)) return false;
      const sending = { attempts: failure.attempts, lastError: failure.error, nextAttemptAt: null, claimedUntil: null, emailFailedAt: clock.now() };
      const changed = await m
        .createQueryBuilder()
        .update(Letter)
        .set(byPost ? { ...sending, delivery: LetterDelivery.PAPER } : sending)
        .where("id = :id AND sentAt IS NULL", { id: letterId })
        .execute();
      return changed.affected === 1;
    });
}
