import { msg, type Message } from "../i18n/message";
import { registerEnumType } from "type-graphql";
import type { Caller, Role } from "../auth/caller";
import { mayRead, type Scoped } from "../auth/scope";
import type { ErrorCode } from "../errors";
import type { Admissibility, ComplaintStatus } from "./enums";
import { screenRefusal, transitionRefusal, firstLineRefusalFor } from "./transitions";
import { decisionRefusalFor, escalationRefusalFor, secondLineClosedRefusal } from "./second-line";
import type { FinishFacts } from "./finished";
import type { BelgianCalendar } from "./brussels-calendar";
import type { Refusal } from "./refusal";

/** What intake knows of a complaint (its own row, kept current from the other subgraphs' events): enough to tell every action. */
export interface ComplaintState extends Scoped, FinishFacts {
  status: ComplaintStatus;
  admissibility: Admissibility;
  receivedAt: Date;
  answeredAt: Date | null;
}

/** An action a UI may offer on a complaint. */
interface Capability {
  /** The enum value's description: the mutation that takes it and who may. */
  description: string;
  /** The roles the action's mutation admits (its graphql-shield rule): any other role is FORBIDDEN. */
  roles: readonly Role[];
  /** Why the complaint's state does not allow it now: the transition table's `from`, then the step's further rule (CONFLICT). */
  refusal: (complaint: ComplaintState, now: Date, rules: ProcedureRules) => Refusal | null;
}

/** The settings the procedure's rules read: the legal calendar, the escalation window (ESCALATION_WINDOW_DAYS). */
export interface ProcedureRules {
  calendar: BelgianCalendar;
  escalationWindowDays: number;
}

const STAFF: readonly Role[] = ["coordinator", "central-service"];

/**
 * Every action of `Complaint.allowedActions`, each a step of TRANSITIONS
 * (transitions.ts). A new action is one entry here: its enum value and
 * description come from the key and the entry.
 */
const CAPABILITIES = {
  ACKNOWLEDGE: {
    description: "acknowledgeComplaint: the coordinator of the complaint's directorate confirms receipt.",
    roles: ["coordinator"],
    refusal: (c) => firstLineRefusalFor("acknowledge", c),
  },
  SCREEN: {
    description: "screenComplaint: a coordinator of the complaint's directorate or the central service records admissibility (once).",
    roles: STAFF,
    refusal: (c) => screenRefusal(c),
  },
  TRANSFER: {
    description: "transferComplaint: a coordinator of the complaint's directorate or the central service moves it to another directorate.",
    roles: STAFF,
    refusal: (c) => transitionRefusal("transfer", c.status),
  },
  ANSWER: {
    description: "answerComplaint: the coordinator of the complaint's directorate gives the reasoned answer (admissible complaints only).",
    roles: ["coordinator"],
    refusal: (c) => firstLineRefusalFor("answer", c),
  },
  WITHDRAW: {
    description: "withdrawComplaint: the complainant withdraws the complaint before it is answered.",
    roles: ["citizen"],
    refusal: (c) => transitionRefusal("withdraw", c.status),
  },
  REQUEST_ESCALATION: {
    description:
      "requestEscalation: the complainant turns to the Central Complaints Service after the answer or once it is overdue, or asks it to review an inadmissibility decision; the central service records such a request made by post, fax or e-mail.",
    roles: ["citizen", "central-service"],
    refusal: (c, now, rules) => escalationRefusalFor(c, now, rules.calendar) ?? secondLineClosedRefusal(c, now, rules.escalationWindowDays),
  },
  RESCREEN: {
    description: "rescreenComplaint: the Central Complaints Service corrects the screening of an inadmissible complaint.",
    roles: ["central-service"],
    refusal: (c) => transitionRefusal("rescreen", c.status),
  },
  DECIDE_ESCALATION: {
    description: "decideEscalation (with Complaint.escalation.id): the Central Complaints Service decides the escalation.",
    roles: ["central-service"],
    refusal: (c) => decisionRefusalFor(c),
  },
} satisfies Record<string, Capability>;

export type ComplaintAction = keyof typeof CAPABILITIES;
export const COMPLAINT_ACTIONS = Object.keys(CAPABILITIES) as ComplaintAction[];
/** The enum object type-graphql registers: each action's name as its value. */
export const ComplaintAction = Object.fromEntries(COMPLAINT_ACTIONS.map((a) => [a, a])) as { [A in ComplaintAction]: A };

registerEnumType(ComplaintAction, {
  name: "ComplaintAction",
  description: "A step the caller may take on a complaint now (Complaint.allowedActions), named after its mutation.",
  valuesConfig: Object.fromEntries(COMPLAINT_ACTIONS.map((a) => [a, { description: CAPABILITIES[a].description }])),
});

/** A refusal with the code the client gets for it. */
export interface ActionRefusal {
  code: Extract<ErrorCode, "FORBIDDEN" | "NOT_FOUND" | "CONFLICT">;
  message: Message;
}

/**
 * Why `caller` may not take `action` on the complaint now, in the order the
 * API checks: the role (FORBIDDEN), the scope (NOT_FOUND: lib/auth/scope.ts),
 * the state (CONFLICT: the transition table). Null when it may.
 */
export function actionRefusal(caller: Caller, complaint: ComplaintState, action: ComplaintAction, now: Date, rules: ProcedureRules): ActionRefusal | null {
  const capability: Capability = CAPABILITIES[action];
  if (!capability.roles.includes(caller.role)) return { code: "FORBIDDEN", message: msg("auth.role") };
  if (!mayRead(caller, complaint)) return { code: "NOT_FOUND", message: msg("complaint.notInScope") };
  const refusal = capability.refusal(complaint, now, rules);
  return refusal && { code: "CONFLICT", message: refusal.message };
}

/** The actions `caller` may take on the complaint now; none for an anonymous caller. */
export function allowedActions(caller: Caller | null, complaint: ComplaintState, now: Date, rules: ProcedureRules): ComplaintAction[] {
  if (!caller) return [];
  return COMPLAINT_ACTIONS.filter((action) => actionRefusal(caller, complaint, action, now, rules) === null);
}
