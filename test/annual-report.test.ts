import { central, citizenOwner, coordinatorOther, coordinatorOwn } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { days, ok, procedure } from "./helpers/procedure";
import { codes, useTestStack, type TestStack } from "./helpers/stack";
import type { EntityManager } from "typeorm";
import { LEGAL_CALENDAR } from "../lib/domain/brussels-calendar";
import { DirectorateCode } from "../lib/domain/enums";
import type { DomainEvent, EventType } from "../lib/events/event-types";
import { FeedCursor } from "../lib/events/event.entities";
import { inTransaction } from "../lib/platform/database";
import { fromDirectorates, fromIntake } from "../subgraphs/escalation/events";
import { counted, counterDifferences, rebuildCounters } from "../subgraphs/escalation/report.counters";
import { ReportCount } from "../subgraphs/escalation/report-count.entity";

const T0 = "2026-01-05T09:00:00.000Z"; // Monday 5 January 2026, 10:00 in Brussels
const STATS = `received inadmissible withdrawn acknowledgedWithinDeadline answeredWithinDeadline overdue escalated founded partlyFounded unfounded noJudgement medianDaysToAnswer`;
const DEADLINE = `onTime late pending medianDays`;
const OUTCOMES = `founded partlyFounded unfounded noJudgement`;
const FIGURES = `year totals { ${STATS} } byDirectorate { directorate { code } statistics { ${STATS} } }
  inadmissibleByReason { reason count } byMonth { month received } byCategory { category received } byChannel { channel received }
  byLanguage { language received } byComplainantKind { kind received } firstLineOutcomes { ${OUTCOMES} } secondLineOutcomes { ${OUTCOMES} }
  timeliness { acknowledgements { ${DEADLINE} } answers { ${DEADLINE} } secondLineDecisions { ${DEADLINE} } } secondLineChangedShare`;
const ITEM = `title status done directorate { code } progressNotes { text byRole }`;
const REPORT = `query($year: Int!) { annualReport(year: $year) { ${FIGURES} previousYear { ${FIGURES} previousYear { year } } } }`;
// The plan apart: its items' lists count against the gateway's cost limit (gateway/limits.ts LIST_BOUNDS).
const PLAN = `query($year: Int!) { annualReport(year: $year) { actionPlan { ${ITEM} } } }`;
const LAST_YEAR = `query($year: Int!) { annualReport(year: $year) { lastYearActions { ${ITEM} } } }`;

const zero = {
  received: 0,
  inadmissible: 0,
  withdrawn: 0,
  acknowledgedWithinDeadline: 0,
  answeredWithinDeadline: 0,
  overdue: 0,
  escalated: 0,
  founded: 0,
  partlyFounded: 0,
  unfounded: 0,
  noJudgement: 0,
  medianDaysToAnswer: null,
};
const months = (counts: Record<number, number>) => Array.from({ length: 12 }, (_, i) => ({ month: i + 1, received: counts[i + 1] ?? 0 }));

/**
 * "Elk jaar evalueren we alle klachten en stellen we een actieplan op": a known year, built through the public API
 * with a set clock, and every figure of its report computed by hand below. Days count from T0 (day 0 = Monday 5 January).
 *
 * Immigration Office (IO), online:
 *   A  official conduct, FR, company: acknowledged day 2 (on time), answered day 10 FOUNDED (on time); escalated day 11 (Fri 16 Jan),
 *      decided FOUNDED day 12 (Sat 17 Jan: one Brussels day, on time, unchanged).
 *   B  service quality, NL, person: acknowledged day 9 (late: due Mon 12 Jan), answered day 40 UNFOUNDED (late: due Wed 4 Feb);
 *      escalated day 40, decided PARTLY_FOUNDED day 45 (5 days, on time, changed).
 *   C  application of legislation, DE, institution: inadmissible (decision with an appeal route) on receipt day.
 *   J  service quality, EN, person: answered day 25 UNFOUNDED without acknowledgement (the answer acknowledges: 25 days, late; answer on time).
 * ICT:
 *   D  by post on Saturday 3 January, anonymous (no kind), service quality, FR: inadmissible.
 *   E  service or product, NL: never handled: acknowledgement and answer late and open, overdue.
 *   F, G  service quality, NL: inadmissible (outside competence; a dispute) on day 9.
 *   H  service quality, NL: acknowledged day 1, answered day 20 NO_JUDGEMENT (both on time); escalated day 21 (Mon 26 Jan, due
 *      Wed 25 Feb), undecided at day 60: a late decision.
 *   I  service quality, NL: withdrawn day 1.
 * Crisis Centre: K by fax on day 40 (Saturday 14 February), service or product, DE, institution: unacknowledged past its due day
 *   (Sat 21 Feb, moved to Mon 23 Feb): late and overdue; its answer (due Mon 16 March) still pending at day 60 (Friday 6 March).
 * 2025: one complaint (IO, online, service quality, NL, person) of 20 December 2025, never handled.
 */
