import { DAY_MS } from "../../lib/platform/clock";
import { DirectorateCode, InadmissibilityReason } from "../../lib/domain/enums";
import { COUNTS, type Counts, type YearRows, assembleYearStatistics, median } from "../../subgraphs/escalation/report.figures";

const { ICT, CRISIS_CENTRE, CIVIL_SECURITY, IMMIGRATION_OFFICE } = DirectorateCode;
const { ANONYMOUS, OUTSIDE_COMPETENCE, DECISION_WITH_APPEAL_ROUTE, ADMINISTRATIVE_OR_JUDICIAL_DISPUTE } = InadmissibilityReason;

const counts = (received: number, rest: Partial<Counts> = {}): Counts => ({
  ...(Object.fromEntries(COUNTS.map((c) => [c, 0])) as Counts),
  received,
  ...rest,
});
const reasons = (anonymous = 0, outside = 0) => ({
  [ANONYMOUS]: anonymous,
  [OUTSIDE_COMPETENCE]: outside,
  [DECISION_WITH_APPEAL_ROUTE]: 0,
  [ADMINISTRATIVE_OR_JUDICIAL_DISPUTE]: 0,
});
const days = (d: number) => d * DAY_MS;

describe("annual report figures from the year's rows", () => {
  const rows: YearRows = {
    counts: [
      {
        directorate: ICT,
        counts: counts(4, { inadmissible: 1, acknowledgedWithinDeadline: 3, answeredWithinDeadline: 2, overdue: 1, escalated: 1, founded: 1, unfounded: 1 }),
        inadmissibleByReason: reasons(1, 0),
      },
      {
        directorate: CRISIS_CENTRE,
        counts: counts(3, { inadmissible: 2, acknowledgedWithinDeadline: 1, answeredWithinDeadline: 1, partlyFounded: 1 }),
        inadmissibleByReason: reasons(1, 1),
      },
      // Not asked for: left out of the directorates and the totals.
      { directorate: IMMIGRATION_OFFICE, counts: counts(50, { inadmissible: 50 }), inadmissibleByReason: reasons(50, 0) },
    ],
    answerTimes: [
      { directorate: ICT, ms: days(10) },
      { directorate: ICT, ms: days(31) },
      { directorate: CRISIS_CENTRE, ms: days(2.5) },
      { directorate: IMMIGRATION_OFFICE, ms: days(1) },
    ],
  };
  const figures = assembleYearStatistics(rows, [ICT, CRISIS_CENTRE, CIVIL_SECURITY]);

  it("sums the asked directorates' counts into the totals, with the median over all their answers", () => {
    const sums = {
      inadmissible: 3,
      acknowledgedWithinDeadline: 4,
      answeredWithinDeadline: 3,
      overdue: 1,
      escalated: 1,
      founded: 1,
      partlyFounded: 1,
      unfounded: 1,
    };
    expect(figures.totals).toEqual({ ...counts(7, sums), medianDaysToAnswer: 10 });
  });

  it.each([
    [ICT, 4, 1, 20.5],
    [CRISIS_CENTRE, 3, 2, 2.5],
    [CIVIL_SECURITY, 0, 0, null],
  ])("gives %s %i received, %i inadmissible and a median of %p days", (code, received, inadmissible, medianDays) => {
    const stats = figures.byDirectorate.get(code)!;
    expect([stats.received, stats.inadmissible, stats.medianDaysToAnswer]).toEqual([received, inadmissible, medianDays]);
  });

  it("lists every directorate asked for, in the order asked, and no other", () => {
    expect([...figures.byDirectorate.keys()]).toEqual([ICT, CRISIS_CENTRE, CIVIL_SECURITY]);
    expect(figures.byDirectorate.get(CIVIL_SECURITY)).toEqual({ ...counts(0), medianDaysToAnswer: null });
  });

  it("counts the inadmissible complaints per reason, every reason listed", () => {
    expect(figures.inadmissibleByReason).toEqual([
      { reason: ANONYMOUS, count: 2 },
      { reason: OUTSIDE_COMPETENCE, count: 1 },
      { reason: DECISION_WITH_APPEAL_ROUTE, count: 0 },
      { reason: ADMINISTRATIVE_OR_JUDICIAL_DISPUTE, count: 0 },
    ]);
  });

  it("gives zeros and no median for a year without complaints", () => {
    const empty = assembleYearStatistics({ counts: [], answerTimes: [] }, [ICT]);
    expect(empty.totals).toEqual({ ...counts(0), medianDaysToAnswer: null });
    expect(empty.inadmissibleByReason.every((r) => r.count === 0)).toBe(true);
  });
});

describe("median days", () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[1 / 3], 0.33],
    [[0.005, 0.01], 0.01],
  ])("of %j is %p", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
