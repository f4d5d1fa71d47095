import type { DataSource } from "typeorm";
import { SettableClock } from "../../lib/platform/clock";
import { LEGAL_CALENDAR } from "../../lib/domain/brussels-calendar";
import { central, coordinatorOther, coordinatorOwn } from "../helpers/callers";
import { inMemoryDatabase } from "../helpers/in-memory";
import { ComplaintFact } from "../../subgraphs/escalation/complaint-fact.entity";
import { escalationDatabase } from "../../subgraphs/escalation/database";
import { Escalation } from "../../subgraphs/escalation/escalation.entity";
import { ReportService } from "../../subgraphs/escalation/report.service";
import { rebuildCounters } from "../../subgraphs/escalation/report.counters";

const NOW = "2026-04-15T12:00:00.000Z";
const day = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86_400_000);
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
  noJudgement: 0,
  withdrawn: 0,
  medianDaysToAnswer: null,
};

/** One complaint as the escalation subgraph knows it; answered `answeredAfter` days after receipt when given. */
function fact(
  id: string,
  directorate: string,
  received: string,
  more: { ackAfter?: number; answeredAfter?: number; outcome?: string; inadmissibilityReason?: string; withdrawn?: boolean } = {},
) {
  return {
    complaintId: id,
    ownerSub: "citizen",
    directorate,
    receivedAt: new Date(received),
    admissibility: more.inadmissibilityReason ? "INADMISSIBLE" : "ADMISSIBLE",
    inadmissibilityReason: more.inadmissibilityReason ?? null,
    withdrawn: more.withdrawn ?? false,
    acknowledgedAt: more.ackAfter === undefined ? null : day(received, more.ackAfter),
    answeredAt: more.answeredAfter === undefined ? null : day(received, more.answeredAfter),
    outcome: more.outcome ?? null,
  } as unknown as ComplaintFact;
}

