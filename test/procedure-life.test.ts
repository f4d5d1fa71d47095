import { FEDERAL_OMBUDSMAN } from "../subgraphs/escalation/ombudsman.types";
import { central, citizenOwner, coordinatorOwn } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ANSWER_TEXT, READ, SCREEN, days, ok, procedure, seedText } from "./helpers/procedure";
import { START, codes, useTestStack } from "./helpers/stack";

describe.each(DATABASE_KINDS)("the life of a complaint through the gateway [%s]", (kind) => {
  const t = useTestStack(kind);
  const p = procedure(t);

  it("file → acknowledge → screen admissible → answer → requestEscalation → decideEscalation: status, timeline, deadlines, ombudsman at each step", async () => {
    const t0 = "2026-03-02T09:00:00.000Z";
    t.clock.set(t0);
    const filed = await p.file();
    expect(filed).toMatchObject({
      status: "RECEIVED",
      channel: "ONLINE_FORM",
      admissibility: "PENDING",
      receivedAt: t0,
      // Art. 1.7 Civil Code: Monday 2 March + 7 and + 30 days, each until its end in Brussels (CET, then CEST).
      acknowledgementDueAt: "2026-03-09T22:59:59.999Z",
      answerDueAt: "2026-04-01T21:59:59.999Z",
      timeline: [{ status: "RECEIVED", at: t0, note: null }],
      escalation: null,
      ombudsman: null,
    });
    expect(filed.reference).toMatch(/^IBZ-2026-\d{6}$/);
    const id: string = filed.id;

    await t.settle();
    let c = await p.read(id, citizenOwner);
    expect(c.firstLine).toEqual({ acknowledgedAt: null, answeredAt: null, answer: null, outcome: null, acknowledgementOverdue: false, answerOverdue: false });
    expect(c.ombudsman).toBeNull();

    // Acknowledged the next day, before screening.
    const t1 = days(t0, 1);
    t.clock.set(t1);
    expect(await p.acknowledge(id)).toMatchObject({ acknowledgedAt: t1, answeredAt: null, acknowledgementOverdue: false });
    await t.settle();
    c = await p.read(id, citizenOwner);
    expect(c.status).toBe("ACKNOWLEDGED");
    expect(c.timeline).toEqual([
      { status: "RECEIVED", at: t0, note: null },
      { status: "ACKNOWLEDGED", at: t1, note: null },
    ]);
    expect(c.firstLine.acknowledgedAt).toBe(t1);
    expect(c.ombudsman).toBeNull();

    const t2 = days(t0, 2);
    t.clock.set(t2);
    const screened = await p.screen(id, true);
    expect(screened).toMatchObject({ admissibility: "ADMISSIBLE", inadmissibilityReason: null, status: "ACKNOWLEDGED" });
    expect(screened.timeline.map((s: { status: string }) => s.status)).toEqual(["RECEIVED", "ACKNOWLEDGED"]);
    await t.settle();
    expect((await p.read(id, citizenOwner)).ombudsman).toBeNull();

    // Answered on day 12, well within the 30 days.
    const t3 = days(t0, 12);
    t.clock.set(t3);
    expect(await p.answer(id, "FOUNDED")).toEqual({
      acknowledgedAt: t1,
      answeredAt: t3,
      answer: ANSWER_TEXT,
      outcome: "FOUNDED",
      acknowledgementOverdue: false,
      answerOverdue: false,
    });
    await t.settle();
    c = await p.read(id, citizenOwner);
    expect(c.status).toBe("ANSWERED");
    expect(c.timeline).toEqual([
      { status: "RECEIVED", at: t0, note: null },
      { status: "ACKNOWLEDGED", at: t1, note: null },
      { status: "ANSWERED", at: t3, note: null },
    ]);
    // Deadlines never move.
    expect(c.acknowledgementDueAt).toBe("2026-03-09T22:59:59.999Z");
    expect(c.answerDueAt).toBe("2026-04-01T21:59:59.999Z");
    expect(c.ombudsman).toEqual(FEDERAL_OMBUDSMAN);
    expect(c.escalation).toBeNull();

    const t4 = days(t0, 14);
    t.clock.set(t4);
    const requested = await p.requestEscalation(id, "The answer does not say when my file will be handled.");
    expect(requested).toMatchObject({
      status: "REQUESTED",
      requestedAt: t4,
      dueAt: "2026-04-15T21:59:59.999Z", // Monday 16 March + 30 days: Wednesday 15 April, until its end (CEST)
      decidedAt: null,
      decision: null,
      outcome: null,
      reason: "The answer does not say when my file will be handled.",
      complaint: { id },
    });
    await t.settle();
    c = await p.read(id, citizenOwner);
    expect(c.status).toBe("ESCALATED");
    expect(c.timeline.slice(3)).toEqual([{ status: "ESCALATED", at: t4, note: null }]);
    expect(c.escalation).toMatchObject({ id: requested.id, status: "REQUESTED", dueAt: "2026-04-15T21:59:59.999Z" });

    const t5 = days(t0, 20);
    t.clock.set(t5);
    const decided = await p.decide(requested.id, "PARTLY_FOUNDED");
    expect(decided).toMatchObject({ id: requested.id, status: "DECIDED", decidedAt: t5, outcome: "PARTLY_FOUNDED", dueAt: "2026-04-15T21:59:59.999Z" });
    await t.settle();
    c = await p.read(id, citizenOwner);
    expect(c.status).toBe("CLOSED");
    expect(c.timeline).toEqual([
      { status: "RECEIVED", at: t0, note: null },
      { status: "ACKNOWLEDGED", at: t1, note: null },
      { status: "ANSWERED", at: t3, note: null },
      { status: "ESCALATED", at: t4, note: null },
      { status: "CLOSED", at: t5, note: null },
    ]);
    expect(c.escalation).toMatchObject({ status: "DECIDED", decidedAt: t5, outcome: "PARTLY_FOUNDED" });
    expect(c.ombudsman).toEqual(FEDERAL_OMBUDSMAN);
    // Coordinator and central service see the same state.
    for (const who of [coordinatorOwn, central]) expect((await p.read(id, who)).status).toBe("CLOSED");
  });

  it("the ombudsman shown after the answer is the seed's: De federale Ombudsman, Leuvenseweg 48 bus 6, 0800 99 962, www.federaalombudsman.be", async () => {
    expect(FEDERAL_OMBUDSMAN).toEqual({
      name: "De federale Ombudsman",
      address: "Leuvenseweg 48 bus 6 – 1000 Brussel",
      phone: "0800 99 962",
      website: "www.federaalombudsman.be",
    });
    const seed = seedText();
    for (const text of [FEDERAL_OMBUDSMAN.address, FEDERAL_OMBUDSMAN.phone, FEDERAL_OMBUDSMAN.website]) expect(seed).toContain(text);
  });

  it("overdue flags follow the set clock: 8 days without acknowledgement, 31 days without answer", async () => {
    t.clock.set(START);
    const { id } = await p.admissible();
    const flags = async () => (await p.read(id, coordinatorOwn)).firstLine;

    t.clock.set(days(START, 7));
    expect(await flags()).toMatchObject({ acknowledgementOverdue: false, answerOverdue: false });
    t.clock.set(days(START, 8));
    expect(await flags()).toMatchObject({ acknowledgementOverdue: true, answerOverdue: false });
    t.clock.set(days(START, 30));
    expect(await flags()).toMatchObject({ acknowledgementOverdue: true, answerOverdue: false });
    t.clock.set(days(START, 31));
    expect(await flags()).toMatchObject({ acknowledgementOverdue: true, answerOverdue: true });

    // A late acknowledgement clears its flag; the answer stays overdue until given.
    await p.acknowledge(id);
    expect(await flags()).toMatchObject({ acknowledgedAt: days(START, 31), acknowledgementOverdue: false, answerOverdue: true });
    t.clock.set(days(START, 33));
    await p.answer(id);
    expect(await flags()).toMatchObject({ answeredAt: days(START, 33), acknowledgementOverdue: false, answerOverdue: false });
  });

  it("advanceDays moves the clock for the overdue flags too", async () => {
    t.clock.set(START);
    const { id } = await p.admissible();
    t.clock.advanceDays(8);
    expect((await p.read(id)).firstLine).toMatchObject({ acknowledgementOverdue: true, answerOverdue: false });
    t.clock.advanceDays(23);
    expect((await p.read(id)).firstLine).toMatchObject({ acknowledgementOverdue: true, answerOverdue: true });
  });

  describe("inadmissible paths", () => {
    it("the form says it is about a decision with an appeal route: received and screened by a person, not INADMISSIBLE at once", async () => {
      t.clock.set(START);
      const route = "beroep bij de Raad voor Vreemdelingenbetwistingen binnen 30 dagen";
      const c = await p.file({ concernsDecisionWithAppealRoute: true, appealRoute: route });
      expect(c).toMatchObject({ status: "RECEIVED", admissibility: "PENDING", inadmissibilityReason: null, admissibilityNote: null });
      expect(c.timeline).toEqual([{ status: "RECEIVED", at: START, note: null }]);
      await t.settle();
      // The first line's steps are open: acknowledged like any other complaint.
      expect((await p.acknowledge(c.id)).acknowledgedAt).toBe(START);
    });

    it("registerComplaint without complainant: INADMISSIBLE, ANONYMOUS", async () => {
      t.clock.set(START);
      const receivedAt = days(START, -2);
      const c = await p.register({
        channel: "POST",
        receivedAt,
        category: "OFFICIAL_CONDUCT",
        directorate: "IMMIGRATION_OFFICE",
        subject: "Unsigned letter",
        description: "An unsigned letter about rude staff at the desk.",
        language: "FR",
      });
      expect(c).toMatchObject({
        status: "INADMISSIBLE",
        admissibility: "INADMISSIBLE",
        inadmissibilityReason: "ANONYMOUS",
        complainant: null,
        channel: "POST",
        receivedAt,
        timeline: [
          { status: "RECEIVED", at: receivedAt, note: null },
          { status: "INADMISSIBLE", at: START, note: "Enregistrée sans le nom du plaignant : une plainte anonyme n'est pas traitée." },
        ],
      });
    });

    it.each([
      ["ANONYMOUS", "The letter is signed with a pseudonym only."],
      ["OUTSIDE_COMPETENCE", "This is about a municipal service, not the FOD."],
      ["DECISION_WITH_APPEAL_ROUTE", "Appeal to the Raad van State against the decision."],
      ["ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", "The matter is pending before the court."],
    ])("screenComplaint inadmissible with reason %s: status INADMISSIBLE, reason and note kept, timeline entry with the note", async (reason, note) => {
      t.clock.set(START);
      const { id } = await p.file();
      await t.settle();
      t.clock.set(days(START, 3));
      const c = await p.screen(id, false, reason, note);
      expect(c).toMatchObject({ status: "INADMISSIBLE", admissibility: "INADMISSIBLE", inadmissibilityReason: reason, admissibilityNote: note });
      expect(c.timeline).toEqual([
        { status: "RECEIVED", at: START, note: null },
        { status: "INADMISSIBLE", at: days(START, 3), note },
      ]);
      await t.settle();
      const read = await p.read(id, citizenOwner);
      expect(read).toMatchObject({ status: "INADMISSIBLE", inadmissibilityReason: reason });
      // The first line stops counting: no overdue flags on an inadmissible complaint.
      t.clock.set(days(START, 40));
      expect((await p.read(id)).firstLine).toMatchObject({ acknowledgementOverdue: false, answerOverdue: false });
    });

    it("screenComplaint inadmissible without a reason: BAD_USER_INPUT and the complaint stays PENDING", async () => {
      t.clock.set(START);
      const { id } = await p.file();
      const r = await t.query(SCREEN, { id, admissible: false, note: "no reason" }, coordinatorOwn);
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors![0].message).toMatch(/reason/);
      const read = ok(await t.query(READ, { id }, coordinatorOwn)).complaint;
      expect(read).toMatchObject({ status: "RECEIVED", admissibility: "PENDING", inadmissibilityReason: null, admissibilityNote: null });
      expect(read.timeline).toHaveLength(1);
    });
  });
});
