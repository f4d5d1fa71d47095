import { Admissibility, ComplaintStatus, EscalationStatus, InadmissibilityReason } from "../../lib/domain/enums";
import { awaitsFirstLine, inadmissibleAtReceipt, mayBeAnswered, mayBeScreened, screeningRefusal } from "../../lib/domain/admissibility";
import { escalationRefusal, hasFinalAnswer } from "../../lib/domain/second-line";
import { LEGAL_CALENDAR } from "../../lib/domain/brussels-calendar";
import {
  MAIN_LINE,
  TRANSITIONS,
  awaitsFirstLineByStatus,
  firstLineRefusal,
  movesForward,
  screenRefusal,
  transferRefusal,
  statusOfEscalation,
  statusOfFacts,
  transitionRefusal,
} from "../../lib/domain/transitions";
import type { FirstLineFacts } from "../../lib/domain/admissibility";
import { inputRefusal as inputRefusalOf, refuseIf, refusalError, stateRefusal as stateRefusalOf, type Refusal } from "../../lib/domain/refusal";
import { msg, translate } from "../../lib/i18n/message";
import { handlesFirstLine, mayActForDirectorate } from "../../lib/domain/handling";
import type { Caller } from "../../lib/auth/caller";
import { DirectorateCode } from "../../lib/domain/enums";

/** A refusal in English words, to compare with the sentence it says. */
const inEnglish = (r: Refusal | null) => r && { kind: r.kind, message: translate(r.message, "en") };
const stateRefusal = (message: string) => ({ kind: "state", message });
const inputRefusal = (message: unknown) => ({ kind: "input", message });

const S = ComplaintStatus;
const ALL = Object.values(ComplaintStatus);
const facts = (over: Partial<FirstLineFacts> = {}): FirstLineFacts => ({
  withdrawn: false,
  admissibility: Admissibility.PENDING,
  acknowledgedAt: null,
  answeredAt: null,
  ...over,
});

describe("the transition table", () => {
  it("allows each step only from its listed statuses, with the refusals the services gave before", () => {
    const allowed = Object.fromEntries(TRANSITIONS.map((t) => [t.action, ALL.filter((s) => transitionRefusal(t.action, s) === null)]));
    expect(allowed).toEqual({
      file: [],
      register: [],
      screen: [S.RECEIVED, S.ACKNOWLEDGED],
      rescreen: [S.INADMISSIBLE],
      transfer: [S.RECEIVED, S.ACKNOWLEDGED],
      withdraw: [S.RECEIVED, S.ACKNOWLEDGED],
      acknowledge: [S.RECEIVED],
      answer: [S.RECEIVED, S.ACKNOWLEDGED],
      requestEscalation: [S.RECEIVED, S.ACKNOWLEDGED, S.ANSWERED],
      requestReview: [S.INADMISSIBLE],
      decideEscalation: [S.ESCALATED],
    });
    expect(inEnglish(transitionRefusal("screen", S.ANSWERED))).toEqual(stateRefusal("A complaint that is answered cannot be screened"));
    expect(inEnglish(transitionRefusal("transfer", S.WITHDRAWN))).toEqual(stateRefusal("A complaint that is withdrawn cannot be transferred"));
    expect(inEnglish(transitionRefusal("withdraw", S.ESCALATED))).toEqual(stateRefusal("A complaint that is escalated can no longer be withdrawn"));
    expect(inEnglish(transitionRefusal("decideEscalation", S.CLOSED))).toEqual(stateRefusal("This escalation has already been decided"));
    expect(inEnglish(transitionRefusal("requestEscalation", S.ESCALATED))).toEqual(stateRefusal("This complaint has already been escalated"));
  });

  it("moves the status only forward along the main line, never out of INADMISSIBLE or WITHDRAWN", () => {
    expect(MAIN_LINE).toEqual([S.RECEIVED, S.ACKNOWLEDGED, S.ANSWERED, S.ESCALATED, S.CLOSED]);
    expect(movesForward(S.RECEIVED, S.ESCALATED)).toBe(true);
    expect(movesForward(S.ESCALATED, S.ANSWERED)).toBe(false);
    expect(movesForward(S.ANSWERED, S.ANSWERED)).toBe(false);
    expect(movesForward(S.INADMISSIBLE, S.CLOSED)).toBe(false);
    expect(movesForward(S.WITHDRAWN, S.ACKNOWLEDGED)).toBe(false);
  });

  it("derives the status a facts-only subgraph sees, withdrawal and inadmissibility first", () => {
    const day = new Date("2026-01-02T00:00:00Z");
    expect(statusOfFacts(facts())).toBe(S.RECEIVED);
    expect(statusOfFacts(facts({ acknowledgedAt: day }))).toBe(S.ACKNOWLEDGED);
    expect(statusOfFacts(facts({ acknowledgedAt: day, answeredAt: day, admissibility: Admissibility.ADMISSIBLE }))).toBe(S.ANSWERED);
    expect(statusOfFacts(facts({ admissibility: Admissibility.INADMISSIBLE }))).toBe(S.INADMISSIBLE);
    expect(statusOfFacts(facts({ withdrawn: true, answeredAt: day }))).toBe(S.WITHDRAWN);
    expect(statusOfEscalation(EscalationStatus.REQUESTED)).toBe(S.ESCALATED);
    expect(statusOfEscalation(EscalationStatus.DECIDED)).toBe(S.CLOSED);
  });
});

