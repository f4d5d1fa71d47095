import { BelgianCalendar } from "../lib/domain/brussels-calendar";
import type { Caller } from "../lib/auth/caller";
import { mayRead } from "../lib/auth/scope";
import { COMPLAINT_ACTIONS, actionRefusal, type ComplaintAction, type ComplaintState, type ProcedureRules } from "../lib/domain/capabilities";
import { Complaint } from "../subgraphs/intake/complaint.entity";
import { central, citizenOwner, coordinatorOther, coordinatorOwn, days, otherCitizen } from "./helpers/callers";
import { answerInput, decisionInput } from "./helpers/reasoned";
import { DATABASE_KINDS } from "./helpers/databases";
import {
  ACKNOWLEDGE,
  ANSWER,
  DECIDE_ESCALATION,
  REQUEST_ESCALATION,
  SCREEN,
  TRANSFER,
  WITHDRAW,
  ok,
  procedure,
  snapshot,
  type Procedure,
} from "./helpers/procedure";
import { START, codes, useTestStack, type TestStack } from "./helpers/stack";

/**
 * Complaint.allowedActions against what the API does: for every reachable
 * state × kind of caller, each action listed is accepted when taken, and each
 * one not listed is refused with the code the table gives (actionRefusal:
 * role FORBIDDEN, scope NOT_FOUND, state CONFLICT) and changes nothing.
 */
const ROLES: Record<string, Caller> = { owner: citizenOwner, otherCitizen, coordinatorOwn, coordinatorOther, central };

type Made = { id: string; escalationId?: string };
/** Each reachable state, made from scratch by the callers entitled to each step, with every event applied. */
const STATES: Record<string, (p: Procedure, t: TestStack) => Promise<Made>> = {
  received: (p) => p.filed(),
  "received, admissible": (p) => p.admissible(),
  "acknowledged before screening": async (p, t) => settled(t, await p.filed(), (c) => p.acknowledge(c.id)),
  "acknowledged, admissible": async (p, t) => settled(t, await p.admissible(), (c) => p.acknowledge(c.id)),
  answered: (p) => p.answered(),
  "escalated after the answer": (p) => p.escalated(),
  closed: async (p, t) => settled(t, await p.escalated(), (c) => p.decide(c.escalationId)),
  inadmissible: (p, t) => inadmissible(p, t),
  withdrawn: async (p, t) => settled(t, await p.filed(), async (c) => ok(await t.query(WITHDRAW, { id: c.id }, citizenOwner))),
  "admissible, answer overdue": (p, t) => overdue(p, t),
  "answered, the escalation window passed": (p, t) => longAgo(t, () => p.answered()),
  "inadmissible, the review window passed": (p, t) => longAgo(t, () => inadmissible(p, t)),
  "inadmissible, its review asked": async (p, t) => {
    const c = await inadmissible(p, t);
    const review = await p.requestEscalation(c.id, "My complaint is about a federal service, not the city.");
    await t.settle();
    return { ...c, escalationId: review.id as string };
  },
  "inadmissible, its review decided": async (p, t) => {
    const c = await inadmissible(p, t);
    const review = await p.requestEscalation(c.id, "My complaint is about a federal service, not the city.");
    await t.settle();
    await p.decide(review.id as string);
    await t.settle();
    return c;
  },
  "escalated without an answer": async (p, t) => {
    const c = await overdue(p, t);
    const escalation = await p.requestEscalation(c.id);
    await t.settle();
    return { ...c, escalationId: escalation.id as string };
  },
};

async function settled<T extends Made>(t: TestStack, made: T, step: (made: T) => Promise<unknown>): Promise<T> {
  await step(made);
  await t.settle();
  return made;
}

const inadmissible = async (p: Procedure, t: TestStack) => settled(t, await p.filed(), (c) => p.screen(c.id, false, "OUTSIDE_COMPETENCE"));

/** Made 100 days before now: past the escalation window (ESCALATION_WINDOW_DAYS, 90 by default). */
async function longAgo(t: TestStack, make: () => Promise<Made>): Promise<Made> {
  t.clock.set(days(START, -100));
  try {
    const made = await make();
    await t.settle();
    return made;
  } finally {
    t.clock.set(START);
  }
}

/** Filed 40 days before now and screened admissible: its answer (30 days) is late. */
async function overdue(p: Procedure, t: TestStack): Promise<Made> {
  t.clock.set(days(START, -40));
  try {
    return await p.admissible();
  } finally {
    t.clock.set(START);
  }
}

