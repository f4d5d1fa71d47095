import type { Caller } from "../auth/caller";
import { EscalationStatus } from "./enums";
import type { FirstLineFacts } from "./admissibility";
import { answerDueAt, isOverdue } from "./deadlines";
import type { BelgianCalendar } from "./brussels-calendar";
import { FIRST_LINE_OPEN, statusOfFacts, transitionRefusal } from "./transitions";
import { stateRefusal, type Refusal } from "./refusal";

// "Als u geen voldoening krijgt bij de betrokken dienst, kan u zich richten tot
// de Centrale Klachtendienst" and "Toch nog geen oplossing? ... federale Ombudsman".

/** Only the complainant who filed the complaint online may turn to the second line. */
export const mayEscalate = (caller: Caller, complaint: { ownerSub: string | null }): boolean => caller.role === "citizen" && complaint.ownerSub === caller.sub;

/**
 * Why the complainant may not escalate now, or null: after the answer, or
 * without one once it is overdue; not a withdrawn or inadmissible complaint.
 * All of these are state refusals (CONFLICT). (Once per complaint is the escalation table's unique key.)
 */
export function escalationRefusal(facts: FirstLineFacts & { receivedAt: Date }, now: Date, calendar: BelgianCalendar): Refusal | null {
  const status = statusOfFacts(facts);
  const refusal = transitionRefusal("requestEscalation", status);
  if (refusal) return refusal;
  const answerOverdue = isOverdue(true, facts.answeredAt, answerDueAt(facts.receivedAt, calendar), now);
  if (FIRST_LINE_OPEN.includes(status) && !answerOverdue) {
    return stateRefusal("You can turn to the Central Complaints Service once you have the answer, or when it is late");
  }
  return null;
}

/** Every final answer (the first line's, or the Central Complaints Service's decision) points to the Ombudsman. */
export const hasFinalAnswer = (answeredAt: Date | null, escalationStatus: EscalationStatus | null | undefined): boolean =>
  answeredAt !== null || escalationStatus === EscalationStatus.DECIDED;
