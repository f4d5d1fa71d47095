import { LEGAL_CALENDAR } from "../lib/domain/brussels-calendar";
import { escalationDueAt } from "../lib/domain/deadlines";
import { Language } from "../lib/domain/enums";
import { LetterTemplates } from "../subgraphs/intake/letters/letter.templates";
import { central, citizenOwner, coordinatorOwn, days } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { DECIDE_ESCALATION, ok, paperInput, procedure, type Procedure } from "./helpers/procedure";
import { REASONED_ANSWER, REASONED_DECISION, REMEDY, answerInput, decisionInput, reasonedOfLength } from "./helpers/reasoned";
import { START, codes, useTestStack, type GraphQLResult } from "./helpers/stack";

const REQUEST = `mutation($id: ID!, $reason: String!, $at: DateTime) {
  requestEscalation(complaintId: $id, reason: $reason, requestedAt: $at) { id review status requestedAt dueAt overdue } }`;
const RESCREEN = `mutation($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String!) {
  rescreenComplaint(id: $id, admissible: $admissible, reason: $reason, note: $note) { status admissibility inadmissibilityReason admissibilityNote } }`;
const ANSWER = `mutation($id: ID!, $input: AnswerInput!) { answerComplaint(complaintId: $id, input: $input) { answer outcome remedy } }`;
const DECIDE = `mutation($id: ID!, $input: DecisionInput!) { decideEscalation(id: $id, input: $input) { status decision outcome remedy overdue } }`;
const LETTERS = `query($id: ID!) { complaint(id: $id) { letters { kind delivery text } } }`;
const LISTS = `query($overdue: Boolean) {
  escalationPage(overdue: $overdue, first: 100) { totalCount items { id overdue } }
  escalations(overdue: $overdue, first: 100) { id overdue } }`;
const REPORT = `query { annualReport(year: 2026) { totals { received inadmissible } inadmissibleByReason { reason count } } }`;
const REASON = "The answer does not address my letters.";

const templates = LetterTemplates.load();

function refused(result: GraphQLResult, code: string, message: RegExp): void {
  expect(codes(result)).toEqual([code]);
  expect(result.errors![0].message).toMatch(message);
  expect(result.data?.[Object.keys(result.data ?? {})[0]] ?? null).toBeNull();
}

