import { FEDERAL_OMBUDSMAN } from "../subgraphs/escalation/ombudsman.types";
import type { Caller } from "../lib/auth/caller";
import { central, citizenOwner, coordinatorOther, coordinatorOwn, fileInput, otherCitizen } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import {
  ACKNOWLEDGE,
  ANSWER,
  DECIDE_ESCALATION,
  FILE,
  READ,
  REGISTER,
  REQUEST_ESCALATION,
  SCREEN,
  TRANSFER,
  WITHDRAW,
  days,
  paperInput,
  ok,
  procedure,
} from "./helpers/procedure";
import { START, codes, useTestStack, type GraphQLResult } from "./helpers/stack";
import { answerInput, decisionInput } from "./helpers/reasoned";

/** A refusal: exactly one error with this code and a message a front-end can show. */
function expectRefused(result: GraphQLResult, code: "BAD_USER_INPUT" | "CONFLICT" | "NOT_FOUND" | "FORBIDDEN", message: RegExp) {
  expect(codes(result)).toEqual([code]);
  expect(result.errors![0].message).toMatch(message);
  expect(result.errors![0].message).not.toMatch(/Argument Validation Error|SQL|QueryFailedError|at .*\.js/);
}

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

describe.each(DATABASE_KINDS)("the rules of the procedure [%s]", (kind) => {
  const t = useTestStack(kind);
  const p = procedure(t);
  beforeEach(() => t.clock.set(START));

  const myCount = async () => ok(await t.query(`{ myComplaints { id } }`, {}, citizenOwner)).myComplaints.length as number;
  const allCount = async () => ok(await t.query(`{ complaints { totalCount } }`, {}, central)).complaints.totalCount as number;

  // ------------------------------------------------------------- intake

  it("Elke persoon, onderneming of instelling ... kan een klacht indienen: complainant kind PERSON, COMPANY and INSTITUTION", async () => {
    for (const kind of ["PERSON", "COMPANY", "INSTITUTION"]) {
      const c = await p.file({ complainant: { kind, name: "Gemeente Zaventem", organisation: "Dienst burgerzaken", email: "burgerzaken@zaventem.be" } });
      expect(c.complainant).toEqual({ kind, name: "Gemeente Zaventem", email: "burgerzaken@zaventem.be", postalAddress: null });
      expect(c.status).toBe("RECEIVED");
    }
  });

  it.each(["SERVICE_OR_PRODUCT", "SERVICE_QUALITY", "OFFICIAL_CONDUCT", "APPLICATION_OF_LEGISLATION"])(
    "U kunt een klacht indienen wanneer u niet tevreden bent over ...: category %s is accepted",
    async (category) => {
      const c = await p.file({ category, language: "DE" });
      expect(c).toMatchObject({ status: "RECEIVED", admissibility: "PENDING" });
    },
  );

  it("anonieme klachten worden niet aanvaard: online, a name plus an e-mail or a postal address is required", async () => {
    const before = await myCount();
    expectRefused(
      await t.query(FILE, { input: fileInput({ complainant: { kind: "PERSON", name: "An Peeters" } }) }, citizenOwner),
      "BAD_USER_INPUT",
      /e-mail address or a postal address/,
    );
    expectRefused(
      await t.query(FILE, { input: fileInput({ complainant: { kind: "PERSON", name: "An", email: "  ", postalAddress: " " } }) }, citizenOwner),
      "BAD_USER_INPUT",
      /postal/,
    );
    expectRefused(
      await t.query(FILE, { input: fileInput({ complainant: { kind: "PERSON", name: "   ", email: "an@example.be" } }) }, citizenOwner),
      "BAD_USER_INPUT",
      /name must not be empty/,
    );
    expect(await myCount()).toBe(before);

    const byPost = await p.file({ complainant: { kind: "PERSON", name: "An Peeters", postalAddress: "Kerkstraat 1, 9000 Gent" } });
    expect(byPost.complainant).toEqual({ kind: "PERSON", name: "An Peeters", email: null, postalAddress: "Kerkstraat 1, 9000 Gent" });
    const byMail = await p.file({ complainant: { kind: "PERSON", name: "An Peeters", email: "An@Example.be" } });
    expect(byMail.complainant.email).toBe("an@example.be");
    expect(await myCount()).toBe(before + 2);
  });

  it("anonieme klachten worden niet aanvaard: a paper complaint registered without complainant is INADMISSIBLE with reason ANONYMOUS", async () => {
    const c = await p.register(paperInput({ complainant: null }));
    expect(c).toMatchObject({ status: "INADMISSIBLE", admissibility: "INADMISSIBLE", inadmissibilityReason: "ANONYMOUS", complainant: null });
    await t.settle();
    expectRefused(await t.query(ACKNOWLEDGE, { id: c.id }, coordinatorOwn), "CONFLICT", /inadmissible/);
  });

  it("ofwel via post of fax: registerComplaint keeps the real date of receipt and counts the deadlines from it", async () => {
    // Art. 1.7 Civil Code: from the day after receipt, until the end of the due day in Brussels, past weekends.
    for (const [channel, receivedAt, acknowledgementDueAt, answerDueAt] of [
      ["POST", days(START, -5), "2026-03-04T22:59:59.999Z", "2026-03-27T22:59:59.999Z"], // Wednesday 25 February: Wednesday 4 March, Friday 27 March
      ["FAX", days(START, -1), "2026-03-09T22:59:59.999Z", "2026-03-31T21:59:59.999Z"], // Sunday 1 March: Sunday 8 → Monday 9 March, Tuesday 31 March (CEST)
      ["EMAIL", days(START, -10), "2026-02-27T22:59:59.999Z", "2026-03-23T22:59:59.999Z"], // Friday 20 February: Friday 27 February, Sunday 22 → Monday 23 March
    ] as const) {
      const c = await p.register(paperInput({ channel, receivedAt }));
      expect(c).toMatchObject({
        channel,
        status: "RECEIVED",
        admissibility: "PENDING",
        receivedAt,
        acknowledgementDueAt,
        answerDueAt,
        timeline: [{ status: "RECEIVED", at: receivedAt, note: null }],
      });
    }
    // Central service registers for any directorate.
    const ict = ok(await t.query(REGISTER, { input: paperInput({ directorate: "ICT", receivedAt: days(START, -10) }) }, central)).registerComplaint;
    expect(ict.directorate.code).toBe("ICT");
    await t.settle();
    // The first line counts from the postmark too: received Friday 20 February, its week ended with Friday 27 February.
    expect((await p.read(ict.id)).firstLine).toMatchObject({ acknowledgementOverdue: true, answerOverdue: false });
  });

  it("registerComplaint is for the coordinator of that directorate or the central service, and for post, fax or e-mail only", async () => {
    const before = await allCount();
    expectRefused(await t.query(REGISTER, { input: paperInput() }, coordinatorOther), "FORBIDDEN", /own directorate/);
    expect(codes(await t.query(REGISTER, { input: paperInput() }, citizenOwner))).toEqual(["FORBIDDEN"]);
    expectRefused(await t.query(REGISTER, { input: paperInput({ channel: "ONLINE_FORM" }) }, coordinatorOwn), "BAD_USER_INPUT", /Online complaints/);
    expectRefused(await t.query(REGISTER, { input: paperInput({ receivedAt: days(START, 1) }) }, coordinatorOwn), "BAD_USER_INPUT", /future/);
    expectRefused(await t.query(REGISTER, { input: paperInput({ description: " " }) }, coordinatorOwn), "BAD_USER_INPUT", /description must not be empty/);
    expectRefused(
      await t.query(REGISTER, { input: paperInput({ complainant: { kind: "PERSON", name: "X", email: "x@" } }) }, coordinatorOwn),
      "BAD_USER_INPUT",
      /email must be an e-mail address/,
    );
    expect(await allCount()).toBe(before);
  });

  it("references are IBZ-<year>-<6 digits>, unique and consecutive per year", async () => {
    const a = await p.file();
    const b = await p.register(paperInput());
    expect(a.reference).toMatch(/^IBZ-2026-\d{6}$/);
    expect(Number(b.reference.slice(-6))).toBe(Number(a.reference.slice(-6)) + 1);
    t.clock.set("2027-01-04T08:00:00.000Z");
    const c = await p.file();
    expect(c.reference).toBe("IBZ-2027-000001");
    expect(
      ok(await t.query(`query($r: String!) { complaintByReference(reference: $r) { id } }`, { r: a.reference }, citizenOwner)).complaintByReference,
    ).toEqual({ id: a.id });
  });

  it("screenComplaint: ADMISSIBLE, or INADMISSIBLE with one of the four reasons; the reason is required", async () => {
    const { id } = await p.file();
    expectRefused(await t.query(SCREEN, { id, admissible: false }, coordinatorOwn), "BAD_USER_INPUT", /reason/);
    expectRefused(
      await t.query(SCREEN, { id, admissible: true, reason: "OUTSIDE_COMPETENCE" }, coordinatorOwn),
      "BAD_USER_INPUT",
      /admissible complaint has no inadmissibility reason/,
    );
    expectRefused(await t.query(SCREEN, { id, admissible: false, reason: "DECISION_WITH_APPEAL_ROUTE" }, coordinatorOwn), "BAD_USER_INPUT", /appeal route/);
    expectRefused(
      await t.query(SCREEN, { id, admissible: false, reason: "OUTSIDE_COMPETENCE", note: "x".repeat(2001) }, coordinatorOwn),
      "BAD_USER_INPUT",
      /note must be shorter than or equal to 2000 characters/,
    );
    expectRefused(await t.query(SCREEN, { id, admissible: true }, coordinatorOther), "NOT_FOUND", /No complaint/);
    expect(codes(await t.query(SCREEN, { id, admissible: true }, citizenOwner))).toEqual(["FORBIDDEN"]);
    expectRefused(await t.query(SCREEN, { id: UNKNOWN_ID, admissible: true }, coordinatorOwn), "NOT_FOUND", /No complaint/);
    expect(await p.read(id)).toMatchObject({ admissibility: "PENDING", inadmissibilityReason: null, admissibilityNote: null, status: "RECEIVED" });

    expect(await p.screen(id, true, undefined, undefined, central)).toMatchObject({ admissibility: "ADMISSIBLE", status: "RECEIVED" });
    expectRefused(await t.query(SCREEN, { id, admissible: false, reason: "ANONYMOUS" }, coordinatorOwn), "CONFLICT", /already been screened/);
    expect(await p.read(id)).toMatchObject({ admissibility: "ADMISSIBLE", inadmissibilityReason: null });
  });

  it("transferComplaint keeps the receipt date and deadlines; the new directorate's coordinator sees it, the old one gets NOT_FOUND (CONFLICT from the first line)", async () => {
    const filed = await p.file();
    const id = filed.id;
    await t.settle();
    t.clock.set(days(START, 2));
    const moved = ok(await t.query(TRANSFER, { id, to: "ICT", note: "Concerns the online appointment tool" }, coordinatorOwn)).transferComplaint;
    expect(moved).toMatchObject({
      directorate: { code: "ICT" },
      status: "RECEIVED",
      receivedAt: filed.receivedAt,
      acknowledgementDueAt: filed.acknowledgementDueAt,
      answerDueAt: filed.answerDueAt,
    });
    expect(moved.timeline).toEqual([
      { status: "RECEIVED", at: START, note: null },
      {
        status: "RECEIVED",
        at: days(START, 2),
        note: "Overgedragen van Algemene Directie Dienst Vreemdelingenzaken aan Stafdienst ICT: Concerns the online appointment tool",
      },
    ]);
    await t.settle();

    expectRefused(await t.query(READ, { id }, coordinatorOwn), "NOT_FOUND", /No complaint/);
    // The first line tells the coordinators it was transferred away from that it left their hands (issue 13 §2), rather than that it does not exist.
    expectRefused(await t.query(ACKNOWLEDGE, { id }, coordinatorOwn), "CONFLICT", /no longer in your directorate's hands/);
    expectRefused(await t.query(SCREEN, { id, admissible: true }, coordinatorOwn), "NOT_FOUND", /No complaint/);
    expectRefused(await t.query(TRANSFER, { id, to: "CRISIS_CENTRE", note: "back" }, coordinatorOwn), "NOT_FOUND", /No complaint/);
    const ownList = ok(await t.query(`{ complaints(first: 100) { items { id } } }`, {}, coordinatorOwn)).complaints.items.map((c: { id: string }) => c.id);
    expect(ownList).not.toContain(id);

    const seen = ok(await t.query(READ, { id }, coordinatorOther)).complaint;
    expect(seen).toMatchObject({ id, receivedAt: START, directorate: { code: "ICT" } });
    const otherList = ok(await t.query(`{ complaints(first: 100) { items { id } } }`, {}, coordinatorOther)).complaints.items.map((c: { id: string }) => c.id);
    expect(otherList).toContain(id);
    // The deadline still counts from the original receipt.
    t.clock.set(days(START, 8));
    expect(ok(await t.query(READ, { id }, coordinatorOther)).complaint.firstLine).toMatchObject({ acknowledgementOverdue: true });
    expect((await p.acknowledge(id, coordinatorOther)).acknowledgedAt).toBe(days(START, 8));
  });

  it("transferComplaint refuses an unknown complaint, a blank or oversized note, the same directorate and a complaint already answered", async () => {
    const { id } = await p.admissible();
    expectRefused(await t.query(TRANSFER, { id: UNKNOWN_ID, to: "ICT", note: "x" }, coordinatorOwn), "NOT_FOUND", /No complaint/);
    expectRefused(await t.query(TRANSFER, { id, to: "ICT", note: "  " }, coordinatorOwn), "BAD_USER_INPUT", /why/);
    expectRefused(
      await t.query(TRANSFER, { id, to: "ICT", note: "x".repeat(2001) }, coordinatorOwn),
      "BAD_USER_INPUT",
      /note must be shorter than or equal to 2000 characters/,
    );
    expectRefused(await t.query(TRANSFER, { id, to: "IMMIGRATION_OFFICE", note: "stay" }, coordinatorOwn), "CONFLICT", /already with that directorate/);
    await p.answer(id);
    await t.settle();
    expectRefused(await t.query(TRANSFER, { id, to: "ICT", note: "too late" }, coordinatorOwn), "CONFLICT", /complaint that is answered cannot be transferred/);
    const c = await p.read(id);
    expect(c.directorate.code).toBe("IMMIGRATION_OFFICE");
    expect(c.timeline.map((s: { status: string }) => s.status)).toEqual(["RECEIVED", "ACKNOWLEDGED", "ANSWERED"]);
  });

  it("withdrawComplaint: by the complainant only, while the complaint is not answered", async () => {
    const { id } = await p.file();
    await t.settle();
    expectRefused(await t.query(WITHDRAW, { id }, otherCitizen), "NOT_FOUND", /No complaint/);
    expect(codes(await t.query(WITHDRAW, { id }, coordinatorOwn))).toEqual(["FORBIDDEN"]);
    expectRefused(await t.query(WITHDRAW, { id: UNKNOWN_ID }, citizenOwner), "NOT_FOUND", /No complaint/);
    expect((await p.read(id)).status).toBe("RECEIVED");

    t.clock.set(days(START, 3));
    const w = ok(await t.query(WITHDRAW, { id }, citizenOwner)).withdrawComplaint;
    expect(w.status).toBe("WITHDRAWN");
    expect(w.timeline).toEqual([
      { status: "RECEIVED", at: START, note: null },
      { status: "WITHDRAWN", at: days(START, 3), note: null },
    ]);
    expectRefused(await t.query(WITHDRAW, { id }, citizenOwner), "CONFLICT", /complaint that is withdrawn can no longer be withdrawn/);
    await t.settle();
    // The first line stops: nothing to acknowledge or answer, no overdue flags.
    expectRefused(await t.query(ACKNOWLEDGE, { id }, coordinatorOwn), "CONFLICT", /withdrawn/);
    t.clock.set(days(START, 40));
    expect((await p.read(id)).firstLine).toMatchObject({ acknowledgedAt: null, acknowledgementOverdue: false, answerOverdue: false });

    t.clock.set(START);
    const answered = await p.admissible();
    await p.answer(answered.id);
    await t.settle();
    expectRefused(await t.query(WITHDRAW, { id: answered.id }, citizenOwner), "CONFLICT", /complaint that is answered can no longer be withdrawn/);
    expect((await p.read(answered.id)).status).toBe("ANSWERED");
  });

  it("fileComplaint refuses empty or oversized text and a bad e-mail address, and stores nothing", async () => {
    const before = await myCount();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ subject: "   " }, /subject must not be empty/],
      [{ subject: "s".repeat(201) }, /subject must be shorter than or equal to 200/],
      [{ description: "" }, /description must not be empty/],
      [{ description: "d".repeat(20_001) }, /description must be shorter than or equal to 20000/],
      [{ desiredOutcome: "o".repeat(5_001) }, /desiredOutcome must be shorter/],
      [{ appealRoute: "r".repeat(1_001), concernsDecisionWithAppealRoute: true }, /appealRoute must be shorter/],
      [{ complainant: { kind: "PERSON", name: "An", email: "not-an-email" } }, /complainant\.email must be an e-mail address/],
      [{ complainant: { kind: "PERSON", name: "n".repeat(201), email: "an@example.be" } }, /complainant\.name must be shorter/],
      [{ complainant: { kind: "PERSON", name: "An", email: "an@example.be", phone: "call me" } }, /phone must be a phone number/],
    ];
    for (const [overrides, message] of cases) expectRefused(await t.query(FILE, { input: fileInput(overrides) }, citizenOwner), "BAD_USER_INPUT", message);
    expect(await myCount()).toBe(before);
    expect(codes(await t.query(FILE, { input: fileInput() }, coordinatorOwn))).toEqual(["FORBIDDEN"]);
  });

  // ------------------------------------------------------ first line

  it("U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst: acknowledgement is possible before screening", async () => {
    const { id } = await p.file();
    await t.settle();
    t.clock.set(days(START, 2));
    expect(await p.acknowledge(id)).toMatchObject({ acknowledgedAt: days(START, 2), acknowledgementOverdue: false });
    await t.settle();
    expect(await p.read(id)).toMatchObject({ status: "ACKNOWLEDGED", admissibility: "PENDING" });
    expectRefused(await t.query(ACKNOWLEDGE, { id }, coordinatorOwn), "CONFLICT", /already been acknowledged/);
    // Screening afterwards still works, and inadmissible after acknowledgement ends the procedure.
    const s = await p.screen(id, false, "OUTSIDE_COMPETENCE", "A municipal matter.");
    expect(s.status).toBe("INADMISSIBLE");
  });

  it("U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst: not for an inadmissible or withdrawn complaint", async () => {
    const inadmissible = await p.file();
    const withdrawn = await p.file();
    await t.settle();
    await p.screen(inadmissible.id, false, "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", "Pending in court.");
    ok(await t.query(WITHDRAW, { id: withdrawn.id }, citizenOwner));
    await t.settle();
    expectRefused(await t.query(ACKNOWLEDGE, { id: inadmissible.id }, coordinatorOwn), "CONFLICT", /inadmissible complaint is not acknowledged/);
    expectRefused(await t.query(ACKNOWLEDGE, { id: withdrawn.id }, coordinatorOwn), "CONFLICT", /withdrawn/);
    for (const id of [inadmissible.id, withdrawn.id]) expect((await p.read(id)).firstLine.acknowledgedAt).toBeNull();
  });

  it("U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst: only the coordinator of the complaint's directorate acknowledges", async () => {
    const { id } = await p.file();
    await t.settle();
    expectRefused(await t.query(ACKNOWLEDGE, { id }, coordinatorOther), "NOT_FOUND", /No complaint/);
    expectRefused(await t.query(ACKNOWLEDGE, { id: UNKNOWN_ID }, coordinatorOwn), "NOT_FOUND", /No complaint/);
    expect(codes(await t.query(ACKNOWLEDGE, { id }, central))).toEqual(["FORBIDDEN"]);
    expect(codes(await t.query(ACKNOWLEDGE, { id }, citizenOwner))).toEqual(["FORBIDDEN"]);
    expect((await p.read(id)).firstLine.acknowledgedAt).toBeNull();
  });

  it("Binnen de 30 dagen ontvangt u een gemotiveerd antwoord: only for a complaint screened admissible", async () => {
    const pending = await p.file();
    const inadmissible = await p.file();
    await t.settle();
    await p.screen(inadmissible.id, false, "OUTSIDE_COMPETENCE", "Regional matter.");
    await t.settle();
    const input = answerInput("UNFOUNDED");
    expectRefused(await t.query(ANSWER, { id: pending.id, input }, coordinatorOwn), "CONFLICT", /screened as admissible/);
    expectRefused(await t.query(ANSWER, { id: inadmissible.id, input }, coordinatorOwn), "CONFLICT", /screened as admissible/);
    for (const id of [pending.id, inadmissible.id]) expect((await p.read(id)).firstLine).toMatchObject({ answeredAt: null, answer: null, outcome: null });
  });

  it("Binnen de 30 dagen ontvangt u een gemotiveerd antwoord: the answer acknowledges too when that was not done", async () => {
    const { id } = await p.admissible();
    t.clock.set(days(START, 5));
    expect(await p.answer(id, "NO_JUDGEMENT")).toMatchObject({ acknowledgedAt: days(START, 5), answeredAt: days(START, 5), outcome: "NO_JUDGEMENT" });
    await t.settle();
    const c = await p.read(id);
    expect(c.status).toBe("ANSWERED");
    expect(c.timeline).toEqual([
      { status: "RECEIVED", at: START, note: null },
      { status: "ACKNOWLEDGED", at: days(START, 5), note: null },
      { status: "ANSWERED", at: days(START, 5), note: null },
    ]);
  });

  it("Binnen de 30 dagen ontvangt u een gemotiveerd antwoord: one reasoned answer with an outcome; empty, oversized or repeated answers are refused", async () => {
    const { id } = await p.admissible();
    expectRefused(await t.query(ANSWER, { id, input: { answer: " ", outcome: "FOUNDED" } }, coordinatorOwn), "BAD_USER_INPUT", /answer must not be empty/);
    expectRefused(
      await t.query(ANSWER, { id, input: { answer: "a".repeat(20_001), outcome: "FOUNDED" } }, coordinatorOwn),
      "BAD_USER_INPUT",
      /answer must be shorter than or equal to 20000/,
    );
    expectRefused(await t.query(ANSWER, { id: UNKNOWN_ID, input: answerInput("FOUNDED") }, coordinatorOwn), "NOT_FOUND", /No complaint/);
    expectRefused(await t.query(ANSWER, { id, input: answerInput("FOUNDED") }, coordinatorOther), "NOT_FOUND", /No complaint/);
    expect((await p.read(id)).firstLine).toMatchObject({ acknowledgedAt: null, answeredAt: null, answer: null });

    await p.answer(id, "FOUNDED");
    expectRefused(await t.query(ANSWER, { id, input: answerInput("UNFOUNDED") }, coordinatorOwn), "CONFLICT", /already been answered/);
    expect((await p.read(id)).firstLine).toMatchObject({ outcome: "FOUNDED", answer: expect.stringContaining("misrouted") });
  });

  // ------------------------------------------------------ second line

  it("Als u geen voldoening krijgt bij de betrokken dienst, kan u zich richten tot de Centrale Klachtendienst: only once answered, or once the answer is overdue", async () => {
    const { id } = await p.admissible();
    t.clock.set(days(START, 30));
    expectRefused(
      await t.query(REQUEST_ESCALATION, { id, reason: "Still nothing." }, citizenOwner),
      "CONFLICT",
      /once you have the answer, or when it is late/,
    );
    expect((await p.read(id)).escalation).toBeNull();

    t.clock.set(days(START, 31));
    const e = await p.requestEscalation(id, "No answer after a month.");
    // Art. 1.7 Civil Code: Thursday 2 April + 30 = Saturday 2 May → Monday 4 May, until its end in Brussels.
    expect(e).toMatchObject({ status: "REQUESTED", requestedAt: days(START, 31), dueAt: "2026-05-04T21:59:59.999Z" });
    await t.settle();
    const c = await p.read(id, citizenOwner);
    expect(c.status).toBe("ESCALATED");
    expect(c.timeline.map((s: { status: string }) => s.status)).toEqual(["RECEIVED", "ESCALATED"]);
    // No final answer yet: no Ombudsman referral.
    expect(c.ombudsman).toBeNull();
  });

  it("Als u geen voldoening krijgt bij de betrokken dienst ...: not for a withdrawn complaint; for an inadmissible one, a review of that decision (issue 15 §2)", async () => {
    const inadmissible = await p.file();
    const withdrawn = await p.file();
    await t.settle();
    await p.screen(inadmissible.id, false, "OUTSIDE_COMPETENCE", "Not the FOD.");
    ok(await t.query(WITHDRAW, { id: withdrawn.id }, citizenOwner));
    await t.settle();
    t.clock.set(days(START, 40));
    const review = ok(await t.query(REQUEST_ESCALATION, { id: inadmissible.id, reason: "Why?" }, citizenOwner)).requestEscalation;
    expectRefused(await t.query(REQUEST_ESCALATION, { id: withdrawn.id, reason: "Why?" }, citizenOwner), "CONFLICT", /withdrawn complaint cannot be escalated/);
    expect((await p.read(withdrawn.id)).escalation).toBeNull();
    await t.settle();
    expect(await p.read(inadmissible.id)).toMatchObject({ status: "INADMISSIBLE", escalation: { id: review.id, status: "REQUESTED" } });
  });

  it("Als u geen voldoening krijgt bij de betrokken dienst ...: by the complainant, once per complaint, with a reason", async () => {
    const { id } = await p.admissible();
    await p.answer(id);
    await t.settle();
    expectRefused(await t.query(REQUEST_ESCALATION, { id, reason: "Not mine." }, otherCitizen), "NOT_FOUND", /No complaint/);
    expect(codes(await t.query(REQUEST_ESCALATION, { id, reason: "Coordinator." }, coordinatorOwn))).toEqual(["FORBIDDEN"]);
    expectRefused(await t.query(REQUEST_ESCALATION, { id: UNKNOWN_ID, reason: "Unknown." }, citizenOwner), "NOT_FOUND", /No complaint/);
    expectRefused(await t.query(REQUEST_ESCALATION, { id, reason: "   " }, citizenOwner), "BAD_USER_INPUT", /Say why/);
    expectRefused(
      await t.query(REQUEST_ESCALATION, { id, reason: "r".repeat(5_001) }, citizenOwner),
      "BAD_USER_INPUT",
      /reason must be shorter than or equal to 5000 characters/,
    );
    expect((await p.read(id)).escalation).toBeNull();

    const first = await p.requestEscalation(id, "The answer is incomplete.");
    expectRefused(await t.query(REQUEST_ESCALATION, { id, reason: "Again." }, citizenOwner), "CONFLICT", /already been escalated/);
    await t.settle();
    const c = await p.read(id);
    expect(c.escalation).toMatchObject({ id: first.id, reason: "The answer is incomplete.", status: "REQUESTED" });
    const [{ n }] = await t.stack.subgraphs.escalation.dataSource.query("SELECT COUNT(*) AS n FROM escalation WHERE complaintId = ?", [id]);
    expect(Number(n)).toBe(1);
  });

  it("de Centrale Klachtendienst beslist: decideEscalation by the central service closes the complaint, once", async () => {
    const { id } = await p.admissible();
    await p.answer(id);
    await t.settle();
    const e = await p.requestEscalation(id);
    await t.settle();
    const decision = decisionInput("FOUNDED");
    expect(codes(await t.query(DECIDE_ESCALATION, { id: e.id, input: decision }, coordinatorOwn))).toEqual(["FORBIDDEN"]);
    expect(codes(await t.query(DECIDE_ESCALATION, { id: e.id, input: decision }, citizenOwner))).toEqual(["FORBIDDEN"]);
    expectRefused(await t.query(DECIDE_ESCALATION, { id: UNKNOWN_ID, input: decision }, central), "NOT_FOUND", /No escalation/);
    expectRefused(
      await t.query(DECIDE_ESCALATION, { id: e.id, input: { ...decision, decision: "" } }, central),
      "BAD_USER_INPUT",
      /decision must not be empty/,
    );
    expectRefused(
      await t.query(DECIDE_ESCALATION, { id: e.id, input: { ...decision, decision: "d".repeat(20_001) } }, central),
      "BAD_USER_INPUT",
      /decision must be shorter/,
    );
    expect((await p.read(id)).escalation).toMatchObject({ status: "REQUESTED", decision: null, decidedAt: null });

    t.clock.set(days(START, 20));
    const decided = ok(await t.query(DECIDE_ESCALATION, { id: e.id, input: decision }, central)).decideEscalation;
    expect(decided).toMatchObject({ status: "DECIDED", decidedAt: days(START, 20), decision: decision.decision, outcome: "FOUNDED" });
    expectRefused(await t.query(DECIDE_ESCALATION, { id: e.id, input: { ...decision, outcome: "UNFOUNDED" } }, central), "CONFLICT", /already been decided/);
    await t.settle();
    const c = await p.read(id, citizenOwner);
    expect(c.status).toBe("CLOSED");
    expect(c.timeline[c.timeline.length - 1]).toEqual({ status: "CLOSED", at: days(START, 20), note: null });
    expect(c.escalation).toMatchObject({ outcome: "FOUNDED" });
  });

  it("Toch nog geen oplossing? ... kan u altijd terecht bij de federale Ombudsman: shown once a final answer exists, also when that is the escalation decision", async () => {
    const { id } = await p.admissible();
    t.clock.set(days(START, 31));
    const e = await p.requestEscalation(id, "No answer at all.");
    await t.settle();
    expect((await p.read(id, citizenOwner)).ombudsman).toBeNull();
    await p.decide(e.id, "FOUNDED");
    await t.settle();
    const c = await p.read(id, citizenOwner);
    expect(c.status).toBe("CLOSED");
    expect(c.ombudsman).toEqual(FEDERAL_OMBUDSMAN);
  });
});

