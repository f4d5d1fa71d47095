import { DAY_MS } from "../platform/clock";
import { ComplaintStatus } from "./enums";

/**
 * When a complaint is finished (issue 16, Terms): its last final act is done. A withdrawal and a decision of the
 * Central Complaints Service (on an escalation or a review) are final at once; an answer and an inadmissibility
 * decision become final when the escalation window passes without a request to the second line. Retention runs
 * from the finish date. Intake keeps the two facts on each complaint (finalActAt, finalActAppealable).
 */
export const DEFAULT_ESCALATION_WINDOW_DAYS = 90;

/** What the rule reads. `finalActAt` null: no final act yet, or the second line has a request open. */
export interface FinishFacts {
  finalActAt: Date | null;
  /** The final act can still be taken to the second line within the window (an answer, an inadmissibility decision). */
  finalActAppealable: boolean;
}

export type FinalAct = "answer" | "inadmissibility" | "withdrawal" | "secondLineDecision";

/** The facts a final act sets, at `at`. */
export const finalAct = (act: FinalAct, at: Date): FinishFacts => ({
  finalActAt: at,
  finalActAppealable: act === "answer" || act === "inadmissibility",
});

/** The facts while the complaint is open (screened admissible, reopened, or a request to the second line pending). */
export const OPEN: FinishFacts = { finalActAt: null, finalActAppealable: false };

/** The facts after intake moves a complaint to `status` itself (withdrawal, screening, rescreening). */
export function finishFactsOnMove(status: ComplaintStatus, at: Date): FinishFacts {
  if (status === ComplaintStatus.WITHDRAWN) return finalAct("withdrawal", at);
  if (status === ComplaintStatus.INADMISSIBLE) return finalAct("inadmissibility", at);
  return OPEN;
}

/** When the complaint is (or will be, if nothing else happens) finished; null while it is open. */
export function finishedAt(facts: FinishFacts, windowDays: number): Date | null {
  if (!facts.finalActAt) return null;
  return facts.finalActAppealable ? new Date(facts.finalActAt.getTime() + windowDays * DAY_MS) : facts.finalActAt;
}

/** Finished at `at`. */
export function isFinished(facts: FinishFacts, at: Date, windowDays: number): boolean {
  const finished = finishedAt(facts, windowDays);
  return finished !== null && finished.getTime() <= at.getTime();
}

/**
 * `finishedAt(…) <= before` as SQL on `alias`'s finalActAt and finalActAppealable columns, with its parameters
 * (no date arithmetic in SQL: the window is taken off the bound instead).
 */
export function finishedBeforeSql(alias: string, before: Date, windowDays: number): { sql: string; parameters: Record<string, Date> } {
  return {
    sql:
      `(${alias}.finalActAt IS NOT NULL AND ((${alias}.finalActAppealable = 0 AND ${alias}.finalActAt <= :finishedBefore)` +
      ` OR (${alias}.finalActAppealable = 1 AND ${alias}.finalActAt <= :appealableBefore)))`,
    parameters: { finishedBefore: before, appealableBefore: new Date(before.getTime() - windowDays * DAY_MS) },
  };
}

/** The second line may no longer be asked: the answer or inadmissibility decision it would be about became final. */
export const escalationWindowClosed = (facts: FinishFacts, at: Date, windowDays: number): boolean =>
  facts.finalActAppealable && isFinished(facts, at, windowDays);

/** The retention period's bound: complaints finished before it are past `years` at `asOf` (calendar years, UTC). */
export function retentionBound(asOf: Date, years: number): Date {
  const bound = new Date(asOf);
  bound.setUTCFullYear(bound.getUTCFullYear() - years);
  return bound;
}
