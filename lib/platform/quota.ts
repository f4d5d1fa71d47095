import { Column, Entity, PrimaryColumn, type EntityManager } from "typeorm";
import { rateLimited } from "../errors";
import { incrementCounter } from "./counter";
import { brusselsDate } from "../domain/brussels-calendar";

/** The calendar day in Brussels, YYYY-MM-DD: daily limits turn over at local midnight. */
export const brusselsDay = brusselsDate;

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
  /** "complaints filed", for the refusal. */
  what: string;
}

/**
 * Counts one use of `quota` by `sub` today inside the action's transaction, or refuses with RATE_LIMITED.
 * The refusal is thrown in the transaction, so its increment rolls back with the action: refused attempts don't count.
 * The counter row stays locked until commit, so replicas and parallel calls count exactly.
 */
export async function takeDailyQuota(m: EntityManager, quota: DailyQuota, sub: string, now: Date): Promise<void> {
  const used = await incrementCounter(m, CitizenQuota, { sub, action: quota.action, day: brusselsDay(now) }, "used");
  if (used > quota.perDay) {
    throw rateLimited(`At most ${quota.perDay} ${quota.what} per citizen per day; the limit resets at midnight, Brussels time`);
  }
}
