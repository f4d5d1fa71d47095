import { central, paperInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { REGISTER, ok, procedure } from "./helpers/procedure";
import { codes, useTestStack } from "./helpers/stack";

// Art. 1.7 Civil Code through the API: the due instants the API gives, the
// overdue flags, list filters and report figures measured on the set clock.

const OVERDUE_LIST = `query($filter: ComplaintFilter) { complaints(filter: $filter, first: 50) { items { id } } }`;
const REPORT = `query($year: Int!) { annualReport(year: $year) { year totals { received overdue } } }`;

describe.each(DATABASE_KINDS)("deadlines as art. 1.7 of the Civil Code counts them [%s]", (kind) => {
  // Christmas Eve configured as a day off (EXTRA_PUBLIC_HOLIDAYS).
  const t = useTestStack(kind, { clock: "2026-11-04T10:00:00.000Z", env: { EXTRA_PUBLIC_HOLIDAYS: "2026-12-24" } });
  const p = procedure(t);

  const overdueIds = async () =>
    (ok(await t.query(OVERDUE_LIST, { filter: { acknowledgementOverdue: true } }, central)).complaints.items as { id: string }[]).map((c) => c.id);
  const reportOverdue = async (year: number) => ok(await t.query(REPORT, { year }, central)).annualReport.totals.overdue as number;

  it("art. 1.7 Civil Code: a due day on 11 November moves to the next working day, which counts until 23:59:59.999 Brussels time; overdue from the next instant (flags, list filter, annual report)", async () => {
    // Wednesday 4 November, 11:00 in Brussels: + 7 days = Wednesday 11 November (Armistice) → Thursday 12 November.
    const { id } = await p.admissible();
    const filed = await p.read(id);
    expect([filed.acknowledgementDueAt, filed.answerDueAt]).toEqual(["2026-11-12T22:59:59.999Z", "2026-12-04T22:59:59.999Z"]);

    t.clock.set("2026-11-12T22:59:00.000Z"); // 23:59 on the due day
    expect((await p.read(id)).firstLine).toMatchObject({ acknowledgementOverdue: false, answerOverdue: false });
    expect(await overdueIds()).toEqual([]);
    expect(await reportOverdue(2026)).toBe(0);

    t.clock.set("2026-11-12T23:00:00.000Z"); // 00:00 on Friday 13 November
    expect((await p.read(id)).firstLine).toMatchObject({ acknowledgementOverdue: true, answerOverdue: false });
    expect(await overdueIds()).toEqual([id]);
    expect(await reportOverdue(2026)).toBe(1);

    await p.acknowledge(id);
    t.clock.set("2026-12-04T22:59:59.999Z");
    expect((await p.read(id)).firstLine).toMatchObject({ acknowledgementOverdue: false, answerOverdue: false });
    t.clock.set("2026-12-04T23:00:00.000Z");
    expect((await p.read(id)).firstLine).toMatchObject({ acknowledgementOverdue: false, answerOverdue: true });
    await t.settle();
    expect(await reportOverdue(2026)).toBe(1);
  });

  it("art. 1.7 Civil Code: receivedOn names the Brussels day of a paper complaint; a due day on a Saturday moves to Monday, across the change to winter time", async () => {
    t.clock.set("2026-11-04T10:00:00.000Z");
    // Saturday 17 October: + 7 = Saturday 24 October → Monday 26 October (after the clocks went back on the 25th).
    const c = await p.register(paperInput({ receivedAt: undefined, receivedOn: "2026-10-17" }));
    expect([c.receivedAt, c.acknowledgementDueAt, c.answerDueAt]).toEqual(["2026-10-16T22:00:00.000Z", "2026-10-26T22:59:59.999Z", "2026-11-16T22:59:59.999Z"]);
    const refused = await t.query(REGISTER, { input: paperInput({ receivedAt: undefined, receivedOn: "2026-02-30" }) }, central);
    expect(codes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0].message).toMatch(/receivedOn.*CalendarDate must be an existing date written YYYY-MM-DD/);
    const both = await t.query(REGISTER, { input: paperInput({ receivedOn: "2026-10-17" }) }, central);
    expect(codes(both)).toEqual(["BAD_USER_INPUT"]);
  });

  it("art. 1.7 Civil Code: counted in Brussels days across the change to summer time: 00:30 on 24 March is 24 March", async () => {
    t.clock.set("2026-03-23T23:30:00.000Z");
    const c = await p.file();
    expect([c.acknowledgementDueAt, c.answerDueAt]).toEqual(["2026-03-31T21:59:59.999Z", "2026-04-23T21:59:59.999Z"]);
  });

  it("art. 1.7 Civil Code: Escalation.dueAt is 30 days after the request, moved past a configured day off, Christmas and the weekend", async () => {
    t.clock.set("2026-11-24T10:00:00.000Z");
    const c = await p.escalated();
    // Tuesday 24 November + 30 = Thursday 24 December (configured) → 25 (Christmas), 26, 27 (weekend) → Monday 28 December.
    expect((await p.read(c.id)).escalation).toMatchObject({ requestedAt: "2026-11-24T10:00:00.000Z", dueAt: "2026-12-28T22:59:59.999Z" });
  });

  it("the year is Brussels': a complaint at 00:30 on 1 January gets the new year's reference and counts in the new year's report", async () => {
    t.clock.set("2026-12-31T22:59:59.999Z");
    const last = await p.file();
    t.clock.set("2026-12-31T23:30:00.000Z");
    const first = await p.file();
    expect(last.reference).toMatch(/^IBZ-2026-\d{6}$/);
    expect(first.reference).toBe("IBZ-2027-000001");
    expect(first.acknowledgementDueAt).toBe("2027-01-08T22:59:59.999Z");
    await t.settle();
    const received = async (year: number) => ok(await t.query(REPORT, { year }, central)).annualReport.totals.received as number;
    expect(await received(2027)).toBe(1);
    expect(await received(2026)).toBe(5);
  });
});