/** Issue 15 §2 and §5: the second line for every complainant, and a reasoned answer. */
describe.each(DATABASE_KINDS)("the second line for every complainant, a reasoned answer [%s]", (kind) => {
  const t = useTestStack(kind);
  let p: Procedure;
  beforeAll(() => {
    p = procedure(t);
  });
  beforeEach(() => t.clock.set(START));

  const letters = async (id: string) => ok(await t.query(LETTERS, { id }, central)).complaint.letters as { kind: string; delivery: string; text: string }[];
  const report = async () => ok(await t.query(REPORT, {}, central)).annualReport;

  /** A complaint received by post (five days before START), screened admissible and answered at START. */
  async function answeredPaperComplaint(): Promise<string> {
    const { id } = await p.register(paperInput());
    await t.settle();
    await p.screen(id, true);
    await t.settle();
    await p.answer(id, "UNFOUNDED");
    await t.settle();
    return id;
  }

  // ------------------------------------------------------------------ §2

  it("Als u geen voldoening krijgt, kan u zich richten tot de Centrale Klachtendienst: the central service records a request made by post (requestedAt: when it arrived)", async () => {
    const id = await answeredPaperComplaint();
    t.clock.set(days(START, 10));
    const arrived = days(START, 8);
    expect(codes(await t.query(REQUEST, { id, reason: REASON, at: arrived }, coordinatorOwn))).toEqual(["FORBIDDEN"]);
    refused(await t.query(REQUEST, { id, reason: REASON, at: days(START, 11) }, central), "BAD_USER_INPUT", /future/);
    refused(await t.query(REQUEST, { id, reason: REASON, at: days(START, 10 - 366) }, central), "BAD_USER_INPUT", /within the last 365 days/);
    refused(await t.query(REQUEST, { id, reason: REASON, at: days(START, -6) }, central), "BAD_USER_INPUT", /before the complaint was received/);
    expect((await p.read(id)).escalation).toBeNull();

    const e = ok(await t.query(REQUEST, { id, reason: REASON, at: arrived }, central)).requestEscalation;
    const dueAt = escalationDueAt(new Date(arrived), LEGAL_CALENDAR);
    expect(e).toEqual({ id: e.id, review: false, status: "REQUESTED", requestedAt: arrived, dueAt: dueAt.toISOString(), overdue: false });
    refused(await t.query(REQUEST, { id, reason: REASON }, central), "CONFLICT", /already been escalated/);
    await t.settle();
    const c = await p.read(id);
    expect(c.status).toBe("ESCALATED");
    expect(c.timeline[c.timeline.length - 1]).toEqual({ status: "ESCALATED", at: arrived, note: null });
    // The second line acknowledges the request: on paper, as the complaint came, in its language (French).
    const receipt = (await letters(id)).find((l) => l.kind === "ESCALATION_RECEIPT")!;
    expect(receipt.delivery).toBe("PAPER");
    expect(receipt.text).toContain(`a reçu le ${templates.formatDate(Language.FR, new Date(arrived))} votre demande`);
    expect(receipt.text).toContain(`au plus tard le ${templates.formatDate(Language.FR, dueAt)}`);
  });

  it("the central service's request meets the owner's conditions, on the day it arrived: the answer given, or late then", async () => {
    const { id } = await p.register(paperInput());
    await t.settle();
    await p.screen(id, true);
    await t.settle();
    refused(await t.query(REQUEST, { id, reason: REASON }, central), "CONFLICT", /once you have the answer, or when it is late/);
    t.clock.set(days(START, 40));
    // Received five days before START: the answer was due about 25 days after START.
    refused(await t.query(REQUEST, { id, reason: REASON, at: days(START, 20) }, central), "CONFLICT", /once you have the answer, or when it is late/);
    expect(ok(await t.query(REQUEST, { id, reason: REASON, at: days(START, 27) }, central)).requestEscalation).toMatchObject({ requestedAt: days(START, 27) });
  });

  it("only the Central Complaints Service dates a request: the complainant online asks now", async () => {
    const { id } = await p.answered();
    refused(await t.query(REQUEST, { id, reason: REASON, at: days(START, -1) }, citizenOwner), "BAD_USER_INPUT", /Only the Central Complaints Service/);
    expect(ok(await t.query(REQUEST, { id, reason: REASON }, citizenOwner)).requestEscalation).toMatchObject({ requestedAt: START, review: false });
  });

  it("an inadmissibility decision is taken to the second line for review, by the owner or recorded by the central service; the complaint stays inadmissible", async () => {
    const own = await p.filed();
    await p.screen(own.id, false, "OUTSIDE_COMPETENCE", "A regional matter.");
    await t.settle();
    const review = ok(await t.query(REQUEST, { id: own.id, reason: "My complaint is about a federal service." }, citizenOwner)).requestEscalation;
    expect(review).toMatchObject({ review: true, status: "REQUESTED" });
    refused(await t.query(REQUEST, { id: own.id, reason: REASON }, citizenOwner), "CONFLICT", /review .* already been asked/);
    await t.settle();
    const c = await p.read(own.id);
    expect(c).toMatchObject({ status: "INADMISSIBLE", escalation: { id: review.id, status: "REQUESTED" } });
    const receipt = (await letters(own.id)).find((l) => l.kind === "ESCALATION_RECEIPT")!;
    expect(receipt.text).toContain("U vraagt ons de beslissing te herzien dat uw klacht niet ontvankelijk is.");

    const paper = await p.register(paperInput());
    await t.settle();
    await p.screen(paper.id, false, "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", "Before the court.");
    await t.settle();
    const recorded = ok(await t.query(REQUEST, { id: paper.id, reason: "Not a dispute.", at: days(START, -1) }, central)).requestEscalation;
    expect(recorded).toMatchObject({ review: true, requestedAt: days(START, -1) });
    await t.settle();
    // The review upheld: decided, the complaint still inadmissible (not CLOSED, not reopened).
    ok(await t.query(DECIDE_ESCALATION, { id: recorded.id, input: decisionInput("UNFOUNDED") }, central));
    await t.settle();
    expect(await p.read(paper.id)).toMatchObject({ status: "INADMISSIBLE", escalation: { status: "DECIDED", outcome: "UNFOUNDED" } });
  });

  it("rescreenComplaint: found admissible, back to its open status; the note is required; the timeline shows it; the annual figures count the final admissibility", async () => {
    const { id } = await p.filed();
    await p.acknowledge(id);
    await t.settle();
    await p.screen(id, false, "OUTSIDE_COMPETENCE", "A regional matter.");
    await t.settle();
    const before = await report();
    expect(codes(await t.query(RESCREEN, { id, admissible: true, note: "Federal." }, coordinatorOwn))).toEqual(["FORBIDDEN"]);
    refused(await t.query(RESCREEN, { id, admissible: true, note: "  " }, central), "BAD_USER_INPUT", /Say in the note why/);
    refused(await t.query(RESCREEN, { id, admissible: true, reason: "ANONYMOUS", note: "Federal." }, central), "BAD_USER_INPUT", /no inadmissibility reason/);
    refused(await t.query(RESCREEN, { id, admissible: false, note: "Federal." }, central), "BAD_USER_INPUT", /Give the reason/);
    expect((await p.read(id)).status).toBe("INADMISSIBLE");

    t.clock.set(days(START, 3));
    const note = "The Immigration Office is a federal service: the complaint is ours to handle.";
    const rescreened = ok(await t.query(RESCREEN, { id, admissible: true, note }, central)).rescreenComplaint;
    expect(rescreened).toEqual({ status: "ACKNOWLEDGED", admissibility: "ADMISSIBLE", inadmissibilityReason: null, admissibilityNote: note });
    refused(await t.query(RESCREEN, { id, admissible: true, note }, central), "CONFLICT", /no longer inadmissible/);
    await t.settle();
    const c = await p.read(id, citizenOwner);
    expect(c.timeline.map((s: { status: string }) => s.status)).toEqual(["RECEIVED", "ACKNOWLEDGED", "INADMISSIBLE", "ACKNOWLEDGED"]);
    expect(c.timeline[3]).toEqual({ status: "ACKNOWLEDGED", at: days(START, 3), note });
    const after = await report();
    expect(after.totals).toEqual({ received: before.totals.received, inadmissible: before.totals.inadmissible - 1 });
    const outside = (r: { inadmissibleByReason: { reason: string; count: number }[] }) =>
      r.inadmissibleByReason.find((x) => x.reason === "OUTSIDE_COMPETENCE")!.count;
    expect(outside(after)).toBe(outside(before) - 1);
    // Back with the first line, which now answers it.
    expect(ok(await t.query(ANSWER, { id, input: answerInput("UNFOUNDED") }, coordinatorOwn)).answerComplaint.outcome).toBe("UNFOUNDED");
  });

  it("rescreenComplaint: the inadmissibility reason changed, with a new letter giving the new reason", async () => {
    const { id } = await p.filed();
    await p.screen(id, false, "OUTSIDE_COMPETENCE", "A regional matter.");
    await t.settle();
    refused(
      await t.query(RESCREEN, { id, admissible: false, reason: "OUTSIDE_COMPETENCE", note: "Still regional." }, central),
      "CONFLICT",
      /already inadmissible for that reason/,
    );
    const note = "The complaint is about a case pending before the court.";
    const rescreened = ok(await t.query(RESCREEN, { id, admissible: false, reason: "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", note }, central)).rescreenComplaint;
    expect(rescreened).toEqual({
      status: "INADMISSIBLE",
      admissibility: "INADMISSIBLE",
      inadmissibilityReason: "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE",
      admissibilityNote: note,
    });
    await t.settle();
    const c = await p.read(id);
    expect(c.timeline[c.timeline.length - 1]).toEqual({ status: "INADMISSIBLE", at: START, note });
    const inadmissibility = (await letters(id)).filter((l) => l.kind === "INADMISSIBILITY");
    expect(inadmissibility).toHaveLength(2);
    // Both written at START: found by what they say, not by their order.
    const reasons = templates.phrasesFor(Language.NL).reason;
    expect(inadmissibility.filter((l) => l.text.includes(reasons.OUTSIDE_COMPETENCE))).toHaveLength(1);
    expect(inadmissibility.filter((l) => l.text.includes(reasons.ADMINISTRATIVE_OR_JUDICIAL_DISPUTE))).toHaveLength(1);
  });

  it("the second line has its own deadline: Escalation.overdue, and the overdue filter of escalations and escalationPage", async () => {
    const { escalationId } = await p.escalated();
    const dueAt = escalationDueAt(new Date(START), LEGAL_CALENDAR);
    const listed = async (overdue: boolean) => {
      const data = ok(await t.query(LISTS, { overdue }, central));
      for (const item of [...data.escalationPage.items, ...data.escalations]) expect(item.overdue).toBe(overdue);
      expect(data.escalationPage.totalCount).toBe(data.escalationPage.items.length);
      return { page: data.escalationPage.items.map((e: { id: string }) => e.id), list: data.escalations.map((e: { id: string }) => e.id) };
    };
    t.clock.set(dueAt.toISOString());
    expect(await listed(false)).toEqual({ page: expect.arrayContaining([escalationId]), list: expect.arrayContaining([escalationId]) });
    expect((await listed(true)).page).not.toContain(escalationId);

    t.clock.set(new Date(dueAt.getTime() + 1).toISOString());
    expect(ok(await t.query(`query($id: ID!) { escalation(id: $id) { overdue } }`, { id: escalationId }, coordinatorOwn)).escalation.overdue).toBe(true);
    expect(await listed(true)).toEqual({ page: expect.arrayContaining([escalationId]), list: expect.arrayContaining([escalationId]) });
    expect((await listed(false)).page).not.toContain(escalationId);

    expect(ok(await t.query(DECIDE, { id: escalationId, input: decisionInput("UNFOUNDED") }, central)).decideEscalation.overdue).toBe(false);
    expect((await listed(true)).page).not.toContain(escalationId);
  });

  // ------------------------------------------------------------------ §5

  it("Binnen de 30 dagen ontvangt u een gemotiveerd antwoord: at least 100 visible characters; spaces, invisible characters and combined signs do not pad it", async () => {
    const { id } = await p.admissible();
    const answer = async (text: string) => t.query(ANSWER, { id, input: { answer: text, outcome: "UNFOUNDED" } }, coordinatorOwn);
    refused(await answer("x"), "BAD_USER_INPUT", /must be reasoned: at least 100 characters .*has 1\)/);
    refused(await answer(reasonedOfLength(99)), "BAD_USER_INPUT", /has 99\)/);
    refused(await answer("r ".repeat(99) + "\n\n\t"), "BAD_USER_INPUT", /has 99\)/);
    refused(await answer("👍🏽".repeat(99) + "\u200b".repeat(20)), "BAD_USER_INPUT", /has 99\)/);
    refused(await answer("e\u0301".repeat(99)), "BAD_USER_INPUT", /has 99\)/);
    expect((await p.read(id)).firstLine).toMatchObject({ answeredAt: null, answer: null });
    const accepted = ok(await answer("e\u0301".repeat(100))).answerComplaint;
    expect(accepted).toEqual({ answer: "e\u0301".repeat(100), outcome: "UNFOUNDED", remedy: null });
  });

  it("de klachtencoördinator stelt een oplossing voor of zet de fout recht: a founded or partly founded answer needs a remedy, stored and shown", async () => {
    const { id } = await p.admissible();
    for (const outcome of ["FOUNDED", "PARTLY_FOUNDED"]) {
      refused(await t.query(ANSWER, { id, input: { answer: REASONED_ANSWER, outcome } }, coordinatorOwn), "BAD_USER_INPUT", /needs a remedy/);
      refused(await t.query(ANSWER, { id, input: { answer: REASONED_ANSWER, outcome, remedy: " \n " } }, coordinatorOwn), "BAD_USER_INPUT", /needs a remedy/);
    }
    expect((await p.read(id)).firstLine).toMatchObject({ answeredAt: null });
    const answered = ok(await t.query(ANSWER, { id, input: { answer: REASONED_ANSWER, outcome: "PARTLY_FOUNDED", remedy: ` ${REMEDY} ` } }, coordinatorOwn));
    expect(answered.answerComplaint).toEqual({ answer: REASONED_ANSWER, outcome: "PARTLY_FOUNDED", remedy: REMEDY });
    await t.settle();
    const read = ok(await t.query(`query($id: ID!) { complaint(id: $id) { firstLine { remedy } } }`, { id }, citizenOwner)).complaint;
    expect(read.firstLine.remedy).toBe(REMEDY);
    expect((await letters(id)).find((l) => l.kind === "FIRST_LINE_ANSWER")!.text).toContain(REMEDY);
  });

  it("the second line's decision is reasoned too: at least 100 visible characters, and a remedy when it finds the complaint founded", async () => {
    const { escalationId: id } = await p.escalated();
    refused(await t.query(DECIDE, { id, input: { decision: "No.", outcome: "UNFOUNDED" } }, central), "BAD_USER_INPUT", /decision must be reasoned/);
    refused(await t.query(DECIDE, { id, input: { decision: REASONED_DECISION, outcome: "FOUNDED" } }, central), "BAD_USER_INPUT", /needs a remedy/);
    const decided = ok(await t.query(DECIDE, { id, input: { decision: REASONED_DECISION, outcome: "FOUNDED", remedy: REMEDY } }, central)).decideEscalation;
    expect(decided).toEqual({ status: "DECIDED", decision: REASONED_DECISION, outcome: "FOUNDED", remedy: REMEDY, overdue: false });
  });
});