describe.each(DATABASE_KINDS)("annual report [%s]", (kind) => {
  const t = useTestStack(kind, { clock: "2025-12-20T10:00:00.000Z" });
  let refA: string;

  beforeAll(async () => {
    const p = procedure(t);
    await p.file(); // received in 2025: in the 2025 report (previousYear), not in 2026's
    t.clock.set(T0);
    const at = async (day: number, step: () => Promise<unknown>) => {
      t.clock.set(days(T0, day));
      await step();
      await t.settle();
    };
    const ict = { directorate: "ICT" };
    const A = await p.file({
      category: "OFFICIAL_CONDUCT",
      language: "FR",
      complainant: { kind: "COMPANY", name: "Luc Martin", organisation: "Martin SRL", email: "luc@martin.be" },
    });
    refA = A.reference;
    const B = await p.file();
    const C = await p.file({
      category: "APPLICATION_OF_LEGISLATION",
      language: "DE",
      complainant: { kind: "INSTITUTION", name: "Anna Weber", organisation: "ÖSHZ Eupen", email: "anna@oshz.be" },
      concernsDecisionWithAppealRoute: true,
      appealRoute: "Raad voor Vreemdelingenbetwistingen",
    });
    await p.screen(C.id, false, "DECISION_WITH_APPEAL_ROUTE", "Raad voor Vreemdelingenbetwistingen");
    const J = await p.file({ language: "EN" });
    await p.register(
      {
        channel: "POST",
        receivedAt: "2026-01-03T00:00:00.000Z",
        category: "SERVICE_QUALITY",
        directorate: "ICT",
        subject: "Anonymous letter",
        description: "No sender.",
        language: "FR",
      },
      central,
    );
    await p.file({ ...ict, category: "SERVICE_OR_PRODUCT" });
    const F = await p.file(ict);
    const G = await p.file(ict);
    const H = await p.file(ict);
    const I = await p.file(ict);
    await t.settle();

    await at(1, () => p.acknowledge(H.id, coordinatorOther));
    await at(1, async () => ok(await t.query(`mutation($id: ID!) { withdrawComplaint(id: $id) { id } }`, { id: I.id }, citizenOwner)));
    await at(2, () => p.acknowledge(A.id));
    await at(9, () => p.acknowledge(B.id));
    for (const id of [A.id, B.id, J.id]) await at(9, () => p.screen(id, true));
    await at(9, () => p.screen(H.id, true, undefined, undefined, coordinatorOther));
    await at(9, () => p.screen(F.id, false, "OUTSIDE_COMPETENCE", "A matter for the region", coordinatorOther));
    await at(9, () => p.screen(G.id, false, "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", "Pending before the court", coordinatorOther));
    await at(10, () => p.answer(A.id, "FOUNDED"));
    t.clock.set(days(T0, 11));
    const onA = await p.requestEscalation(A.id);
    await t.settle();
    await at(12, () => p.decide(onA.id, "FOUNDED"));
    await at(20, () => p.answer(H.id, "NO_JUDGEMENT", coordinatorOther));
    await at(21, () => p.requestEscalation(H.id));
    await at(25, () => p.answer(J.id, "UNFOUNDED"));
    await at(40, () => p.answer(B.id, "UNFOUNDED"));
    const onB = await p.requestEscalation(B.id);
    await at(40, () =>
      p.register(
        {
          channel: "FAX",
          receivedAt: days(T0, 40),
          complainant: { kind: "INSTITUTION", name: "Jan Schmitz", organisation: "Gemeinde Raeren", postalAddress: "Hauptstraße 1, 4730 Raeren" },
          category: "SERVICE_OR_PRODUCT",
          directorate: "CRISIS_CENTRE",
          subject: "Warning not received",
          description: "The alert never reached our municipality.",
          language: "DE",
        },
        central,
      ),
    );
    await at(45, () => p.decide(onB.id, "PARTLY_FOUNDED"));
    t.clock.set(days(T0, 60));
  });

  const immigration = {
    ...zero,
    received: 4,
    inadmissible: 1,
    acknowledgedWithinDeadline: 1,
    answeredWithinDeadline: 2,
    escalated: 2,
    founded: 1,
    partlyFounded: 1,
    unfounded: 1,
    medianDaysToAnswer: 25,
  };
  const ictStats = {
    ...zero,
    received: 6,
    inadmissible: 3,
    withdrawn: 1,
    acknowledgedWithinDeadline: 1,
    answeredWithinDeadline: 1,
    overdue: 1,
    escalated: 1,
    noJudgement: 1,
    medianDaysToAnswer: 20,
  };
  const crisis = { ...zero, received: 1, overdue: 1 };

  it("the central service gets every figure, per directorate, in total and broken down, for the year of receipt", async () => {
    const report = ok(await t.query(REPORT, { year: 2026 }, central)).annualReport;
    expect(report.year).toBe(2026);
    expect(report.totals).toEqual({
      received: 11,
      inadmissible: 4,
      withdrawn: 1,
      acknowledgedWithinDeadline: 2,
      answeredWithinDeadline: 3,
      overdue: 2,
      escalated: 3,
      founded: 1,
      partlyFounded: 1,
      unfounded: 1,
      noJudgement: 1,
      medianDaysToAnswer: 22.5,
    });
    const rows = Object.fromEntries(report.byDirectorate.map((r: any) => [r.directorate.code, r.statistics]));
    expect(Object.keys(rows)).toHaveLength(7);
    expect(rows.IMMIGRATION_OFFICE).toEqual(immigration);
    expect(rows.ICT).toEqual(ictStats);
    expect(rows.CRISIS_CENTRE).toEqual(crisis);
    for (const code of ["CENTRAL_SERVICES", "CIVIL_SECURITY", "SECURITY_AND_PREVENTION", "INSTITUTIONS_AND_POPULATION"]) expect(rows[code]).toEqual(zero);
    expect(report.inadmissibleByReason).toEqual([
      { reason: "ANONYMOUS", count: 1 },
      { reason: "OUTSIDE_COMPETENCE", count: 1 },
      { reason: "DECISION_WITH_APPEAL_ROUTE", count: 1 },
      { reason: "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", count: 1 },
    ]);
    expect(report.byMonth).toEqual(months({ 1: 10, 2: 1 }));
    expect(report.byCategory).toEqual([
      { category: "SERVICE_OR_PRODUCT", received: 2 },
      { category: "SERVICE_QUALITY", received: 7 },
      { category: "OFFICIAL_CONDUCT", received: 1 },
      { category: "APPLICATION_OF_LEGISLATION", received: 1 },
    ]);
    expect(report.byChannel).toEqual([
      { channel: "ONLINE_FORM", received: 9 },
      { channel: "EMAIL", received: 0 },
      { channel: "POST", received: 1 },
      { channel: "FAX", received: 1 },
    ]);
    expect(report.byLanguage).toEqual([
      { language: "NL", received: 6 },
      { language: "FR", received: 2 },
      { language: "DE", received: 2 },
      { language: "EN", received: 1 },
    ]);
    // D is anonymous: no kind.
    expect(report.byComplainantKind).toEqual([
      { kind: "PERSON", received: 7 },
      { kind: "COMPANY", received: 1 },
      { kind: "INSTITUTION", received: 2 },
    ]);
    expect(report.firstLineOutcomes).toEqual({ founded: 1, partlyFounded: 0, unfounded: 2, noJudgement: 1 });
    expect(report.secondLineOutcomes).toEqual({ founded: 1, partlyFounded: 1, unfounded: 0, noJudgement: 0 });
    expect(report.timeliness).toEqual({
      // Done: A (2 days), H (1) on time; B (9), J (25) late. Open and past the week: E, K.
      acknowledgements: { onTime: 2, late: 4, pending: 0, medianDays: 5.5 },
      // Done: A (10), H (20), J (25) on time; B (40) late. Open: E past due, K not yet due.
      answers: { onTime: 3, late: 2, pending: 1, medianDays: 22.5 },
      // A's (1 day) and B's (5 days) on time; H's undecided past its due day.
      secondLineDecisions: { onTime: 2, late: 1, pending: 0, medianDays: 3 },
    });
    // Of A's and B's decided escalations, B's outcome changed.
    expect(report.secondLineChangedShare).toBe(0.5);
  });

  it("previousYear gives the year before with the same figures, and no year before that", async () => {
    const { previousYear } = ok(await t.query(REPORT, { year: 2026 }, central)).annualReport;
    expect(previousYear.year).toBe(2025);
    expect(previousYear.previousYear).toBeNull();
    expect(previousYear.totals).toEqual({ ...zero, received: 1, overdue: 1 });
    expect(previousYear.byMonth).toEqual(months({ 12: 1 }));
    expect(previousYear.byCategory.find((c: any) => c.category === "SERVICE_QUALITY").received).toBe(1);
    expect(previousYear.timeliness).toEqual({
      acknowledgements: { onTime: 0, late: 1, pending: 0, medianDays: null },
      answers: { onTime: 0, late: 1, pending: 0, medianDays: null },
      secondLineDecisions: { onTime: 0, late: 0, pending: 0, medianDays: null },
    });
    expect(previousYear.secondLineChangedShare).toBeNull();
  });

  it("a coordinator gets the same report limited to their own directorate", async () => {
    const report = ok(await t.query(REPORT, { year: 2026 }, coordinatorOwn)).annualReport;
    expect(report.byDirectorate).toEqual([{ directorate: { code: "IMMIGRATION_OFFICE" }, statistics: immigration }]);
    expect(report.totals).toEqual(immigration);
    expect(report.inadmissibleByReason.find((r: any) => r.reason === "DECISION_WITH_APPEAL_ROUTE").count).toBe(1);
    expect(report.inadmissibleByReason.reduce((n: number, r: any) => n + r.count, 0)).toBe(1);
    expect(report.byLanguage.map((l: any) => l.received)).toEqual([1, 1, 1, 1]);
    expect(report.timeliness.secondLineDecisions).toEqual({ onTime: 2, late: 0, pending: 0, medianDays: 3 });
    expect(report.previousYear.totals).toEqual({ ...zero, received: 1, overdue: 1 });
    expect(report.secondLineChangedShare).toBe(0.5);
  });

  it("citizens may not see the report", async () => {
    const r = await t.query(REPORT, { year: 2026 }, citizenOwner);
    expect(codes(r)).toEqual(["FORBIDDEN"]);
    expect(r.data).toBeNull();
  });

  it("the action plan: statuses, progress notes by the central service and the owning coordinator, last year's actions", async () => {
    const ADD = `mutation($year: Int!, $input: ActionPlanItemInput!) { addActionPlanItem(year: $year, input: $input) { id ${ITEM} relatedComplaints { reference } } }`;
    const STATUS = `mutation($id: ID!, $status: ActionStatus!) { setActionPlanItemStatus(id: $id, status: $status) { status done } }`;
    const NOTE = `mutation($id: ID!, $text: String!) { addActionPlanProgressNote(id: $id, text: $text) { progressNotes { text byRole } } }`;
    const general = ok(
      await t.query(ADD, { year: 2026, input: { title: "Answer within 30 days everywhere", relatedComplaintIds: [] } }, central),
    ).addActionPlanItem;
    const mine = ok(
      await t.query(
        ADD,
        { year: 2026, input: { title: "Route letters to the right desk", directorate: "IMMIGRATION_OFFICE", relatedComplaintIds: [await idOf(t, refA)] } },
        central,
      ),
    ).addActionPlanItem;
    expect(mine).toMatchObject({ status: "PLANNED", done: false, directorate: { code: "IMMIGRATION_OFFICE" }, relatedComplaints: [{ reference: refA }] });
    ok(await t.query(ADD, { year: 2026, input: { title: "ICT helpdesk hours", directorate: "ICT" } }, central));
    const old = ok(await t.query(ADD, { year: 2025, input: { title: "Publish the procedure", directorate: "IMMIGRATION_OFFICE" } }, central)).addActionPlanItem;
    const dropped = ok(await t.query(ADD, { year: 2025, input: { title: "A second phone line" } }, central)).addActionPlanItem;
    expect(codes(await t.query(ADD, { year: 2026, input: { title: "Not mine to add" } }, coordinatorOwn))).toEqual(["FORBIDDEN"]);

    const done = ok(await t.query(`mutation($id: ID!) { completeActionPlanItem(id: $id) { status done } }`, { id: general.id }, central));
    expect(done.completeActionPlanItem).toEqual({ status: "DONE", done: true });
    expect(codes(await t.query(`mutation($id: ID!) { completeActionPlanItem(id: $id) { done } }`, { id: general.id }, central))).toEqual(["CONFLICT"]);

    // The owning directorate's coordinator moves and annotates its action; not the FOD-wide one, not another directorate's.
    expect(ok(await t.query(STATUS, { id: mine.id, status: "IN_PROGRESS" }, coordinatorOwn)).setActionPlanItemStatus).toEqual({
      status: "IN_PROGRESS",
      done: false,
    });
    expect(codes(await t.query(STATUS, { id: mine.id, status: "IN_PROGRESS" }, coordinatorOwn))).toEqual(["CONFLICT"]);
    expect(codes(await t.query(STATUS, { id: general.id, status: "DROPPED" }, coordinatorOwn))).toEqual(["FORBIDDEN"]);
    expect(codes(await t.query(STATUS, { id: mine.id, status: "DONE" }, coordinatorOther))).toEqual(["NOT_FOUND"]);
    expect(codes(await t.query(NOTE, { id: mine.id, text: "   " }, coordinatorOwn))).toEqual(["BAD_USER_INPUT"]);
    ok(await t.query(NOTE, { id: mine.id, text: "Two desks retrained" }, coordinatorOwn));
    t.clock.set(days(T0, 61));
    const notes = ok(await t.query(NOTE, { id: mine.id, text: "Checked in March" }, central)).addActionPlanProgressNote.progressNotes;
    expect(notes).toEqual([
      { text: "Two desks retrained", byRole: "coordinator" },
      { text: "Checked in March", byRole: "central-service" },
    ]);
    // Four simultaneous identical changes (a double click): one wins, the others are refused as no change.
    const race = await Promise.all([1, 2, 3, 4].map(() => t.query(STATUS, { id: old.id, status: "DONE" }, central)));
    expect(race.filter((r) => !r.errors).map((r) => r.data!.setActionPlanItemStatus)).toEqual([{ status: "DONE", done: true }]);
    expect(race.flatMap((r) => codes(r))).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
    ok(await t.query(STATUS, { id: dropped.id, status: "DROPPED" }, central));
    ok(await t.query(NOTE, { id: dropped.id, text: "No budget" }, central));

    const forCoordinator = ok(await t.query(PLAN, { year: 2026 }, coordinatorOwn)).annualReport;
    expect(forCoordinator.actionPlan.map((i: any) => [i.title, i.status])).toEqual([
      ["Answer within 30 days everywhere", "DONE"],
      ["Route letters to the right desk", "IN_PROGRESS"],
    ]);
    const forCentral = ok(await t.query(PLAN, { year: 2026 }, central)).annualReport;
    expect(forCentral.actionPlan).toHaveLength(3);
    expect(ok(await t.query(LAST_YEAR, { year: 2026 }, central)).annualReport.lastYearActions).toEqual([
      // Added at the same instant: in title order.
      {
        title: "A second phone line",
        status: "DROPPED",
        done: false,
        directorate: null,
        progressNotes: [{ text: "No budget", byRole: "central-service" }],
      },
      { title: "Publish the procedure", status: "DONE", done: true, directorate: { code: "IMMIGRATION_OFFICE" }, progressNotes: [] },
    ]);
  });

  it("the counters agree with a full recount of the facts, after redelivered events, events out of order and a rebuild", async () => {
    const es = t.stack.subgraphs.escalation.dataSource;
    const stored = async () => (await es.getRepository(ReportCount).find()).filter((c) => c.value !== 0).map((c) => ({ ...c }));
    expect(await counterDifferences(es, LEGAL_CALENDAR)).toEqual([]);
    const before = await stored();
    expect(before.find((c) => c.year === 2026 && c.directorate === DirectorateCode.ICT && c.figure === "received")?.value).toBe(6);

    // Redelivered: the feeds read again from the start; the inbox skips every event, the counters do not move.
    await es.createQueryBuilder().update(FeedCursor).set({ lastSeq: 0 }).execute();
    for (const consumer of t.stack.subgraphs.escalation.subgraph.consumers) expect(await consumer.drain()).toBe(0);
    expect(await stored()).toEqual(before);

    // Out of order across the two feeds: the directorates' events about X before intake's ComplaintFiled, then a transfer.
    const handlers = { ...counted(fromIntake, LEGAL_CALENDAR), ...counted(fromDirectorates, LEGAL_CALENDAR) };
    let seq = 1_000;
    const apply = (type: EventType, payload: Record<string, unknown>, complaintId = "x-1") =>
      inTransaction(es, async (m: EntityManager) => {
        const event = { seq: ++seq, id: `e-${seq}`, type, complaintId, occurredAt: days(T0, 50), payload } as DomainEvent;
        await (handlers[type] as (m: EntityManager, e: DomainEvent) => Promise<void>)(m, event);
      });
    const at = days(T0, 48);
    // A first-line step before the complaint is refused, to be applied again once intake's feed brought it (escalation/events.ts).
    await expect(apply("ComplaintAcknowledged", { acknowledgedAt: at })).rejects.toThrow(/before its ComplaintFiled: waiting for intake's feed/);
    expect(await counterDifferences(es, LEGAL_CALENDAR)).toEqual([]);
    await apply("ComplaintFiled", {
      reference: "IBZ-2026-900001",
      ownerSub: null,
      directorate: "ICT",
      channel: "EMAIL",
      language: "NL",
      receivedAt: days(T0, 47),
      admissibility: "PENDING",
      inadmissibilityReason: null,
      appealRoute: null,
      category: "SERVICE_QUALITY",
      complainantKind: "PERSON",
    });
    expect(await counterDifferences(es, LEGAL_CALENDAR)).toEqual([]);
    await apply("ComplaintAcknowledged", { acknowledgedAt: at });
    await apply("ComplaintTransferred", { from: "ICT", to: "CIVIL_SECURITY", note: "Theirs" });
    await apply("ComplaintScreened", { admissibility: "ADMISSIBLE", inadmissibilityReason: null, note: null });
    await apply("ComplaintAnswered", { acknowledgedAt: at, answeredAt: days(T0, 49), outcome: "FOUNDED", answer: "Reasoned." });
    await apply("ComplaintWithdrawn", {});
    // An older event without the report's fields still applies (no category or kind counted).
    await apply(
      "ComplaintFiled",
      {
        ...{ reference: "IBZ-2026-900002", ownerSub: null, directorate: "ICT", channel: "POST", language: "FR" },
        receivedAt: days(T0, 47),
        admissibility: "PENDING",
        inadmissibilityReason: null,
        appealRoute: null,
      },
      "x-2",
    );
    expect(await counterDifferences(es, LEGAL_CALENDAR)).toEqual([]);
    const civil = ok(await t.query(REPORT, { year: 2026 }, central)).annualReport.byDirectorate.find(
      (d: any) => d.directorate.code === "CIVIL_SECURITY",
    ).statistics;
    expect(civil).toEqual({ ...zero, received: 1, withdrawn: 1, acknowledgedWithinDeadline: 1, answeredWithinDeadline: 1, founded: 1, medianDaysToAnswer: 2 });

    // Rebuilt from the facts: the same counters.
    const kept = await stored();
    expect(await rebuildCounters(es, LEGAL_CALENDAR)).toBeGreaterThan(0);
    const sort = (list: ReportCount[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sort(await stored())).toEqual(sort(kept));
  });

  it("simultaneous escalations and decisions of different complaints move the shared counters as a recount does", async () => {
    const es = t.stack.subgraphs.escalation.dataSource;
    const p = procedure(t);
    t.clock.set(days(T0, 62));
    const complaints = [];
    for (let i = 0; i < 4; i++) complaints.push(await p.answered());
    const requests = await Promise.all(complaints.map((c) => p.requestEscalation(c.id, "The answer misses my point.", central)));
    await t.settle();
    await Promise.all(requests.map((r: { id: string }, i) => p.decide(r.id, i % 2 ? "FOUNDED" : "UNFOUNDED")));
    await t.settle();
    expect(await counterDifferences(es, LEGAL_CALENDAR)).toEqual([]);
    const report = ok(await t.query(REPORT, { year: 2026 }, central)).annualReport;
    expect([report.totals.escalated, report.secondLineOutcomes.unfounded, report.timeliness.secondLineDecisions.onTime]).toEqual([7, 2, 6]);
  });
});

async function idOf(t: TestStack, reference: string): Promise<string> {
  return ok(await t.query(`query($r: String!) { complaintByReference(reference: $r) { id } }`, { r: reference }, central)).complaintByReference.id;
}
