import { DAY_MS } from "../platform/clock";

// The deadlines of the seed text, counted from receipt (or from the escalation request).

/** "U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst." */
export const ACKNOWLEDGEMENT_DAYS = 7;
/** "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord." */
export const ANSWER_DAYS = 30;
/** The Central Complaints Service answers an escalation within the same 30 days. */
export const ESCALATION_DAYS = 30;

/**
 * The one place where a deadline is counted: `days` × 24 hours after `from`
 * (UTC instants). `overdueBefore` below is its inverse and must change with it.
 */
export function dueAfter(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

/** The earliest start whose deadline of `days` has not passed at `now`: overdue ⇔ start < overdueBefore(now). */
export function overdueBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

export const acknowledgementDueAt = (receivedAt: Date): Date => dueAfter(receivedAt, ACKNOWLEDGEMENT_DAYS);
export const answerDueAt = (receivedAt: Date): Date => dueAfter(receivedAt, ANSWER_DAYS);
export const escalationDueAt = (requestedAt: Date): Date => dueAfter(requestedAt, ESCALATION_DAYS);

/** The two first-line steps with a deadline, and the columns that hold them wherever a complaint is stored. */
export const FIRST_LINE_STEPS = {
  acknowledgement: { days: ACKNOWLEDGEMENT_DAYS, dueColumn: "acknowledgementDueAt", doneColumn: "acknowledgedAt" },
  answer: { days: ANSWER_DAYS, dueColumn: "answerDueAt", doneColumn: "answeredAt" },
} as const;
export type FirstLineStep = keyof typeof FIRST_LINE_STEPS;

/** A step is overdue when the complaint still waits for it, it is not done and its due time has passed. */
export function isOverdue(waiting: boolean, doneAt: Date | null | undefined, dueAt: Date, now: Date): boolean {
  return waiting && !doneAt && now.getTime() > dueAt.getTime();
}

/**
 * `isOverdue` as SQL, on a row that stores the due time (intake's complaint).
 * `waiting` is the SQL form of the same `waiting` condition; parameter `:now`.
 */
export function overdueSql(alias: string, step: FirstLineStep, waiting: string): string {
  const { dueColumn, doneColumn } = FIRST_LINE_STEPS[step];
  return `(${waiting} AND ${alias}.${doneColumn} IS NULL AND ${alias}.${dueColumn} < :now)`;
}

/**
 * `isOverdue` as SQL, on a row that stores only the receipt (the escalation
 * subgraph's facts): receivedAt + days < now ⇔ receivedAt < overdueBefore(now).
 */
export function overdueSinceReceiptSql(alias: string, step: FirstLineStep, waiting: string, now: Date): { sql: string; parameters: Record<string, Date> } {
  const { days, doneColumn } = FIRST_LINE_STEPS[step];
  const parameter = `${step}OverdueBefore`;
  return {
    sql: `(${waiting} AND ${alias}.${doneColumn} IS NULL AND ${alias}.receivedAt < :${parameter})`,
    parameters: { [parameter]: overdueBefore(now, days) },
  };
}

/** Done in time: on or before the due time. */
export const doneInTime = (doneAt: Date | null | undefined, dueAt: Date): boolean => !!doneAt && doneAt.getTime() <= dueAt.getTime();

/** `column + days` as each database writes it (SQLite keeps TypeORM's 'YYYY-MM-DD HH:MM:SS.SSS' text). */
export function dueAfterSql(databaseType: string, column: string, days: number): string {
  return databaseType === "better-sqlite3" ? `strftime('%Y-%m-%d %H:%M:%f', ${column}, '+${days} days')` : `(${column} + INTERVAL ${days} DAY)`;
}

/** `doneInTime` as SQL, for a step counted from the row's receivedAt. */
export function doneInTimeSql(databaseType: string, alias: string, step: FirstLineStep): string {
  const { days, doneColumn } = FIRST_LINE_STEPS[step];
  return `${alias}.${doneColumn} IS NOT NULL AND ${alias}.${doneColumn} <= ${dueAfterSql(databaseType, `${alias}.receivedAt`, days)}`;
}
