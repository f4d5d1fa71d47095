import { LEGAL_CALENDAR } from "../../lib/domain/brussels-calendar";
import { Admissibility, DirectorateCode, EscalationStatus, InadmissibilityReason, Outcome } from "../../lib/domain/enums";
import { type Count, type CountKey, type FactForFigures, complaintCounts } from "../../subgraphs/escalation/report.counts";
import { type OpenCount, assembleYear, histogramMedian } from "../../subgraphs/escalation/report.figures";

const { ICT, CRISIS_CENTRE, CIVIL_SECURITY, IMMIGRATION_OFFICE } = DirectorateCode;
const { ANONYMOUS, OUTSIDE_COMPETENCE, DECISION_WITH_APPEAL_ROUTE, ADMINISTRATIVE_OR_JUDICIAL_DISPUTE } = InadmissibilityReason;

const c = (directorate: DirectorateCode, figure: string, value: number, day = 0): Count => ({ year: 2026, directorate, figure, day, value });

describe("annual report figures from the year's counts", () => {
  const counts: Count[] = [
    c(ICT, "received", 4),
    c(ICT, "inadmissible", 1),
    c(ICT, `reason.${ANONYMOUS}`, 1),
    c(ICT, "ack.onTime", 3),
    c(ICT, "answer.onTime", 2),
    c(ICT, "answer.days", 1, 10),
    c(ICT, "answer.days", 1, 31),
    c(ICT, "final.FOUNDED", 1),
    c(CRISIS_CENTRE, "received", 3),
    c(CRISIS_CENTRE, "inadmissible", 2),
    c(CRISIS_CENTRE, `reason.${ANONYMOUS}`, 1),
    c(CRISIS_CENTRE, `reason.${OUTSIDE_COMPETENCE}`, 1),
    c(CRISIS_CENTRE, "answer.days", 1, 3),
    c(CRISIS_CENTRE, "month", 3, 2),
    // Not asked for: left out of the directorates and the totals.
    c(IMMIGRATION_OFFICE, "received", 50),
    c(IMMIGRATION_OFFICE, "answer.days", 1, 1),
  ];
  const open: OpenCount[] = [
    // Two unanswered past the answer's deadline, one of them unacknowledged; one more unacknowledged past the week only.
    { directorate: ICT, step: "answer", late: 2, pending: 1, lateForAnswer: 2 },
    { directorate: ICT, step: "ack", late: 2, pending: 0, lateForAnswer: 1 },
  ];
  const figures = assembleYear(2026, { counts, open }, [ICT, CRISIS_CENTRE, CIVIL_SECURITY]);
  const by = Object.fromEntries(figures.byDirectorate.map((d) => [d.directorate.code, d.statistics]));

  it("sums the asked directorates' counts into the totals, with the median over all their answers", () => {
    expect(figures.totals).toMatchObject({ received: 7, inadmissible: 3, acknowledgedWithinDeadline: 3, answeredWithinDeadline: 2, founded: 1 });
    expect(figures.totals.medianDaysToAnswer).toBe(10);
    expect([by.ICT.medianDaysToAnswer, by.CRISIS_CENTRE.medianDaysToAnswer, by.CIVIL_SECURITY.medianDaysToAnswer]).toEqual([20.5, 3, null]);
  });

  it("overdue: unanswered past the answer's deadline, or unacknowledged past the week (each complaint once)", () => {
    expect(by.ICT.overdue).toBe(3);
    expect(figures.timeliness.answers).toEqual({ onTime: 2, late: 2, pending: 1, medianDays: 10 });
    expect(figures.timeliness.acknowledgements).toEqual({ onTime: 3, late: 2, pending: 0, medianDays: null });
  });

  it("lists every directorate asked for, in the order asked, every reason and every month", () => {
    expect(figures.byDirectorate.map((d) => d.directorate.code)).toEqual([ICT, CRISIS_CENTRE, CIVIL_SECURITY]);
    expect(by.CIVIL_SECURITY.received).toBe(0);
    expect(figures.inadmissibleByReason).toEqual([
      { reason: ANONYMOUS, count: 2 },
      { reason: OUTSIDE_COMPETENCE, count: 1 },
      { reason: DECISION_WITH_APPEAL_ROUTE, count: 0 },
      { reason: ADMINISTRATIVE_OR_JUDICIAL_DISPUTE, count: 0 },
    ]);
    expect(figures.byMonth.map((m) => m.received)).toEqual([0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(figures.secondLineChangedShare).toBeNull();
  });
});

describe("median of a histogram of days", () => {
  it.each([
    [[], null],
    [[[3, 1]], 3],
    [
      [
        [5, 1],
        [1, 1],
        [3, 1],
      ],
      3,
    ],
    [
      [
        [1, 2],
        [4, 2],
      ],
      2.5,
    ],
    [
      [
        [2, 3],
        [9, 1],
        [0, 0],
      ],
      2,
    ],
  ])("of %j is %p", (entries, expected) => {
    expect(histogramMedian(new Map(entries as [number, number][]))).toBe(expected);
  });
});

describe("what one complaint counts in (complaintCounts)", () => {
  const fact = (more: Partial<FactForFigures> = {}): FactForFigures => ({
    directorate: ICT,
    receivedAt: new Date("2026-03-31T22:30:00.000Z"), // 00:30 on 1 April in Brussels
    admissibility: Admissibility.ADMISSIBLE,
    inadmissibilityReason: null,
    withdrawn: false,
    acknowledgedAt: null,
    acknowledgementPostedAt: null,
    answeredAt: null,
    outcome: null,
    category: null,
    channel: null,
    language: null,
    complainantKind: null,
    ...more,
  });
  const figures = (keys: CountKey[]) => keys.map((k) => (k.day ? `${k.figure}:${k.day}` : k.figure));

  it("an open complaint: received in its Brussels month and year, its steps open from its receipt day", () => {
    const keys = complaintCounts(fact(), [], LEGAL_CALENDAR);
    expect(keys.every((k) => k.year === 2026 && k.directorate === ICT)).toBe(true);
    const april1 = Date.UTC(2026, 3, 1) / 86_400_000;
    expect(figures(keys)).toEqual(["received", "month:4", `ack.open:${april1}`, `answer.open:${april1}`]);
  });

  it("a paper acknowledgement counts from its posting; a withdrawn or inadmissible complaint owes no step", () => {
    const posted = fact({ acknowledgedAt: new Date("2026-04-02T08:00:00.000Z"), acknowledgementPostedAt: new Date("2026-04-20T08:00:00.000Z") });
    expect(figures(complaintCounts(posted, [], LEGAL_CALENDAR))).toEqual(expect.arrayContaining(["ack.late", "ack.days:19"]));
    expect(figures(complaintCounts(fact({ withdrawn: true }), [], LEGAL_CALENDAR))).toEqual(["received", "month:4", "withdrawn"]);
  });

  it("an escalation without a first-line answer is a second-line outcome but no comparison; a review is not the request", () => {
    const decided = {
      review: false,
      status: EscalationStatus.DECIDED,
      requestedAt: new Date("2026-05-10T08:00:00.000Z"),
      dueAt: new Date("2026-06-09T21:59:59.999Z"),
      decidedAt: new Date("2026-05-12T08:00:00.000Z"),
      outcome: Outcome.FOUNDED,
    };
    const keys = figures(complaintCounts(fact(), [decided], LEGAL_CALENDAR));
    expect(keys).toEqual(expect.arrayContaining(["escalated", "final.FOUNDED", "second.FOUNDED", "decision.onTime", "decision.days:2"]));
    expect(keys).not.toContain("changed.compared");
    const review = figures(complaintCounts(fact(), [{ ...decided, review: true }], LEGAL_CALENDAR));
    expect(review).not.toContain("escalated");
    expect(review).not.toContain("second.FOUNDED");
    expect(review).toContain("decision.onTime");
  });
});
