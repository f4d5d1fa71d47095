import { central, citizenOwner, coordinatorOther, coordinatorOwn } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { days, ok, procedure } from "./helpers/procedure";
import { codes, useTestStack, type TestStack } from "./helpers/stack";

const T0 = "2026-01-05T09:00:00.000Z";
const STATS = `received inadmissible acknowledgedWithinDeadline answeredWithinDeadline overdue escalated founded partlyFounded unfounded medianDaysToAnswer`;
const REPORT = `query($year: Int!) { annualReport(year: $year) {
  year totals { ${STATS} } byDirectorate { directorate { code } statistics { ${STATS} } }
  inadmissibleByReason { reason count } actionPlan { title done directorate { code } relatedComplaints { reference } } } }`;

const zero = {
  received: 0,
  inadmissible: 0,
  acknowledgedWithinDeadline: 0,
  answeredWithinDeadline: 0,
  overdue: 0,
  escalated: 0,
  founded: 0,
  partlyFounded: 0,
  unfounded: 0,
  medianDaysToAnswer: null,
};

/**
 * "Elk jaar evalueren we alle klachten en stellen we een actieplan op": a known year,
 * built through the public API with a set clock, and every figure of its report.
 */
describe.each(DATABASE_KINDS)("annual report [%s]", (kind) => {
  const t = useTestStack(kind, { clock: "2025-12-20T10:00:00.000Z" });
  let refA: string;

  beforeAll(async () => {
    const p = procedure(t);
    await p.file(); // received in 2025: not in the 2026 report
    t.clock.set(T0);
    const at = async (day: number, step: () => Promise<unknown>) => {
      t.clock.set(days(T0, day));
      await step();
      await t.settle();
    };
    const ict = { directorate: "ICT" };
    // Immigration Office: A on time, B late and escalated, C screened inadmissible (appeal route) the day it came in, J answered late without acknowledgement.
    const A = await p.file();
    refA = A.reference;
    const B = await p.file();
    const C = await p.file({ concernsDecisionWithAppealRoute: true, appealRoute: "Raad voor Vreemdelingenbetwistingen" });
    await p.screen(C.id, false, "DECISION_WITH_APPEAL_ROUTE", "Raad voor Vreemdelingenbetwistingen");
    const J = await p.file();
    // ICT: D anonymous by post, E never handled, F and G inadmissible, H answered on time, I withdrawn.
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
    await p.file(ict);
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
    await at(20, () => p.answer(H.id, "NO_JUDGEMENT", coordinatorOther));
    await at(25, () => p.answer(J.id, "UNFOUNDED"));
    await at(40, () => p.answer(B.id, "UNFOUNDED"));
    const escalation = await p.requestEscalation(B.id);
    await t.settle();
    await at(45, () => p.decide(escalation.id, "PARTLY_FOUNDED"));
    t.clock.set(days(T0, 60));
  });

  const immigration = {
    ...zero,
    received: 4,
    inadmissible: 1,
    acknowledgedWithinDeadline: 1,
    answeredWithinDeadline: 2,
    escalated: 1,
    founded: 1,
    partlyFounded: 1,
    unfounded: 1,
    medianDaysToAnswer: 25,
  };
  const ictStats = { ...zero, received: 6, inadmissible: 3, acknowledgedWithinDeadline: 1, answeredWithinDeadline: 1, overdue: 1, medianDaysToAnswer: 20 };

  it("the central service gets every figure, per directorate and in total, for the year of receipt", async () => {
    const report = ok(await t.query(REPORT, { year: 2026 }, central)).annualReport;
    expect(report.year).toBe(2026);
    expect(report.totals).toEqual({
      received: 10,
      inadmissible: 4,
      acknowledgedWithinDeadline: 2,
      answeredWithinDeadline: 3,
      overdue: 1,
      escalated: 1,
      founded: 1,
      partlyFounded: 1,
      unfounded: 1,
      medianDaysToAnswer: 22.5,
    });
    const rows = Object.fromEntries(report.byDirectorate.map((r: any) => [r.directorate.code, r.statistics]));
    expect(Object.keys(rows)).toHaveLength(7);
    expect(rows.IMMIGRATION_OFFICE).toEqual(immigration);
    expect(rows.ICT).toEqual(ictStats);
    for (const code of ["CENTRAL_SERVICES", "CIVIL_SECURITY", "SECURITY_AND_PREVENTION", "INSTITUTIONS_AND_POPULATION", "CRISIS_CENTRE"]) {
      expect(rows[code]).toEqual(zero);
    }
    expect(report.inadmissibleByReason).toEqual([
      { reason: "ANONYMOUS", count: 1 },
      { reason: "OUTSIDE_COMPETENCE", count: 1 },
      { reason: "DECISION_WITH_APPEAL_ROUTE", count: 1 },
      { reason: "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", count: 1 },
    ]);
    const previous = ok(await t.query(REPORT, { year: 2025 }, central)).annualReport;
    expect(previous.totals.received).toBe(1);
  });

  it("a coordinator gets the same report limited to their own directorate", async () => {
    const report = ok(await t.query(REPORT, { year: 2026 }, coordinatorOwn)).annualReport;
    expect(report.byDirectorate).toEqual([{ directorate: { code: "IMMIGRATION_OFFICE" }, statistics: immigration }]);
    expect(report.totals).toEqual(immigration);
    expect(report.inadmissibleByReason.find((r: any) => r.reason === "DECISION_WITH_APPEAL_ROUTE").count).toBe(1);
    expect(report.inadmissibleByReason.reduce((n: number, r: any) => n + r.count, 0)).toBe(1);
  });

  it("citizens may not see the report", async () => {
    const r = await t.query(REPORT, { year: 2026 }, citizenOwner);
    expect(codes(r)).toEqual(["FORBIDDEN"]);
    expect(r.data).toBeNull();
  });

  it("the action plan: the central service adds and completes actions; coordinators see theirs and the FOD-wide ones", async () => {
    const ADD = `mutation($year: Int!, $input: ActionPlanItemInput!) { addActionPlanItem(year: $year, input: $input) { id title done directorate { code name } relatedComplaints { reference } } }`;
    const general = ok(
      await t.query(ADD, { year: 2026, input: { title: "Answer within 30 days everywhere", relatedComplaintIds: [] } }, central),
    ).addActionPlanItem;
    const mine = await t.query(
      ADD,
      { year: 2026, input: { title: "Route letters to the right desk", directorate: "IMMIGRATION_OFFICE", relatedComplaintIds: [await idOf(t, refA)] } },
      central,
    );
    expect(ok(mine).addActionPlanItem).toMatchObject({
      done: false,
      directorate: { code: "IMMIGRATION_OFFICE", name: "Algemene Directie Dienst Vreemdelingenzaken" },
      relatedComplaints: [{ reference: refA }],
    });
    ok(await t.query(ADD, { year: 2026, input: { title: "ICT helpdesk hours", directorate: "ICT" } }, central));
    expect(codes(await t.query(ADD, { year: 2026, input: { title: "Not mine to add" } }, coordinatorOwn))).toEqual(["FORBIDDEN"]);

    const done = ok(await t.query(`mutation($id: ID!) { completeActionPlanItem(id: $id) { done } }`, { id: general.id }, central));
    expect(done.completeActionPlanItem.done).toBe(true);
    const again = await t.query(`mutation($id: ID!) { completeActionPlanItem(id: $id) { done } }`, { id: general.id }, central);
    expect(codes(again)).toEqual(["CONFLICT"]);

    const forCoordinator = ok(await t.query(REPORT, { year: 2026 }, coordinatorOwn)).annualReport.actionPlan;
    expect(forCoordinator.map((i: any) => i.title)).toEqual(["Answer within 30 days everywhere", "Route letters to the right desk"]);
    const forCentral = ok(await t.query(REPORT, { year: 2026 }, central)).annualReport.actionPlan;
    expect(forCentral).toHaveLength(3);
  });
});

async function idOf(t: TestStack, reference: string): Promise<string> {
  return ok(await t.query(`query($r: String!) { complaintByReference(reference: $r) { id } }`, { r: reference }, central)).complaintByReference.id;
}
