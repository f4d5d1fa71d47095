import { Admissibility, ComplaintStatus, type DirectorateCode, EscalationStatus, type InadmissibilityReason } from "./enums";
import { mayBeAnswered, mayBeScreened, type FirstLineFacts } from "./admissibility";
import { refuseIf, stateRefusal, type Refusal } from "./refusal";
import { msg, type Message, type MessageKey } from "../i18n/message";

const { RECEIVED, ACKNOWLEDGED, ANSWERED, ESCALATED, CLOSED, INADMISSIBLE, WITHDRAWN } = ComplaintStatus;

/** The main line of the procedure, in order; a later stage never gives way to an earlier one. */
export const MAIN_LINE: readonly ComplaintStatus[] = [RECEIVED, ACKNOWLEDGED, ANSWERED, ESCALATED, CLOSED];

/** Statuses in which the complaint still waits for its first-line answer. */
export const FIRST_LINE_OPEN: readonly ComplaintStatus[] = [RECEIVED, ACKNOWLEDGED];

/** True when `next` lies further along the main line than `current` (both on it). */
export function movesForward(current: ComplaintStatus, next: ComplaintStatus): boolean {
  const from = MAIN_LINE.indexOf(current);
  return from >= 0 && MAIN_LINE.indexOf(next) > from;
}

/**
 * `awaitsFirstLine` (admissibility.ts) as intake sees it, from the status:
 * there an escalated or closed complaint no longer waits either, as intake
 * learns of the escalation and the other subgraphs' copies do not.
 */
export const awaitsFirstLineByStatus = (status: ComplaintStatus, admissibility: Admissibility): boolean =>
  FIRST_LINE_OPEN.includes(status) && admissibility !== Admissibility.INADMISSIBLE;

const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

/** `awaitsFirstLineByStatus` as SQL on `alias`'s status and admissibility columns. */
export const awaitsFirstLineByStatusSql = (alias: string): string =>
  `(${alias}.status IN (${sqlList(FIRST_LINE_OPEN)}) AND ${alias}.admissibility IN (${sqlList([Admissibility.PENDING, Admissibility.ADMISSIBLE])}))`;

export type Action =
  "file" | "register" | "screen" | "rescreen" | "transfer" | "withdraw" | "acknowledge" | "answer" | "requestEscalation" | "requestReview" | "decideEscalation";

export interface Transition {
  action: Action;
  /** The mutation that takes the step. */
  mutation: string;
  who: string;
  /** Statuses the step may start from; empty for a new complaint. */
  from: readonly ComplaintStatus[];
  /** The status after the step; null when the status stays. */
  to: readonly ComplaintStatus[] | null;
  /** A further condition, checked by the named rule. */
  when?: string;
  /** The refusal for a complaint in a status not in `from` (steps on an existing complaint). */
  refusal?: (status: ComplaintStatus) => Message;
}

const ONLY_ADMISSIBLE_ANSWERED = msg("refusal.onlyAdmissibleAnswered");
const ESCALATED_FIRST_LINE = msg("refusal.escalatedFirstLine");

/** "A {status} complaint cannot be screened", the status put into words in the request's language. */
const cannot = (key: MessageKey) => (status: ComplaintStatus) => msg(key, { status: msg(`status.${status}`) });
const fixed = (messages: Partial<Record<ComplaintStatus, Message>>, otherwise: Message) => (status: ComplaintStatus) => messages[status] ?? otherwise;