describe("the annual report and the action plan (ReportService) on in-memory SQLite", () => {
  let ds: DataSource;
  let clock: SettableClock;
  let reports: ReportService;
  beforeAll(async () => {
    ds = await inMemoryDatabase(escalationDatabase);
    clock = new SettableClock(NOW);
    reports = new ReportService(ds, clock, LEGAL_CALENDAR);
    await ds.getRepository(ComplaintFact).insert([
      // Immigration Office: on time; late and escalated (decided PARTLY_FOUNDED); anonymous; open and past its week.
      fact("io-1", "IMMIGRATION_OFFICE", "2026-01-05T09:00:00.000Z", { ackAfter: 2, answeredAfter: 15, outcome: "FOUNDED" }),
      fact("io-2", "IMMIGRATION_OFFICE", "2026-01-10T09:00:00.000Z", { ackAfter: 40, answeredAfter: 40, outcome: "UNFOUNDED" }),
      fact("io-3", "IMMIGRATION_OFFICE", "2026-02-01T09:00:00.000Z", { inadmissibilityReason: "ANONYMOUS" }),
      fact("io-4", "IMMIGRATION_OFFICE", "2026-04-01T09:00:00.000Z"),
      // The year is Brussels': 23:59:59.999 on 31 December 2025 in Brussels is not in the 2026 report.
      fact("io-5", "IMMIGRATION_OFFICE", "2025-12-31T22:59:59.999Z"),
      // ICT: withdrawn (never overdue); 00:30 on 1 January 2026 in Brussels (still 2025 in UTC), answered after 10 days.
      fact("ict-1", "ICT", "2026-02-01T09:00:00.000Z", { withdrawn: true }),
      fact("ict-2", "ICT", "2025-12-31T23:30:00.000Z", { ackAfter: 1, answeredAfter: 10, outcome: "FOUNDED" }),
    ]);
    await ds.getRepository(Escalation).insert({
      id: "e-1",
      complaintId: "io-2",
      ownerSub: "citizen",
      directorate: "IMMIGRATION_OFFICE",
      requestedAt: new Date("2026-02-20T09:00:00.000Z"),
      reason: "Late and wrong",
      status: "DECIDED",
      dueAt: new Date("2026-03-22T09:00:00.000Z"),
      decidedAt: new Date("2026-03-01T09:00:00.000Z"),
      decidedBy: central.sub,
      decision: "Partly right",
      outcome: "PARTLY_FOUNDED",
    } as unknown as Escalation);
    // Written here without events: the counters are built from the facts, as `npm run report:rebuild` does.
    await rebuildCounters(ds, LEGAL_CALENDAR);
  });
  afterAll(() => ds.destroy());

  const immigration = {
    ...zero,
    received: 4,
    inadmissible: 1,
    acknowledgedWithinDeadline: 1,
    answeredWithinDeadline: 1,
    overdue: 1,
    escalated: 1,
    founded: 1,
    partlyFounded: 1,
    medianDaysToAnswer: 27.5,
  };
  const ict = { ...zero, received: 2, withdrawn: 1, acknowledgedWithinDeadline: 1, answeredWithinDeadline: 1, founded: 1, medianDaysToAnswer: 10 };

  it("central: every directorate in code order, totals, the decision's outcome over the first line's, medians in days", async () => {
    const report = await reports.annualReport(central, 2026);
    expect(report.year).toBe(2026);
    expect(report.totals).toEqual({
      ...zero,
      received: 6,
      inadmissible: 1,
      withdrawn: 1,
      acknowledgedWithinDeadline: 2,
      answeredWithinDeadline: 2,
      overdue: 1,
      escalated: 1,
      founded: 2,
      partlyFounded: 1,
      medianDaysToAnswer: 15,
    });
    expect(report.byDirectorate.map((d) => d.directorate.code)).toEqual([
      "CENTRAL_SERVICES",
      "CIVIL_SECURITY",
      "SECURITY_AND_PREVENTION",
      "INSTITUTIONS_AND_POPULATION",
      "CRISIS_CENTRE",
      "IMMIGRATION_OFFICE",
      "ICT",
    ]);
    const by = Object.fromEntries(report.byDirectorate.map((d) => [d.directorate.code, d.statistics]));
    expect(by.IMMIGRATION_OFFICE).toEqual(immigration);
    expect(by.ICT).toEqual(ict);
    expect(by.CRISIS_CENTRE).toEqual(zero);
    expect(report.inadmissibleByReason).toEqual([
      { reason: "ANONYMOUS", count: 1 },
      { reason: "OUTSIDE_COMPETENCE", count: 0 },
      { reason: "DECISION_WITH_APPEAL_ROUTE", count: 0 },
      { reason: "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE", count: 0 },
    ]);
  });

  it("overdue is measured at the clock (art. 1.7 Civil Code): io-4 counts from the first instant after the 7th day, Brussels time", async () => {
    clock.set("2026-04-08T21:59:59.999Z"); // Wednesday 1 April + 7 = Wednesday 8 April, until 23:59:59.999 summer time
    try {
      expect((await reports.annualReport(central, 2026)).totals.overdue).toBe(0);
      clock.set("2026-04-08T22:00:00.000Z");
      expect((await reports.annualReport(central, 2026)).totals.overdue).toBe(1);
    } finally {
      clock.set(NOW);
    }
  });

  it("a coordinator's report covers the own directorate only", async () => {
    const report = await reports.annualReport(coordinatorOther, 2026);
    expect(report.totals).toEqual(ict);
    expect(report.byDirectorate).toEqual([{ directorate: { code: "ICT" }, statistics: ict }]);
    expect(report.inadmissibleByReason.every((r) => r.count === 0)).toBe(true);
  });

  it("the year before holds only the complaint of 23:59:59.999 on 31 December 2025 in Brussels; a year outside 2000-2100 is refused", async () => {
    expect((await reports.annualReport(central, 2025)).totals).toEqual({ ...zero, received: 1, overdue: 1 });
    await expect(reports.annualReport(central, 1999)).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
  });

  it("action plan: items for a directorate or the whole FOD; coordinators see their own and the FOD's; done once, at the clock", async () => {
    const own = await reports.addItem(central, 2026, {
      directorate: "IMMIGRATION_OFFICE",
      title: " Answer within the month ",
      relatedComplaintIds: ["io-2", "io-2"],
    } as never);
    clock.set("2026-04-15T12:00:01.000Z");
    const fod = await reports.addItem(central, 2026, { title: "Train coordinators", description: "  " });
    clock.set("2026-04-15T12:00:02.000Z");
    const other = await reports.addItem(central, 2026, { directorate: "ICT", title: "Portal" } as never);
    expect(own).toMatchObject({
      title: "Answer within the month",
      directorateCode: "IMMIGRATION_OFFICE",
      relatedComplaintIds: '["io-2"]',
      done: false,
      createdBy: central.sub,
    });
    expect(fod).toMatchObject({ directorateCode: null, description: null });
    expect((await reports.actionPlan(central, 2026)).map((i) => i.id)).toEqual([own.id, fod.id, other.id]);
    expect((await reports.actionPlan(coordinatorOwn, 2026)).map((i) => i.id)).toEqual([own.id, fod.id]);
    expect((await reports.annualReport(coordinatorOther, 2026)).actionPlan.map((i) => i.id)).toEqual([fod.id, other.id]);
    expect(await reports.actionPlan(central, 2027)).toEqual([]);

    clock.set("2026-05-01T08:00:00.000Z");
    const done = await reports.completeItem(central, own.id);
    expect([done.done, done.doneAt?.toISOString()]).toEqual([true, "2026-05-01T08:00:00.000Z"]);
    await expect(reports.completeItem(central, own.id)).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    await expect(reports.completeItem(central, "nope")).rejects.toMatchObject({ extensions: { code: "NOT_FOUND" } });
    await expect(reports.addItem(central, 2026, { title: "X", relatedComplaintIds: ["io-1", "unknown"] })).rejects.toMatchObject({
      message: "relatedComplaintIds names a complaint that does not exist",
    });
    expect(await reports.actionPlan(central, 2026)).toHaveLength(3);
    clock.set(NOW);
  });
});