/** Takes `action` on the complaint as `caller`. */
function take(t: TestStack, action: ComplaintAction, made: Made, caller: Caller) {
  const id = made.id;
  switch (action) {
    case "ACKNOWLEDGE":
      return t.query(ACKNOWLEDGE, { id }, caller);
    case "SCREEN":
      return t.query(SCREEN, { id, admissible: true }, caller);
    case "TRANSFER":
      return t.query(TRANSFER, { id, to: "CIVIL_SECURITY", note: "About a fire service, not a residence file" }, caller);
    case "ANSWER":
      return t.query(ANSWER, { id, input: answerInput("FOUNDED") }, caller);
    case "WITHDRAW":
      return t.query(WITHDRAW, { id }, caller);
    case "REQUEST_ESCALATION":
      return t.query(REQUEST_ESCALATION, { id, reason: "Still no answer to my letters." }, caller);
    case "DECIDE_ESCALATION":
      return t.query(DECIDE_ESCALATION, { id: made.escalationId, input: decisionInput("FOUNDED") }, caller);
    case "RESCREEN":
      return t.query(RESCREEN, { id, admissible: true, note: "The Immigration Office is a federal service: ours to handle." }, caller);
  }
}

const RESCREEN = `mutation($id: ID!, $admissible: Boolean!, $note: String!) { rescreenComplaint(id: $id, admissible: $admissible, note: $note) { id } }`;
const STATE_FIELDS = `status admissibility receivedAt directorate { code } firstLine { answeredAt }`;

/** The complaint's state as intake holds it, for the table: every test complaint is the owner's. Its finish facts are not in the API. */
async function stateOf(t: TestStack, id: string): Promise<ComplaintState> {
  const c = ok(await t.query(`query($id: ID!) { complaint(id: $id) { ${STATE_FIELDS} } }`, { id }, central)).complaint;
  const { finalActAt, finalActAppealable } = await t.stack.subgraphs.intake.dataSource.getRepository(Complaint).findOneByOrFail({ id });
  return {
    finalActAt,
    finalActAppealable,
    ownerSub: citizenOwner.sub,
    directorate: c.directorate.code,
    status: c.status,
    admissibility: c.admissibility,
    receivedAt: new Date(c.receivedAt),
    answeredAt: c.firstLine.answeredAt ? new Date(c.firstLine.answeredAt) : null,
  };
}

const rules = (t: TestStack): ProcedureRules => ({
  calendar: new BelgianCalendar(t.config.extraPublicHolidays),
  escalationWindowDays: t.config.procedure.escalationWindowDays,
});

const READ_ACTIONS = `query($id: ID!) { complaint(id: $id) { allowedActions } }`;

describe.each(DATABASE_KINDS)("Complaint.allowedActions against the transition table [%s]", (kind) => {
  const t = useTestStack(kind);

  it.each(Object.keys(STATES))("%s", async (name) => {
    const make = () => STATES[name](procedure(t), t);
    const made = await make();
    const state = await stateOf(t, made.id);
    const now = t.clock.now();
    const before = await snapshot(t);
    const offered: Record<string, ComplaintAction[]> = {};

    for (const [who, caller] of Object.entries(ROLES)) {
      const expected = COMPLAINT_ACTIONS.filter((a) => actionRefusal(caller, state, a, now, rules(t)) === null);
      const read = await t.query(READ_ACTIONS, { id: made.id }, caller);
      if (!mayRead(caller, state)) {
        // Outside the caller's scope: the complaint itself is NOT_FOUND, so nothing is offered.
        expect(codes(read)).toEqual(["NOT_FOUND"]);
        expect(expected).toEqual([]);
      } else {
        expect(read.errors).toBeUndefined();
        expect(read.data?.complaint.allowedActions).toEqual(expected);
      }
      offered[who] = expected;
      for (const action of COMPLAINT_ACTIONS.filter((a) => !expected.includes(a))) {
        // Without an escalation there is nothing to decide: no id to send.
        if (action === "DECIDE_ESCALATION" && !made.escalationId) continue;
        const refused = await take(t, action, made, caller);
        expect({ who, action, codes: codes(refused) }).toEqual({
          who,
          action,
          codes: [actionRefusal(caller, state, action, now, rules(t))!.code],
        });
      }
    }
    // Refusals change nothing.
    expect(await snapshot(t)).toEqual(before);

    for (const [who, actions] of Object.entries(offered)) {
      for (const action of actions) {
        const fresh = await make();
        const accepted = await take(t, action, fresh, ROLES[who]);
        expect({ who, action, errors: accepted.errors }).toEqual({ who, action, errors: undefined });
        await t.settle();
      }
    }
  });
});