/** Which status may follow which, per action and role. The table in docs/procedure.md is generated from it. */
export const TRANSITIONS: readonly Transition[] = [
  {
    action: "file",
    mutation: "fileComplaint",
    who: "citizen",
    from: [],
    to: [RECEIVED],
    when: "a name and an e-mail or postal address (`missingWayToAnswer`); a complaint the form says concerns a decision with an appeal route is screened like any other (its content only is excluded) and gets the APPEAL_ROUTE letter",
  },
  {
    action: "register",
    mutation: "registerComplaint",
    who: "coordinator (own directorate), central service",
    from: [],
    to: [RECEIVED, INADMISSIBLE],
    when: "post, fax or e-mail, received within the registration window (`registrationRefusal`); a named complainant needs an e-mail or postal address (`missingWayToAnswer`); INADMISSIBLE at once when anonymous (no complainant)",
  },
  {
    action: "screen",
    mutation: "screenComplaint",
    who: "coordinator (own directorate), central service",
    from: FIRST_LINE_OPEN,
    to: [INADMISSIBLE],
    when: "not screened before (`mayBeScreened`); the status changes only when inadmissible; about a decision with an appeal route: inadmissible with the route in the note, or admissible with a note saying which parts are handled (`screeningRefusal`)",
    refusal: cannot("refusal.screen"),
  },
  {
    action: "rescreen",
    mutation: "rescreenComplaint",
    who: "central service",
    from: [INADMISSIBLE],
    to: [RECEIVED, ACKNOWLEDGED, INADMISSIBLE],
    when: "a note is required (`rescreeningRefusal`); found admissible: back to RECEIVED, or ACKNOWLEDGED when it was acknowledged; or INADMISSIBLE for another reason; of simultaneous corrections one wins",
    refusal: cannot("refusal.rescreen"),
  },
  {
    action: "transfer",
    mutation: "transferComplaint",
    who: "coordinator (own directorate), central service",
    from: FIRST_LINE_OPEN,
    to: null,
    when: "to another directorate",
    refusal: cannot("refusal.transfer"),
  },
  {
    action: "withdraw",
    mutation: "withdrawComplaint",
    who: "citizen, own complaint",
    from: FIRST_LINE_OPEN,
    to: [WITHDRAWN],
    refusal: cannot("refusal.withdraw"),
  },
  {
    action: "acknowledge",
    mutation: "acknowledgeComplaint",
    who: "coordinator of the complaint's directorate",
    from: [RECEIVED],
    to: [ACKNOWLEDGED],
    when: "also before screening",
    refusal: fixed(
      { [WITHDRAWN]: msg("refusal.withdrawn"), [INADMISSIBLE]: msg("refusal.acknowledgeInadmissible"), [ESCALATED]: ESCALATED_FIRST_LINE },
      msg("refusal.alreadyAcknowledged"),
    ),
  },
  {
    action: "answer",
    mutation: "answerComplaint",
    who: "coordinator of the complaint's directorate",
    from: FIRST_LINE_OPEN,
    to: [ANSWERED],
    when: "screened admissible (`mayBeAnswered`); acknowledges too when that was not done",
    refusal: fixed(
      { [WITHDRAWN]: msg("refusal.withdrawn"), [INADMISSIBLE]: ONLY_ADMISSIBLE_ANSWERED, [ESCALATED]: ESCALATED_FIRST_LINE },
      msg("refusal.alreadyAnswered"),
    ),
  },
  {
    action: "requestEscalation",
    mutation: "requestEscalation",
    who: "citizen, own complaint; central service, recording a request by post, fax or e-mail (`requestedAt`)",
    from: [RECEIVED, ACKNOWLEDGED, ANSWERED],
    to: [ESCALATED],
    when: "from RECEIVED or ACKNOWLEDGED only once the answer is overdue (`escalationRefusal`); once per complaint",
    refusal: fixed({ [WITHDRAWN]: msg("refusal.escalateWithdrawn"), [INADMISSIBLE]: msg("refusal.escalateInadmissible") }, msg("refusal.alreadyEscalated")),
  },
  {
    action: "requestReview",
    mutation: "requestEscalation",
    who: "citizen, own complaint; central service, recording a request by post, fax or e-mail (`requestedAt`)",
    from: [INADMISSIBLE],
    to: null,
    when: "a review of the inadmissibility by the second line; the complaint stays INADMISSIBLE until `rescreenComplaint` corrects it; once per complaint",
    refusal: () => msg("refusal.reviewOnlyInadmissible"),
  },
  {
    action: "decideEscalation",
    mutation: "decideEscalation",
    who: "central service",
    from: [ESCALATED],
    to: [CLOSED],
    when: "a review of inadmissibility is decided without a change of status (the complaint is INADMISSIBLE, or open again when rescreened)",
    refusal: () => msg("refusal.alreadyDecided"),
  },
];

export function transition(action: Action): Transition {
  return TRANSITIONS.find((t) => t.action === action)!;
}

