import type { Caller } from "../auth/caller";
import { Admissibility, ComplaintStatus, EscalationStatus } from "./enums";
import type { FirstLineFacts } from "./admissibility";
import { answerDueAt, isOverdue } from "./deadlines";
import type { BelgianCalendar } from "./brussels-calendar";
import { FIRST_LINE_OPEN, statusOfFacts, transitionRefusal } from "./transitions";
import { inputRefusal, stateRefusal, type Refusal } from "./refusal";
import { DAY_MS } from "../platform/clock";
import { msg } from "../i18n/message";
import { escalationWindowClosed, finalAct, type FinishFacts } from "./finished";

// "Als u geen voldoening krijgt bij de betrokken dienst, kan u zich richten tot
// de Centrale Klachtendienst" and "Toch nog geen oplossing? ... federale Ombudsman".

/**
 * The complainant who filed the complaint online turns to the second line themselves; the Central Complaints Service
 * records the request of any complainant who wrote by post, fax or e-mail.
 */
export const mayEscalate = (caller: Caller, complaint: { ownerSub: string | null }): boolean =>
  caller.role === "central-service" || (caller.role === "citizen" && complaint.ownerSub === caller.sub);

/** How far back the central service may date a written request it records. */
export const REQUEST_RECORDING_DAYS = 365;

/**
 * When the request was made: now for the complainant online; for a written request the central service records,
 * when it arrived (default now): not in the future, at most a year ago, not before the complaint.
 */
export function requestedAtRefusal(caller: Caller, requestedAt: Date | null | undefined, receivedAt: Date, now: Date): Refusal | null {
  if (!requestedAt) return null;
  if (caller.role !== "central-service") return inputRefusal(msg("escalation.requestedAtCentralOnly"));
  if (requestedAt.getTime() > now.getTime()) return inputRefusal(msg("escalation.requestedAtFuture"));
  if (requestedAt.getTime() < now.getTime() - REQUEST_RECORDING_DAYS * DAY_MS) {
    return inputRefusal(msg("escalation.requestedAtTooOld", { days: REQUEST_RECORDING_DAYS }));
  }
  if (requestedAt.getTime() < receivedAt.getTime()) return inputRefusal(msg("escalation.requestedAtBeforeReceipt"));
  return null;
}

/** A request about an inadmissible complaint asks the second line to review the inadmissibility decision. */
export const isReviewOfInadmissibility = (facts: Pick<FirstLineFacts, "admissibility">): boolean => facts.admissibility === Admissibility.INADMISSIBLE;

/**
 * Why the complainant may not turn to the second line at `at` (when the request was made), or null: after the answer,
 * or without one once it is overdue; an inadmissibility decision (its review); not a withdrawn complaint. The window after the
 * answer or the decision is `escalationWindowRefusal`'s.
 * All of these are state refusals (CONFLICT). (Once per complaint and kind is the escalation table's unique key.)
 */
export function escalationRefusal(facts: FirstLineFacts & { receivedAt: Date }, at: Date, calendar: BelgianCalendar): Refusal | null {
  // A request recorded later is judged as things stood when it arrived: an answer given after that did not exist yet.
  const then = facts.answeredAt && facts.answeredAt.getTime() > at.getTime() ? { ...facts, answeredAt: null } : facts;
  return escalationRefusalFor({ ...then, status: statusOfFacts(then) }, at, calendar);
}

/**
 * The answer or the inadmissibility decision became final: the escalation window (ESCALATION_WINDOW_DAYS) passed before
 * the request was made, and the complaint is finished (finished.ts). `inadmissibleSince` null (facts copied before it
 * was kept): a review is not limited.
 */
export function escalationWindowRefusal(
  facts: Pick<FirstLineFacts, "admissibility" | "answeredAt"> & { inadmissibleSince: Date | null },
  at: Date,
  windowDays: number,
): Refusal | null {
  const review = isReviewOfInadmissibility(facts);
  const decidedAt = review ? facts.inadmissibleSince : facts.answeredAt;
  if (!decidedAt || !escalationWindowClosed(finalAct(review ? "inadmissibility" : "answer", decidedAt), at, windowDays)) return null;
  return stateRefusal(msg(review ? "escalation.reviewWindowClosed" : "escalation.windowClosed", { days: windowDays }));
}

/**
 * `escalationWindowRefusal` as intake sees it, from its finish facts (finished.ts): the answer or the inadmissibility
 * decision became final, or the inadmissibility decision was already taken to the second line (a review open: no final
 * act; decided: not appealable). What escalation's own rules and its once-per-kind key refuse, told in advance.
 */
export function secondLineClosedRefusal(complaint: { status: ComplaintStatus } & FinishFacts, at: Date, windowDays: number): Refusal | null {
  const review = complaint.status === ComplaintStatus.INADMISSIBLE;
  if (escalationWindowClosed(complaint, at, windowDays)) {
    return stateRefusal(msg(review ? "escalation.reviewWindowClosed" : "escalation.windowClosed", { days: windowDays }));
  }
  if (review && !complaint.finalActAppealable) return stateRefusal(msg("escalation.reviewAlreadyAsked"));
  return null;
}

/**
 * Whether the central service has a request to decide, as intake sees it: an escalation (ESCALATED), or a review of an
 * inadmissibility decision (INADMISSIBLE with no final act: the second line has it open).
 */
export function decisionRefusalFor(complaint: { status: ComplaintStatus } & FinishFacts): Refusal | null {
  if (complaint.status === ComplaintStatus.INADMISSIBLE && complaint.finalActAt === null) return null;
  return transitionRefusal("decideEscalation", complaint.status);
}

/** `escalationRefusal` for a complaint whose status is known (intake's, which includes the second line's steps). */
export function escalationRefusalFor(
  complaint: { status: ComplaintStatus; answeredAt: Date | null; receivedAt: Date },
  at: Date,
  calendar: BelgianCalendar,
): Refusal | null {
  const { status } = complaint;
  if (status === ComplaintStatus.INADMISSIBLE) return transitionRefusal("requestReview", status);
  const refusal = transitionRefusal("requestEscalation", status);
  if (refusal) return refusal;
  const answerOverdue = isOverdue(true, complaint.answeredAt, answerDueAt(complaint.receivedAt, calendar), at);
  if (FIRST_LINE_OPEN.includes(status) && !answerOverdue) {
    return stateRefusal(msg("escalation.tooEarly"));
  }
  return null;
}

/** The second line's own deadline: not decided and its due time (`escalationDueAt`) passed. */
export const escalationOverdue = (escalation: { decidedAt: Date | null; dueAt: Date }, now: Date): boolean =>
  isOverdue(true, escalation.decidedAt, escalation.dueAt, now);

/** `escalationOverdue` as SQL on `alias`'s decidedAt and dueAt columns; parameter `:now`. */
export const escalationOverdueSql = (alias: string): string => `(${alias}.decidedAt IS NULL AND ${alias}.dueAt < :now)`;

/** Every final answer (the first line's, or the Central Complaints Service's decision) points to the Ombudsman. */
export const hasFinalAnswer = (answeredAt: Date | null, escalationStatus: EscalationStatus | null | undefined): boolean =>
  answeredAt !== null || escalationStatus === EscalationStatus.DECIDED;
