import { msg } from "../../../lib/i18n/message";
import type { DataSource } from "typeorm";
import type { Caller } from "../../../lib/auth/caller";
import { brusselsDate } from "../../../lib/domain/brussels-calendar";
import { inputRefusal, refuseIf, stateRefusal, type Refusal } from "../../../lib/domain/refusal";
import { notFound } from "../../../lib/errors";
import { publish } from "../../../lib/events/outbox";
import type { Clock } from "../../../lib/platform/clock";
import { inTransaction } from "../../../lib/platform/database";
import type { ComplaintQueries } from "../complaint.queries";
import { Letter, LetterDelivery } from "./letter.entity";

/** Why `postedAt` cannot be recorded for `letter` at `now`, or null. */
export function postingRefusal(letter: Pick<Letter, "delivery" | "createdAt" | "postedAt">, postedAt: Date, now: Date): Refusal | null {
  if (postedAt.getTime() > now.getTime()) return inputRefusal(msg("letter.postedInFuture"), { path: "postedAt", code: "OUT_OF_RANGE" });
  if (postedAt.getTime() < letter.createdAt.getTime()) return inputRefusal(msg("letter.postedBeforeMade"), { path: "postedAt", code: "OUT_OF_RANGE" });
  if (letter.delivery !== LetterDelivery.PAPER) return stateRefusal(msg("letter.notPaper"));
  if (letter.postedAt) return stateRefusal(msg("letter.alreadyPosted", { postedAt: brusselsDate(letter.postedAt) }));
  return null;
}

/**
 * Paper letters are printed and posted by staff, who record the day; "a
 * confirmation within the week" is then provable, and the event carries the
 * date to the annual figures (escalation's facts).
 */
export class LetterPosting {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly queries: Pick<ComplaintQueries, "getVisible">,
  ) {}

  /** Staff of the complaint's directorate, or the central service (the complaint in the caller's scope); once per letter. */
  async markPosted(caller: Caller, letterId: string, postedAt: Date): Promise<Letter> {
    const letters = this.dataSource.getRepository(Letter);
    const letter = await letters.findOneBy({ id: letterId });
    if (!letter) throw notFound(msg("letter.notFound", { id: letterId }));
    // NOT_FOUND outside the caller's scope, as for the complaint itself.
    await this.queries.getVisible(caller, letter.complaintId).catch(() => {
      throw notFound(msg("letter.notFound", { id: letterId }));
    });
    const now = this.clock.now();
    refuseIf(postingRefusal(letter, postedAt, now));
    await inTransaction(this.dataSource, async (m) => {
      // The database picks one winner: only a row still without a posting date is updated.
      const result = await m.createQueryBuilder().update(Letter).set({ postedAt }).where("id = :id AND postedAt IS NULL", { id: letterId }).execute();
      if (result.affected !== 1) refuseIf(postingRefusal(await m.findOneByOrFail(Letter, { id: letterId }), postedAt, now));
      await publish(m, "LetterPosted", letter.complaintId, { letterId, kind: letter.kind, postedAt: postedAt.toISOString() }, now);
    });
    return letters.findOneByOrFail({ id: letterId });
  }
}