/** Why `action` may not start from `status` (a state refusal: CONFLICT), or null when it may. */
export function transitionRefusal(action: Action, status: ComplaintStatus): Refusal | null {
  const t = transition(action);
  if (t.from.includes(status)) return null;
  return stateRefusal(t.refusal?.(status) ?? msg("refusal.notApplicable", { mutation: t.mutation, status: msg(`status.${status}`) }));
}

/** CONFLICT with the step's refusal when `action` may not start from `status`. */
export function assertTransition(action: Action, status: ComplaintStatus): void {
  refuseIf(transitionRefusal(action, status));
}

/** Why intake may not screen this complaint now: screened once (`mayBeScreened`), then the table. */
export function screenRefusal(complaint: { status: ComplaintStatus; admissibility: Admissibility }): Refusal | null {
  if (!mayBeScreened(complaint.admissibility))
    return stateRefusal(msg("refusal.alreadyScreened", { admissibility: msg(`admissibility.${complaint.admissibility}`) }));
  return transitionRefusal("screen", complaint.status);
}

/** Why the central service may not correct this screening now: only an inadmissible complaint, then the rule of the correction. */
export function rescreenRefusal(
  complaint: { status: ComplaintStatus; inadmissibilityReason: InadmissibilityReason | null },
  admissible: boolean,
  reason: InadmissibilityReason | null | undefined,
): Refusal | null {
  const refusal = transitionRefusal("rescreen", complaint.status);
  if (refusal) return refusal;
  if (!admissible && reason === complaint.inadmissibilityReason) return stateRefusal(msg("refusal.sameInadmissibilityReason", { reason: reason ?? "" }));
  return null;
}

/** The status a complaint found admissible on rescreening goes back to: where it stood when it was declared inadmissible. */
export const reopenedStatus = (acknowledgedAt: Date | null): ComplaintStatus => (acknowledgedAt ? ACKNOWLEDGED : RECEIVED);

/** Why intake may not transfer this complaint to `to` now: it is there already, or the table. */
export function transferRefusal(complaint: { status: ComplaintStatus; directorate: DirectorateCode }, to: DirectorateCode): Refusal | null {
  if (complaint.directorate === to) return stateRefusal(msg("refusal.sameDirectorate", { directorate: to }));
  return transitionRefusal("transfer", complaint.status);
}

/**
 * The status a complaint has as far as a subgraph that keeps only the facts
 * (directorates, escalation) can tell: withdrawal and inadmissibility end the
 * procedure, then an escalation where the facts hold one (the directorates'),
 * then the furthest first-line step taken.
 */
export function statusOfFacts(facts: FirstLineFacts & { escalated?: boolean }): ComplaintStatus {
  if (facts.withdrawn) return WITHDRAWN;
  if (facts.admissibility === Admissibility.INADMISSIBLE) return INADMISSIBLE;
  if (facts.escalated) return ESCALATED;
  if (facts.answeredAt) return ANSWERED;
  if (facts.acknowledgedAt) return ACKNOWLEDGED;
  return RECEIVED;
}

/** The complaint's status that an escalation in `status` stands for. */
export const statusOfEscalation = (status: EscalationStatus): ComplaintStatus => (status === EscalationStatus.DECIDED ? CLOSED : ESCALATED);

/** Why the first line may not take `action` on a complaint with these facts (a state refusal), or null. */
export function firstLineRefusal(action: "acknowledge" | "answer", facts: FirstLineFacts & { escalated?: boolean }): Refusal | null {
  return firstLineRefusalFor(action, { status: statusOfFacts(facts), admissibility: facts.admissibility });
}

/** `firstLineRefusal` for a complaint whose status is known (intake's, which includes the second line's steps). */
export function firstLineRefusalFor(action: "acknowledge" | "answer", complaint: { status: ComplaintStatus; admissibility: Admissibility }): Refusal | null {
  const refusal = transitionRefusal(action, complaint.status);
  if (refusal) return refusal;
  return action === "answer" && !mayBeAnswered(complaint.admissibility) ? stateRefusal(ONLY_ADMISSIBLE_ANSWERED) : null;
}

/** A simultaneous transfer took the complaint away between the caller's read and the change. */
export const NO_LONGER_YOURS = stateRefusal(msg("refusal.noLongerYours"));
