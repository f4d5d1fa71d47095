import { Admissibility, InadmissibilityReason } from "./enums";
import { inputRefusal, type Refusal } from "./refusal";
import { msg } from "../i18n/message";

// "Welke klachten worden niet aanvaard?" and what follows from it: an
// inadmissible complaint has no deadlines, is not acknowledged, not answered
// and not escalated (see transitions.ts), and is counted by its reason.

/** What the first line and the second line know of a complaint wherever they keep a copy. */
export interface FirstLineFacts {
  withdrawn: boolean;
  admissibility: Admissibility;
  acknowledgedAt: Date | null;
  answeredAt: Date | null;
}

/** The first line still owes this complaint its steps: neither withdrawn nor inadmissible. */
export const awaitsFirstLine = (facts: Pick<FirstLineFacts, "withdrawn" | "admissibility">): boolean =>
  !facts.withdrawn && facts.admissibility !== Admissibility.INADMISSIBLE;

/** `awaitsFirstLine` as SQL on `alias`'s withdrawn and admissibility columns. */
export const awaitsFirstLineSql = (alias: string): string => `(${alias}.admissibility <> '${Admissibility.INADMISSIBLE}' AND ${alias}.withdrawn = 0)`;

/** Only a complaint screened as admissible gets a reasoned answer. */
export const mayBeAnswered = (admissibility: Admissibility): boolean => admissibility === Admissibility.ADMISSIBLE;

/** A complaint is screened once. */
export const mayBeScreened = (admissibility: Admissibility): boolean => admissibility === Admissibility.PENDING;

export const admissibilityOf = (inadmissible: boolean): Admissibility => (inadmissible ? Admissibility.INADMISSIBLE : Admissibility.PENDING);

/**
 * Why a screening decision is incomplete (an input refusal: BAD_USER_INPUT), or null when it may be recorded.
 * `concernsDecision`: the form said the complaint is about a decision with an appeal route; the coordinator
 * who still finds it admissible says in the note which parts are handled (the treatment, not the decision's content).
 */
export function screeningRefusal(
  admissible: boolean,
  reason: InadmissibilityReason | null | undefined,
  note: string | null,
  concernsDecision = false,
): Refusal | null {
  if (admissible && reason) return inputRefusal(msg("screening.reasonWhenAdmissible"), { path: "reason", code: "INVALID" });
  if (!admissible && !reason) return inputRefusal(msg("screening.reasonRequired"), { path: "reason", code: "REQUIRED" });
  if (reason === InadmissibilityReason.DECISION_WITH_APPEAL_ROUTE && !note) {
    return inputRefusal(msg("screening.appealRouteRequired"), { path: "note", code: "REQUIRED" });
  }
  if (admissible && concernsDecision && !note) {
    return inputRefusal(msg("screening.partsHandledRequired"), { path: "note", code: "REQUIRED" });
  }
  return null;
}

/**
 * What is known at receipt, before any screening: a registered complaint
 * without a complainant is anonymous ("anonieme klachten"). A complaint that
 * the form says concerns a decision with an appeal route is not decided here:
 * only its content is excluded, so the coordinator screens it like any other.
 */
export function inadmissibleAtReceipt(facts: { complainantKnown: boolean }): InadmissibilityReason | null {
  return facts.complainantKnown ? null : InadmissibilityReason.ANONYMOUS;
}

/** Why a correction of the screening is incomplete (BAD_USER_INPUT): as a screening, and the note that says why is required. */
export function rescreeningRefusal(admissible: boolean, reason: InadmissibilityReason | null | undefined, note: string | null): Refusal | null {
  if (!note) return inputRefusal(msg("screening.rescreenNoteRequired"), { path: "note", code: "REQUIRED" });
  return screeningRefusal(admissible, reason, note);
}
