import { central, coordinatorOwn, days } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok, procedure } from "./helpers/procedure";
import { codes, useTestStack } from "./helpers/stack";

const T0 = "2026-02-02T09:00:00.000Z";
const STATS = "received inadmissible acknowledgedWithinDeadline answeredWithinDeadline overdue escalated founded partlyFounded unfounded medianDaysToAnswer";
const BODY = `year totals { ${STATS} } byDirectorate { directorate { code } statistics { ${STATS} } } actionPlan { title done status progressNotes { text } } lastYearActions { title done }
  byMonth { month received } timeliness { acknowledgements { onTime late pending } answers { onTime late pending } }
  publication { year version publishedAt note publishedByRole }`;
const REPORT = `query($year: Int!, $version: Int) { annualReport(year: $year, version: $version) { ${BODY} } }`;
const DRAFT = `query($year: Int!) { annualReportDraft(year: $year) { ${BODY} } }`;
const PUBLISH = `mutation($year: Int!, $note: String!) { publishAnnualReport(year: $year, note: $note) { year version publishedAt note publishedByRole publishedBy } }`;
const VERSIONS = `query($year: Int!) { annualReportVersions(year: $year) { version note publishedByRole } }`;

/** Issue 17 §2: a published report is a snapshot; what happens afterwards and the clock moving on do not change it. */
describe.each(DATABASE_KINDS)("published annual report [%s]", (kind) => {
  const t = useTestStack(kind, { clock: T0 });
  let p: ReturnType<typeof procedure>;
  let pending: { id: string };
  let answeredLater: { id: string };
  let published: Record<string, any>;
  let coordinatorsPart: Record<string, any>;

  beforeAll(async () => {
    p = procedure(t);
    // Immigration Office: one answered on time, one not yet handled (overdue after a week), one acknowledged and waiting; ICT: one filed.
    const answered = await p.admissible();
    await p.acknowledge(answered.id);
    await p.answer(answered.id, "FOUNDED");
    pending = await p.filed();
    answeredLater = await p.admissible();
    await p.acknowledge(answeredLater.id);
    await p.filed({ directorate: "ICT" });
    const item = ok(await t.query(`mutation { addActionPlanItem(year: 2026, input: { title: "Answer every letter in 30 days" }) { id } }`, {}, central));
    const NOTE = `mutation($id: ID!, $text: String!) { addActionPlanProgressNote(id: $id, text: $text) { id } }`;
    ok(await t.query(NOTE, { id: item.addActionPlanItem.id, text: "Templates drafted" }, central));
    const lastYears = ok(await t.query(`mutation { addActionPlanItem(year: 2025, input: { title: "Publish the form in German" }) { id } }`, {}, central));
    await t.settle();
    t.clock.set(days(T0, 3));
    expect(ok(await t.query(PUBLISH, { year: 2026, note: "Goedgekeurd door het directiecomité" }, central)).publishAnnualReport).toEqual({
      year: 2026,
      version: 1,
      publishedAt: days(T0, 3),
      note: "Goedgekeurd door het directiecomité",
      publishedByRole: "central-service",
      publishedBy: central.sub,
    });
    published = ok(await t.query(REPORT, { year: 2026 }, central)).annualReport;
    coordinatorsPart = ok(await t.query(REPORT, { year: 2026 }, coordinatorOwn)).annualReport;

    // After publication: a new complaint, an answer, the action done, and two months pass.
    await p.filed();
    await p.answer(answeredLater.id, "UNFOUNDED");
    ok(await t.query(NOTE, { id: item.addActionPlanItem.id, text: "Rolled out everywhere" }, central));
    for (const done of [item.addActionPlanItem.id, lastYears.addActionPlanItem.id])
      ok(await t.query(`mutation($id: ID!) { completeActionPlanItem(id: $id) { id } }`, { id: done }, central));
    await t.settle();
    t.clock.set(days(T0, 60));
  });

  it("the published version holds the figures of its moment", () => {
    expect(published.publication).toEqual({
      year: 2026,
      version: 1,
      publishedAt: days(T0, 3),
      note: "Goedgekeurd door het directiecomité",
      publishedByRole: "central-service",
    });
    expect(published.totals).toMatchObject({ received: 4, answeredWithinDeadline: 1, founded: 1, unfounded: 0, overdue: 0 });
    expect(published.actionPlan).toEqual([
      { title: "Answer every letter in 30 days", done: false, status: "PLANNED", progressNotes: [{ text: "Templates drafted" }] },
    ]);
    expect(published.lastYearActions).toEqual([{ title: "Publish the form in German", done: false }]);
  });

  it("later filings, answers, completed actions and the clock do not change it; the draft counts them", async () => {
    expect(ok(await t.query(REPORT, { year: 2026 }, central)).annualReport).toEqual(published);
    const draft = ok(await t.query(DRAFT, { year: 2026 }, central)).annualReportDraft;
    expect(draft.publication).toBeNull();
    expect(published.timeliness.acknowledgements).toEqual({ onTime: 2, late: 0, pending: 2 });
    expect(draft.timeliness.acknowledgements).toEqual({ onTime: 2, late: 3, pending: 0 });
    expect(draft.byMonth[1]).toEqual({ month: 2, received: 5 });
    expect(published.byMonth[1]).toEqual({ month: 2, received: 4 });
    // 5 received; the two Immigration Office complaints never handled and the ICT one are now overdue; the answer given after publication counts.
    expect(draft.totals).toMatchObject({ received: 5, unfounded: 1, overdue: 3 });
    expect(draft.actionPlan).toEqual([
      {
        title: "Answer every letter in 30 days",
        done: true,
        status: "DONE",
        progressNotes: [{ text: "Templates drafted" }, { text: "Rolled out everywhere" }],
      },
    ]);
    expect(draft.lastYearActions).toEqual([{ title: "Publish the form in German", done: true }]);
    expect(pending.id).toBeTruthy();
  });

  it("a coordinator reads their directorate's part of the published version, not who published it, and not the draft", async () => {
    expect(coordinatorsPart.byDirectorate).toEqual([{ directorate: { code: "IMMIGRATION_OFFICE" }, statistics: expect.objectContaining({ received: 3 }) }]);
    expect(coordinatorsPart.totals.received).toBe(3);
    expect(ok(await t.query(REPORT, { year: 2026 }, coordinatorOwn)).annualReport).toEqual(coordinatorsPart);
    const who = await t.query(`{ annualReport(year: 2026) { publication { version publishedBy } } }`, {}, coordinatorOwn);
    expect(codes(who)).toEqual(["FORBIDDEN"]);
    expect(codes(await t.query(DRAFT, { year: 2026 }, coordinatorOwn))).toEqual(["FORBIDDEN"]);
    expect(codes(await t.query(PUBLISH, { year: 2026, note: "Mine" }, coordinatorOwn))).toEqual(["FORBIDDEN"]);
  });

  it("a correction is a new version with its note; the earlier one stays readable", async () => {
    t.clock.set(days(T0, 61));
    const second = ok(await t.query(PUBLISH, { year: 2026, note: "Correctie: late antwoorden meegeteld" }, central)).publishAnnualReport;
    expect(second).toMatchObject({ version: 2, publishedAt: days(T0, 61) });
    const latest = ok(await t.query(REPORT, { year: 2026 }, central)).annualReport;
    expect(latest.publication.version).toBe(2);
    expect(latest.totals).toMatchObject({ received: 5, unfounded: 1, overdue: 3 });
    expect(ok(await t.query(REPORT, { year: 2026, version: 1 }, central)).annualReport).toEqual(published);
    expect(ok(await t.query(REPORT, { year: 2026, version: 1 }, coordinatorOwn)).annualReport).toEqual(coordinatorsPart);
    expect(ok(await t.query(VERSIONS, { year: 2026 }, coordinatorOwn)).annualReportVersions).toEqual([
      { version: 1, note: "Goedgekeurd door het directiecomité", publishedByRole: "central-service" },
      { version: 2, note: "Correctie: late antwoorden meegeteld", publishedByRole: "central-service" },
    ]);
    expect(codes(await t.query(REPORT, { year: 2026, version: 3 }, central))).toEqual(["NOT_FOUND"]);

    // The next year compares with the latest published version of this one, for the central service and the coordinator alike.
    const PREVIOUS = `{ annualReport(year: 2027) { publication { version } previousYear { publication { version } totals { received } byDirectorate { directorate { code } } } } }`;
    const next = ok(await t.query(PREVIOUS, {}, central)).annualReport;
    expect(next.publication).toBeNull();
    expect(next.previousYear).toMatchObject({ publication: { version: 2 }, totals: { received: 5 } });
    expect(ok(await t.query(PREVIOUS, {}, coordinatorOwn)).annualReport.previousYear).toEqual({
      publication: { version: 2 },
      totals: { received: 4 },
      byDirectorate: [{ directorate: { code: "IMMIGRATION_OFFICE" } }],
    });
  });

  it("a year never published gives live figures without a publication; bad input changes nothing", async () => {
    const live = ok(await t.query(REPORT, { year: 2027 }, central)).annualReport;
    expect(live).toMatchObject({ year: 2027, publication: null, totals: { received: 0 } });
    expect(ok(await t.query(VERSIONS, { year: 2027 }, central)).annualReportVersions).toEqual([]);
    expect(codes(await t.query(PUBLISH, { year: 2027, note: " \n " }, central))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await t.query(PUBLISH, { year: 1999, note: "Too early" }, central))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await t.query(PUBLISH, { year: 2027, note: "x".repeat(2_001) }, central))).toEqual(["BAD_USER_INPUT"]);
    expect(ok(await t.query(VERSIONS, { year: 2027 }, central)).annualReportVersions).toEqual([]);
  });

  it("simultaneous publications of one year get distinct consecutive versions", async () => {
    const results = await Promise.all([1, 2, 3, 4].map((n) => t.query(PUBLISH, { year: 2028, note: `Gelijktijdig ${n}` }, central)));
    const versions = results.map((r) => ok(r).publishAnnualReport.version as number).sort();
    expect(versions).toEqual([1, 2, 3, 4]);
    const listed = ok(await t.query(VERSIONS, { year: 2028 }, central)).annualReportVersions;
    expect(listed.map((v: { version: number }) => v.version)).toEqual([1, 2, 3, 4]);
    for (const version of versions) expect(ok(await t.query(REPORT, { year: 2028, version }, coordinatorOwn)).annualReport.publication.version).toBe(version);
  });
});
