import { awaitsFirstLine } from "../../lib/domain/admissibility";
import { type BelgianCalendar, brusselsDate } from "../../lib/domain/brussels-calendar";
import { ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS, ESCALATION_DAYS, acknowledgementDueAt, answerDueAt, doneInTime } from "../../lib/domain/deadlines";
import { Admissibility, type DirectorateCode, EscalationStatus } from "../../lib/domain/enums";
import type { ComplaintFact } from "./complaint-fact.entity";
import type { Escalation } from "./escalation.entity";

// The one place where a complaint's part in the annual report is decided: the figures it counts in. The report adds
// these up (over the facts, or from the counters kept as events arrive), so both ways give the same figures.

/** One figure of a year of receipt (Brussels) and a directorate; `day` qualifies some figures (see `complaintCounts`), 0 otherwise. */
export interface CountKey {
  year: number;
  directorate: DirectorateCode;
  figure: string;
  day: number;
}
export interface Count extends CountKey {
  value: number;
}

/** The steps with a deadline, as figures are named (`ack.onTime`, `answer.days`, `decision.open`, …), and their days. */
export const STEPS = { ack: ACKNOWLEDGEMENT_DAYS, answer: ANSWER_DAYS, decision: ESCALATION_DAYS } as const;
export type Step = keyof typeof STEPS;

export type FactForFigures = Pick<
  ComplaintFact,
  | "directorate"
  | "receivedAt"
  | "admissibility"
  | "inadmissibilityReason"
  | "withdrawn"
  | "acknowledgedAt"
  | "acknowledgementPostedAt"
  | "answeredAt"
  | "outcome"
  | "category"
  | "channel"
  | "language"
  | "complainantKind"
>;
export type EscalationForFigures = Pick<Escalation, "review" | "status" | "requestedAt" | "dueAt" | "decidedAt" | "outcome">;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const brusselsDays = new Map<number, string>();

/** The Brussels calendar date of an instant, kept per UTC hour (the date is the same throughout one). */
function brusselsDay(at: Date): string {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  let day = brusselsDays.get(hour);
  if (day === undefined) {
    day = brusselsDate(at);
    if (brusselsDays.size >= 100_000) brusselsDays.clear();
    brusselsDays.set(hour, day);
  }
  return day;
}

/** Days since 1970-01-01 of a calendar date YYYY-MM-DD. */
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00.000Z`) / DAY_MS;

/** The Brussels days from one instant's day to another's, as art. 1.7 counts them (the first day not counted). */
export const brusselsDaysBetween = (from: Date, to: Date): number => dayNumber(brusselsDay(to)) - dayNumber(brusselsDay(from));

/** The Brussels year of receipt: the year whose report the complaint belongs to. */
export const yearOfReceipt = (receivedAt: Date): number => Number(brusselsDay(receivedAt).slice(0, 4));

/**
 * The figures one complaint counts in (each once), with its escalations (a request about the answer, a review of the
 * inadmissibility decision). Figures: received, month (day = month 1-12), category.X, channel.X, language.X, kind.X,
 * withdrawn, inadmissible, reason.X, escalated (the request about the answer), final.X (the final outcome: the decision
 * about the answer where there is one, else the first line's), first.X, second.X (the decision about the answer),
 * changed.compared / changed.changed (a decided request about a first-line answer; changed when the outcome differs), and per
 * step ack / answer / decision: onTime, late (done after its due instant), days (day = Brussels days it took: a histogram)
 * and open (not done but owed; day = the day number of its start, so that what is overdue at any time can be counted).
 */
export function complaintCounts(fact: FactForFigures, escalations: readonly EscalationForFigures[], calendar: BelgianCalendar): CountKey[] {
  const year = yearOfReceipt(fact.receivedAt);
  const keys: CountKey[] = [];
  const add = (figure: string, day = 0) => keys.push({ year, directorate: fact.directorate, figure, day });
  const step = (name: Step, from: Date, doneAt: Date | null, dueAt: Date, owed: boolean) => {
    if (doneAt) {
      add(`${name}.${doneInTime(doneAt, dueAt) ? "onTime" : "late"}`);
      add(`${name}.days`, brusselsDaysBetween(from, doneAt));
    } else if (owed) add(`${name}.open`, dayNumber(brusselsDay(from)));
  };

  add("received");
  add("month", Number(brusselsDay(fact.receivedAt).slice(5, 7)));
  if (fact.category) add(`category.${fact.category}`);
  if (fact.channel) add(`channel.${fact.channel}`);
  if (fact.language) add(`language.${fact.language}`);
  if (fact.complainantKind) add(`kind.${fact.complainantKind}`);
  if (fact.withdrawn) add("withdrawn");
  if (fact.admissibility === Admissibility.INADMISSIBLE) {
    add("inadmissible");
    if (fact.inadmissibilityReason) add(`reason.${fact.inadmissibilityReason}`);
  }
  const request = escalations.find((e) => !e.review);
  const decided = request?.status === EscalationStatus.DECIDED ? request : undefined;
  if (request) add("escalated");
  const final = decided?.outcome ?? fact.outcome;
  if (final) add(`final.${final}`);
  if (fact.outcome) add(`first.${fact.outcome}`);
  if (decided?.outcome) {
    add(`second.${decided.outcome}`);
    if (fact.outcome) {
      add("changed.compared");
      if (decided.outcome !== fact.outcome) add("changed.changed");
    }
  }
  const owed = awaitsFirstLine(fact);
  // A paper acknowledgement counts from the day it was posted (markLetterPosted), when that is known.
  const acknowledged = fact.acknowledgedAt ? (fact.acknowledgementPostedAt ?? fact.acknowledgedAt) : null;
  step("ack", fact.receivedAt, acknowledged, acknowledgementDueAt(fact.receivedAt, calendar), owed);
  step("answer", fact.receivedAt, fact.answeredAt, answerDueAt(fact.receivedAt, calendar), owed);
  for (const e of escalations) step("decision", e.requestedAt, e.decidedAt, e.dueAt, true);
  return keys;
}

export const countKey = (k: CountKey): string => `${k.year}|${k.directorate}|${k.figure}|${k.day}`;

/** Counts added up, one entry per key: each key's value (1 for a bare key) times `sign`. */
export function addUp(keys: Iterable<CountKey & { value?: number }>, into = new Map<string, Count>(), sign = 1): Map<string, Count> {
  for (const k of keys) {
    const id = countKey(k);
    const value = sign * (k.value ?? 1);
    const entry = into.get(id);
    if (entry) entry.value += value;
    else into.set(id, { year: k.year, directorate: k.directorate, figure: k.figure, day: k.day, value });
  }
  return into;
}
