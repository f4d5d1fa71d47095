import { Column, Entity, PrimaryColumn, type EntityManager } from "typeorm";
import { rateLimited } from "../errors";
import { incrementCounter } from "./counter";
import { msg } from "../i18n/message";
import { brusselsDate } from "../domain/brussels-calendar";

/** The calendar day in Brussels, YYYY-MM-DD: daily limits turn over at local midnight. */
export const brusselsDay = brusselsDate;

/** Seconds from `now` until the next Brussels midnight, when daily limits turn over (to the second, DST included): RATE_LIMITED's `retryAfter`. */
export function secondsToNextBrusselsDay(now: Date): number {
  const today = brusselsDay(now);
  let [before, after] = [now.getTime(), now.getTime() + 26 * 3_600_000];
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (brusselsDay(new Date(middle)) === today) before = middle;
    else after = middle;
  }
  return Math.max(1, Math.ceil((after - now.getTime()) / 1000));
}

/** How often one citizen did one quota'd action on one Brussels calendar day, in the database that owns the action. */
@Entity("citizen_quota")
export class CitizenQuota {
  @PrimaryColumn({ type: "varchar", length: 255 })
  sub!: string;

  /** FILING, ESCALATION_REQUEST: the code's own names. */
  @PrimaryColumn({ type: "varchar", length: 32 })
  action!: string;

  /** YYYY-MM-DD in Europe/Brussels. */
  @PrimaryColumn({ type: "varchar", length: 10 })
  day!: string;

  @Column({ type: "int" })
  used!: number;
}

export interface DailyQuota {
  action: "FILING" | "ESCALATION_REQUEST";
  perDay: number;
}

/**
 * Counts one use of `quota` by `sub` today inside the action's transaction, or refuses with RATE_LIMITED.
 * The refusal is thrown in the transaction, so its increment rolls back with the action: refused attempts don't count.
 * The counter row stays locked until commit, so replicas and parallel calls count exactly.
 */
export async function takeDailyQuota(m: EntityManager, quota: DailyQuota, sub: string, now: Date): Promise<void> {
  const used = await incrementCounter(m, CitizenQuota, { sub, action: quota.action, day: brusselsDay(now) }, "used");
  if (used > quota.perDay) {
    throw rateLimited(msg(`quota.${quota.action}`, { perDay: quota.perDay }), { retryAfter: secondsToNextBrusselsDay(now) });
  }
}