describe("the first line's steps", () => {
  const day = new Date("2026-01-02T00:00:00Z");
  it.each([
    ["acknowledge", facts(), null],
    ["acknowledge", facts({ withdrawn: true }), "This complaint was withdrawn"],
    ["acknowledge", facts({ admissibility: Admissibility.INADMISSIBLE }), "An inadmissible complaint is not acknowledged"],
    ["acknowledge", facts({ acknowledgedAt: day }), "This complaint has already been acknowledged"],
    ["answer", facts({ admissibility: Admissibility.ADMISSIBLE }), null],
    ["answer", facts({ admissibility: Admissibility.ADMISSIBLE, acknowledgedAt: day }), null],
    ["answer", facts(), "Only a complaint screened as admissible can be answered"],
    ["answer", facts({ admissibility: Admissibility.INADMISSIBLE }), "Only a complaint screened as admissible can be answered"],
    ["answer", facts({ withdrawn: true, admissibility: Admissibility.ADMISSIBLE }), "This complaint was withdrawn"],
    ["answer", facts({ admissibility: Admissibility.ADMISSIBLE, acknowledgedAt: day, answeredAt: day }), "This complaint has already been answered"],
  ] as const)("%s on %o: %s", (action, f, refusal) => {
    expect(inEnglish(firstLineRefusal(action, f))).toEqual(refusal && stateRefusal(refusal));
  });
});

describe("intake's steps and the kind of each refusal", () => {
  it("refuses a second screening and a transfer to where the complaint is as state conflicts, saying the state", () => {
    expect(inEnglish(screenRefusal({ status: S.RECEIVED, admissibility: Admissibility.PENDING }))).toBeNull();
    expect(inEnglish(screenRefusal({ status: S.RECEIVED, admissibility: Admissibility.ADMISSIBLE }))).toEqual(
      stateRefusal("This complaint has already been screened as admissible"),
    );
    expect(inEnglish(screenRefusal({ status: S.WITHDRAWN, admissibility: Admissibility.PENDING }))).toEqual(
      stateRefusal("A complaint that is withdrawn cannot be screened"),
    );
    const here = { status: S.RECEIVED, directorate: DirectorateCode.ICT };
    expect(inEnglish(transferRefusal(here, DirectorateCode.CRISIS_CENTRE))).toBeNull();
    expect(inEnglish(transferRefusal(here, DirectorateCode.ICT))).toEqual(stateRefusal("The complaint is already with that directorate (ICT)"));
    expect(inEnglish(transferRefusal({ ...here, status: S.ANSWERED }, DirectorateCode.CRISIS_CENTRE))).toEqual(
      stateRefusal("A complaint that is answered cannot be transferred"),
    );
  });

  it("maps a state refusal to CONFLICT and an input refusal to BAD_USER_INPUT, in one place", () => {
    expect(refusalError(stateRefusalOf(msg("refusal.alreadyAnswered"))).extensions.code).toBe("CONFLICT");
    expect(refusalError(inputRefusalOf(msg("screening.reasonRequired"))).extensions.code).toBe("BAD_USER_INPUT");
    expect(() => refuseIf(null)).not.toThrow();
    expect(() => refuseIf(stateRefusalOf(msg("refusal.alreadyAnswered")))).toThrow("This complaint has already been answered");
  });
});

