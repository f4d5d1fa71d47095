import { LEGAL_CALENDAR } from "../../lib/domain/brussels-calendar";
import { localise, msg } from "../../lib/i18n/message";
import type { Caller } from "../../lib/auth/caller";
import { actionRefusal, allowedActions, type ComplaintState, type ProcedureRules } from "../../lib/domain/capabilities";
import { DEFAULT_ESCALATION_WINDOW_DAYS, finalAct } from "../../lib/domain/finished";
import { Admissibility, ComplaintStatus as S, DirectorateCode } from "../../lib/domain/enums";
import { firstLineRefusal, statusOfFacts } from "../../lib/domain/transitions";

const owner: Caller = { sub: "owner", role: "citizen" };
const other: Caller = { sub: "other", role: "citizen" };
const coordinator: Caller = { sub: "c", role: "coordinator", directorate: DirectorateCode.ICT };
const elsewhere: Caller = { sub: "d", role: "coordinator", directorate: DirectorateCode.CRISIS_CENTRE };
const central: Caller = { sub: "k", role: "central-service" };

const NOW = new Date("2026-03-02T10:00:00Z");
const state = (over: Partial<ComplaintState> = {}): ComplaintState => ({
  ownerSub: "owner",
  directorate: DirectorateCode.ICT,
  status: S.RECEIVED,
  admissibility: Admissibility.PENDING,
  receivedAt: new Date("2026-03-01T10:00:00Z"),
  answeredAt: null,
  finalActAt: null,
  finalActAppealable: false,
  ...over,
});
const RULES: ProcedureRules = { calendar: LEGAL_CALENDAR, escalationWindowDays: DEFAULT_ESCALATION_WINDOW_DAYS };
const each = (c: ComplaintState) =>
  Object.fromEntries([owner, other, coordinator, elsewhere, central].map((who) => [who.sub, allowedActions(who, c, NOW, RULES)]));

describe("allowedActions: the transition table, the role and the scope", () => {
  it("offers each caller the steps the table gives for a received complaint", () => {
    expect(each(state())).toEqual({ owner: ["WITHDRAW"], other: [], c: ["ACKNOWLEDGE", "SCREEN", "TRANSFER"], d: [], k: ["SCREEN", "TRANSFER"] });
    expect(each(state({ admissibility: Admissibility.ADMISSIBLE }))).toMatchObject({ c: ["ACKNOWLEDGE", "TRANSFER", "ANSWER"], k: ["TRANSFER"] });
  });

  it("offers the escalation once answered or late, and its decision to the central service only", () => {
    const answered = state({ status: S.ANSWERED, admissibility: Admissibility.ADMISSIBLE, answeredAt: NOW, ...finalAct("answer", NOW) });
    expect(each(answered)).toEqual({ owner: ["REQUEST_ESCALATION"], other: [], c: [], d: [], k: ["REQUEST_ESCALATION"] });
    const late = state({ admissibility: Admissibility.ADMISSIBLE, receivedAt: new Date("2026-01-01T10:00:00Z") });
    expect(each(late).owner).toEqual(["WITHDRAW", "REQUEST_ESCALATION"]);
    expect(each(state({ status: S.ESCALATED, admissibility: Admissibility.ADMISSIBLE }))).toEqual({
      owner: [],
      other: [],
      c: [],
      d: [],
      k: ["DECIDE_ESCALATION"],
    });
    for (const end of [S.CLOSED, S.WITHDRAWN]) expect(Object.values(each(state({ status: end }))).flat()).toEqual([]);
    // An inadmissibility decision: its review is asked by the owner or recorded by the central service, which may also correct it.
    expect(each(state({ status: S.INADMISSIBLE, admissibility: Admissibility.INADMISSIBLE, ...finalAct("inadmissibility", NOW) }))).toEqual({
      owner: ["REQUEST_ESCALATION"],
      other: [],
      c: [],
      d: [],
      k: ["REQUEST_ESCALATION", "RESCREEN"],
    });
  });

  it("stops offering the second line once the window passed, and a review once asked; offers the review's decision", () => {
    const longAgo = new Date(NOW.getTime() - (DEFAULT_ESCALATION_WINDOW_DAYS + 1) * 86_400_000);
    const answered = state({ status: S.ANSWERED, admissibility: Admissibility.ADMISSIBLE, answeredAt: longAgo, ...finalAct("answer", longAgo) });
    expect(each(answered)).toEqual({ owner: [], other: [], c: [], d: [], k: [] });
    expect(localise(actionRefusal(owner, answered, "REQUEST_ESCALATION", NOW, RULES)!.message)).toBe(
      `The time to turn to the Central Complaints Service has passed (${DEFAULT_ESCALATION_WINDOW_DAYS} days after the answer)`,
    );
    const inadmissible = { status: S.INADMISSIBLE, admissibility: Admissibility.INADMISSIBLE };
    expect(each(state({ ...inadmissible, ...finalAct("inadmissibility", longAgo) }))).toMatchObject({ owner: [], k: ["RESCREEN"] });
    // The review asked: the second line has it open (no final act); decided: its decision is final.
    const reviewOpen = state({ ...inadmissible, finalActAt: null, finalActAppealable: false });
    expect(each(reviewOpen)).toMatchObject({ owner: [], k: ["RESCREEN", "DECIDE_ESCALATION"] });
    expect(localise(actionRefusal(owner, reviewOpen, "REQUEST_ESCALATION", NOW, RULES)!.message)).toBe(
      "A review of this inadmissibility decision has already been asked",
    );
    expect(each(state({ ...inadmissible, ...finalAct("secondLineDecision", NOW) }))).toMatchObject({ owner: [], k: ["RESCREEN"] });
  });

  it("refuses in the API's order: role FORBIDDEN, scope NOT_FOUND, state CONFLICT", () => {
    expect(actionRefusal(central, state(), "ACKNOWLEDGE", NOW, RULES)?.code).toBe("FORBIDDEN");
    expect(actionRefusal(elsewhere, state({ status: S.CLOSED }), "ACKNOWLEDGE", NOW, RULES)?.code).toBe("NOT_FOUND");
    expect(actionRefusal(other, state(), "WITHDRAW", NOW, RULES)?.code).toBe("NOT_FOUND");
    const refusal = actionRefusal(owner, state({ status: S.ANSWERED }), "WITHDRAW", NOW, RULES);
    expect({ code: refusal?.code, message: refusal && localise(refusal.message) }).toEqual({
      code: "CONFLICT",
      message: localise(msg("refusal.withdraw", { status: msg("status.ANSWERED") })),
    });
    expect(refusal && localise(refusal.message)).toMatch(/complaint that is answered can no longer be withdrawn/);
    expect(allowedActions(null, state(), NOW, RULES)).toEqual([]);
  });
});

describe("the first line's facts once the complaint is escalated", () => {
  const facts = { withdrawn: false, admissibility: Admissibility.ADMISSIBLE, acknowledgedAt: null, answeredAt: null };
  it("are ESCALATED, so acknowledging and answering are over (CONFLICT)", () => {
    expect(statusOfFacts({ ...facts, escalated: true })).toBe(S.ESCALATED);
    expect(statusOfFacts(facts)).toBe(S.RECEIVED);
    const refusal = firstLineRefusal("answer", { ...facts, escalated: true });
    expect(refusal && localise(refusal.message)).toMatch(/escalated to the Central Complaints Service/);
    expect(firstLineRefusal("acknowledge", { ...facts, escalated: true })?.kind).toBe("state");
  });
});
