import type { Caller } from "../auth/caller";
import { type ComplaintStatus, EscalationStatus } from "./enums";
import type { FirstLineFacts } from "./admissibility";
import { answerDueAt, isOverdue } from "./deadlines";
import { FIRST_LINE_OPEN, statusOfFacts, transitionRefusal } from "./transitions";
import { stateRefusal, type Refusal } from "./refusal";
import { msg } from "../i18n/message";

// "Als u geen voldoening krijgt bij de betrokken dienst, kan u zich richten tot
// de Centrale Klachtendienst" and "Toch nog geen oplossing? ... federale Ombudsman".

/** Only the complainant who filed the complaint online may turn to the second line. */
export const mayEscalate = (caller: Caller, complaint: { ownerSub: string | null }): boolean => caller.role === "citizen" && complaint.ownerSub === caller.sub;

/**
 * Why the complainant may not escalate now, or null: after the answer, or
 * without one once it is overdue; not a withdrawn or inadmissible complaint.
 * All of these are state refusals (CONFLICT). (Once per complaint is the escalation table's unique key.)
 */
export function escalationRefusal(facts: FirstLineFacts & { receivedAt: Date }, now: Date): Refusal | null {
  return escalationRefusalFor({ ...facts, status: statusOfFacts(facts) }, now);
}

/** `escalationRefusal` for a complaint whose status is known (intake's, which includes the second line's steps). */
export function escalationRefusalFor(complaint: { status: ComplaintStatus; answeredAt: Date | null; receivedAt: Date }, now: Date): Refusal | null {
  const { status } = complaint;
  const refusal = transitionRefusal("requestEscalation", status);
  if (refusal) return refusal;
  const answerOverdue = isOverdue(true, complaint.answeredAt, answerDueAt(complaint.receivedAt), now);
  if (FIRST_LINE_OPEN.includes(status) && !answerOverdue) {
    return stateRefusal(msg("escalation.tooEarly"));
  }
  return null;
}

/** Every final answer (the first line's, or the Central Complaints Service's decision) points to the Ombudsman. */
export const hasFinalAnswer = (answeredAt: Date | null, escalationStatus: EscalationStatus | null | undefined): boolean =>
  answeredAt !== null || escalationStatus === EscalationStatus.DECIDED;