describe("what follows from admissibility", () => {
  it("ends the wait for the first line when inadmissible or withdrawn", () => {
    expect(awaitsFirstLine(facts())).toBe(true);
    expect(awaitsFirstLine(facts({ admissibility: Admissibility.ADMISSIBLE }))).toBe(true);
    expect(awaitsFirstLine(facts({ admissibility: Admissibility.INADMISSIBLE }))).toBe(false);
    expect(awaitsFirstLine(facts({ withdrawn: true }))).toBe(false);
    expect(awaitsFirstLineByStatus(S.ACKNOWLEDGED, Admissibility.ADMISSIBLE)).toBe(true);
    expect(awaitsFirstLineByStatus(S.ESCALATED, Admissibility.ADMISSIBLE)).toBe(false);
    expect(awaitsFirstLineByStatus(S.INADMISSIBLE, Admissibility.INADMISSIBLE)).toBe(false);
  });

  it("screens once, answers only the admissible", () => {
    expect(Object.values(Admissibility).filter(mayBeScreened)).toEqual([Admissibility.PENDING]);
    expect(Object.values(Admissibility).filter(mayBeAnswered)).toEqual([Admissibility.ADMISSIBLE]);
  });

  it("knows one of the four grounds at receipt, anonymous; a decision with an appeal route is screened by a person", () => {
    expect(inadmissibleAtReceipt({ complainantKnown: false })).toBe(InadmissibilityReason.ANONYMOUS);
    expect(inadmissibleAtReceipt({ complainantKnown: true })).toBeNull();
  });

  it("an admissible complaint about a decision with an appeal route: the note says which parts are handled", () => {
    const refusal = screeningRefusal(true, null, null, true);
    expect({ kind: refusal?.kind, field: refusal?.field, message: inEnglish(refusal)?.message }).toEqual({
      kind: "input",
      field: { path: "note", code: "REQUIRED" },
      message: expect.stringMatching(/say in the note which parts of it are handled/),
    });
    expect(screeningRefusal(true, null, "The treatment at the counter; not the refusal itself.", true)).toBeNull();
    expect(screeningRefusal(true, null, null, false)).toBeNull();
    expect(inEnglish(screeningRefusal(false, InadmissibilityReason.DECISION_WITH_APPEAL_ROUTE, null, true))).toEqual({
      kind: "input",
      message: expect.stringMatching(/Name the appeal route/),
    });
  });

  it("asks a screening for a reason when inadmissible, and for the appeal route when that is the reason", () => {
    expect(inEnglish(screeningRefusal(true, null, null))).toBeNull();
    expect(inEnglish(screeningRefusal(false, InadmissibilityReason.OUTSIDE_COMPETENCE, null))).toBeNull();
    expect(inEnglish(screeningRefusal(true, InadmissibilityReason.ANONYMOUS, null))).toEqual(
      inputRefusal("An admissible complaint has no inadmissibility reason"),
    );
    expect(inEnglish(screeningRefusal(false, null, "x"))).toEqual(inputRefusal("Give the reason why the complaint is not admissible"));
    expect(inEnglish(screeningRefusal(false, InadmissibilityReason.DECISION_WITH_APPEAL_ROUTE, null))).toEqual(
      inputRefusal(expect.stringMatching(/Name the appeal route/)),
    );
    expect(inEnglish(screeningRefusal(false, InadmissibilityReason.DECISION_WITH_APPEAL_ROUTE, "Raad van State"))).toBeNull();
  });
});

describe("the second line", () => {
  const receivedAt = new Date("2026-03-01T08:00:00.000Z");
  // Art. 1.7 Civil Code: 30 days after Sunday 1 March is Tuesday 31 March, until its end in Brussels (summer time).
  const due = new Date("2026-03-31T21:59:59.999Z");
  const late = "You can turn to the Central Complaints Service once you have the answer, or when it is late";
  it.each([
    ["answered", facts({ admissibility: Admissibility.ADMISSIBLE, answeredAt: receivedAt }), receivedAt, null],
    ["not answered, on the due instant", facts({ admissibility: Admissibility.ADMISSIBLE }), due, late],
    ["not answered, just after it", facts({ admissibility: Admissibility.ADMISSIBLE }), new Date(due.getTime() + 1), null],
    ["never screened, answer overdue", facts(), new Date(due.getTime() + 1), null],
    ["withdrawn", facts({ withdrawn: true }), new Date(due.getTime() + 1), "A withdrawn complaint cannot be escalated"],
    ["inadmissible: a review of the inadmissibility decision, at any time", facts({ admissibility: Admissibility.INADMISSIBLE }), receivedAt, null],
    [
      "inadmissible and withdrawn",
      facts({ withdrawn: true, admissibility: Admissibility.INADMISSIBLE }),
      receivedAt,
      "A withdrawn complaint cannot be escalated",
    ],
  ] as const)("escalation of a complaint %s", (_name, f, now, refusal) => {
    expect(inEnglish(escalationRefusal({ ...f, receivedAt }, now, LEGAL_CALENDAR))).toEqual(refusal && stateRefusal(refusal));
  });

  it("points to the Ombudsman on every final answer", () => {
    expect(hasFinalAnswer(receivedAt, null)).toBe(true);
    expect(hasFinalAnswer(null, EscalationStatus.DECIDED)).toBe(true);
    expect(hasFinalAnswer(null, EscalationStatus.REQUESTED)).toBe(false);
    expect(hasFinalAnswer(null, null)).toBe(false);
  });
});

describe("who handles a complaint", () => {
  const ict: Caller = { sub: "c", role: "coordinator", directorate: DirectorateCode.ICT };
  const central: Caller = { sub: "k", role: "central-service" };
  const citizen: Caller = { sub: "z", role: "citizen" };
  it("the first line is the coordinator of the complaint's directorate, nobody else", () => {
    expect(handlesFirstLine(ict, DirectorateCode.ICT)).toBe(true);
    expect(handlesFirstLine(ict, DirectorateCode.CRISIS_CENTRE)).toBe(false);
    expect(handlesFirstLine(central, DirectorateCode.ICT)).toBe(false);
    expect(handlesFirstLine(citizen, DirectorateCode.ICT)).toBe(false);
  });
  it("intake's staff steps: a coordinator for their own directorate, the central service for all", () => {
    expect(mayActForDirectorate(ict, DirectorateCode.ICT)).toBe(true);
    expect(mayActForDirectorate(ict, DirectorateCode.CRISIS_CENTRE)).toBe(false);
    expect(mayActForDirectorate(central, DirectorateCode.CRISIS_CENTRE)).toBe(true);
  });
});
