import { type BelgianCalendar, addCalendarDays, brusselsDate, endOfBrusselsDay, startOfBrusselsDay } from "./brussels-calendar";

// The deadlines of the seed text, counted from receipt (or from the escalation request).

/** "U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst." */
export const ACKNOWLEDGEMENT_DAYS = 7;
/** "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord." */
export const ANSWER_DAYS = 30;
/** The Central Complaints Service answers an escalation within the same 30 days. */
export const ESCALATION_DAYS = 30;

/**
 * The one place where a deadline is counted, as art. 1.7 of the Civil Code does: from the day after
 * `from`, in calendar days in Brussels; the due day counts until its end (23:59:59.999 Brussels time);
 * a due day that is a Saturday, Sunday or public holiday moves to the next working day.
 * `overdueBefore` below is its inverse and must change with it.
 */
export function dueAfter(from: Date, days: number, calendar: BelgianCalendar): Date {
  // The due instant depends only on the Brussels receipt day, which is the same throughout a UTC hour (clocks change on
  // the hour): a report counts thousands of complaints, kept per hour without formatting a date for each.
  const hour = Math.floor(from.getTime() / 3_600_000);
  return calendar.remembered(`${hour}+${days}`, () => endOfBrusselsDay(dueDay(brusselsDate(from), days, calendar)));
}

const dueDay = (receiptDay: string, days: number, calendar: BelgianCalendar): string => calendar.workingDayFrom(addCalendarDays(receiptDay, days));

/**
 * The earliest start whose deadline of `days` has not passed at `now`: overdue ⇔ start < overdueBefore(now).
 * The due day never goes back when the receipt day goes forward, so this is the start of the first
 * Brussels receipt day whose due day has not ended at `now`.
 */
export function overdueBefore(now: Date, days: number, calendar: BelgianCalendar): Date {
  const passed = (receiptDay: string) => now.getTime() > endOfBrusselsDay(dueDay(receiptDay, days, calendar)).getTime();
  let day = addCalendarDays(brusselsDate(now), -days);
  while (passed(day)) day = addCalendarDays(day, 1);
  while (!passed(addCalendarDays(day, -1))) day = addCalendarDays(day, -1);
  return startOfBrusselsDay(day);
}

/** What a due instant is, for the API's field descriptions. */
export const dueDescription = (days: number, from: string): string =>
  `The end (23:59:59.999 Brussels time) of the ${days}th calendar day after ${from}, or of the next working day when that day is a Saturday, Sunday or public holiday (art. 1.7 Civil Code).`;

export const acknowledgementDueAt = (receivedAt: Date, calendar: BelgianCalendar): Date => dueAfter(receivedAt, ACKNOWLEDGEMENT_DAYS, calendar);
export const answerDueAt = (receivedAt: Date, calendar: BelgianCalendar): Date => dueAfter(receivedAt, ANSWER_DAYS, calendar);
export const escalationDueAt = (requestedAt: Date, calendar: BelgianCalendar): Date => dueAfter(requestedAt, ESCALATION_DAYS, calendar);

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
 * subgraph's facts): dueAfter(receivedAt) < now ⇔ receivedAt < overdueBefore(now).
 */
export function overdueSinceReceiptSql(
  alias: string,
  step: FirstLineStep,
  waiting: string,
  now: Date,
  calendar: BelgianCalendar,
): { sql: string; parameters: Record<string, Date> } {
  const { days, doneColumn } = FIRST_LINE_STEPS[step];
  const parameter = `${step}OverdueBefore`;
  return {
    sql: `(${waiting} AND ${alias}.${doneColumn} IS NULL AND ${alias}.receivedAt < :${parameter})`,
    parameters: { [parameter]: overdueBefore(now, days, calendar) },
  };
}

/** Done in time: on or before the due time. */
export const doneInTime = (doneAt: Date | null | undefined, dueAt: Date): boolean => !!doneAt && doneAt.getTime() <= dueAt.getTime();