describe.each(DATABASE_KINDS)("complaints(filter, first, after) [%s]", (kind) => {
  const t = useTestStack(kind);
  const p = procedure(t);
  const ids: Record<string, string> = {};
  const LIST = `query($filter: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $filter, first: $first, after: $after) { totalCount nextCursor items { id } } }`;
  const list = async (as: Caller, filter?: Record<string, unknown>, first?: number, after?: string) => {
    const page = ok(await t.query(LIST, { filter, first, after }, as)).complaints;
    return { ...page, ids: page.items.map((c: { id: string }) => c.id) as string[] };
  };
  const named = (...keys: string[]) => keys.map((k) => ids[k]);

  beforeAll(async () => {
    // a: acknowledged; b: pending; c: paper, received 20 days before START, admissible, untouched;
    // d: ICT; e: screened inadmissible on the day it came in; f: answered. Received a..f at START+0..4 days, c earlier.
    t.clock.set(START);
    ids.a = (await p.admissible()).id;
    await p.acknowledge(ids.a);
    t.clock.set(days(START, 1));
    ids.b = (await p.file()).id;
    ids.c = (await p.register(paperInput({ receivedAt: days(START, -19) }))).id;
    await t.settle();
    await p.screen(ids.c, true);
    t.clock.set(days(START, 2));
    ids.d = (await p.file({ directorate: "ICT" })).id;
    t.clock.set(days(START, 3));
    ids.e = (await p.file({ concernsDecisionWithAppealRoute: true })).id;
    await p.screen(ids.e, false, "DECISION_WITH_APPEAL_ROUTE", "Raad voor Vreemdelingenbetwistingen");
    t.clock.set(days(START, 4));
    ids.f = (await p.admissible()).id;
    await p.answer(ids.f);
    await t.settle();
    t.clock.set(days(START, 12));
  });

  it("newest first by receipt; central sees all, a coordinator only the own directorate", async () => {
    expect(await list(central)).toMatchObject({ totalCount: 6, ids: named("f", "e", "d", "b", "a", "c"), nextCursor: null });
    expect(await list(coordinatorOwn)).toMatchObject({ totalCount: 5, ids: named("f", "e", "b", "a", "c") });
    expect(await list(coordinatorOther)).toMatchObject({ totalCount: 1, ids: named("d") });
    expect(codes(await t.query(LIST, {}, citizenOwner))).toEqual(["FORBIDDEN"]);
  });

  it("filter by directorate, and a coordinator's filter never widens the own scope", async () => {
    expect(await list(central, { directorate: "ICT" })).toMatchObject({ totalCount: 1, ids: named("d") });
    expect(await list(central, { directorate: "IMMIGRATION_OFFICE" })).toMatchObject({ totalCount: 5 });
    expect(await list(coordinatorOwn, { directorate: "ICT" })).toMatchObject({ totalCount: 0, ids: [], nextCursor: null });
  });

  it("filter by status", async () => {
    expect(await list(central, { status: ["RECEIVED"] })).toMatchObject({ totalCount: 3, ids: named("d", "b", "c") });
    expect(await list(central, { status: ["INADMISSIBLE", "ANSWERED"] })).toMatchObject({ totalCount: 2, ids: named("f", "e") });
    expect(await list(coordinatorOwn, { status: ["ACKNOWLEDGED"] })).toMatchObject({ totalCount: 1, ids: named("a") });
  });

  it("U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst: filter acknowledgementOverdue (open, not inadmissible, not acknowledged, more than 7 days)", async () => {
    expect(await list(central, { acknowledgementOverdue: true })).toMatchObject({ totalCount: 3, ids: named("d", "b", "c") });
    expect(await list(coordinatorOwn, { acknowledgementOverdue: true })).toMatchObject({ totalCount: 2, ids: named("b", "c") });
    expect(await list(coordinatorOwn, { acknowledgementOverdue: false })).toMatchObject({ totalCount: 3, ids: named("f", "e", "a") });
  });

  it("Binnen de 30 dagen ontvangt u een gemotiveerd antwoord: filter answerOverdue", async () => {
    expect(await list(central, { answerOverdue: true })).toMatchObject({ totalCount: 1, ids: named("c") });
    expect(await list(central, { answerOverdue: false })).toMatchObject({ totalCount: 5 });
    // The flag on the list agrees with firstLine.
    const c = ok(await t.query(READ, { id: ids.c }, central)).complaint;
    expect(c.firstLine).toMatchObject({ acknowledgementOverdue: true, answerOverdue: true });
  });

  it("filter by receivedFrom (inclusive) and receivedTo (exclusive), combinable", async () => {
    expect(await list(central, { receivedFrom: START, receivedTo: days(START, 2) })).toMatchObject({ totalCount: 2, ids: named("b", "a") });
    expect(await list(central, { receivedTo: START })).toMatchObject({ totalCount: 1, ids: named("c") });
    expect(await list(central, { receivedFrom: days(START, 3) })).toMatchObject({ totalCount: 2, ids: named("f", "e") });
    expect(await list(coordinatorOwn, { receivedFrom: START, status: ["RECEIVED", "ACKNOWLEDGED"], acknowledgementOverdue: true })).toMatchObject({
      totalCount: 1,
      ids: named("b"),
    });
  });

  it("cursor pagination: pages of `first`, nextCursor until the last page, totalCount on every page", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    const sizes: number[] = [];
    for (;;) {
      const page = await list(central, undefined, 2, after);
      expect(page.totalCount).toBe(6);
      sizes.push(page.ids.length);
      seen.push(...page.ids);
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(sizes).toEqual([2, 2, 2]);
    expect(seen).toEqual(named("f", "e", "d", "b", "a", "c"));

    const first = await list(coordinatorOwn, { status: ["RECEIVED"] }, 1);
    expect(first).toMatchObject({ totalCount: 2, ids: named("b") });
    const second = await list(coordinatorOwn, { status: ["RECEIVED"] }, 1, first.nextCursor);
    expect(second).toMatchObject({ totalCount: 2, ids: named("c"), nextCursor: null });
  });

  it("complaints refuses a cursor it did not hand out and a non-positive page size", async () => {
    expectRefused(await t.query(LIST, { after: "not-a-cursor" }, central), "BAD_USER_INPUT", /cursor/);
    expectRefused(await t.query(LIST, { first: 0 }, central), "BAD_USER_INPUT", /first must be a positive number/);
  });
});
