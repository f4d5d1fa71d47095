import { referenceFaults } from "../../scripts/soak-checks";
import { contradictions, type ComplaintView } from "../../scripts/soak-invariants";
import { failureOf, type Outcome } from "../../scripts/soak-outcomes";
import { quotaFigures, quotaFailures } from "../../scripts/soak-quotas";

const answered: ComplaintView = {
  id: "c1",
  status: "ANSWERED",
  admissibility: "ADMISSIBLE",
  acknowledged: true,
  answered: true,
  firstLine: { admissibility: "ADMISSIBLE", acknowledged: true, answered: true },
  facts: { admissibility: "ADMISSIBLE", acknowledged: true, answered: true },
  escalations: [],
  letters: { ACKNOWLEDGEMENT: 1, FIRST_LINE_ANSWER: 1 },
};

describe("the soak's complaint invariants", () => {
  it("an answered complaint whose copies agree and which has one letter per step breaks none", () => {
    expect(contradictions([answered])).toEqual({});
  });

  it("names what a complaint breaks: a second answer letter, a status behind the directorates' answer, two escalations", () => {
    const twoLetters = { ...answered, id: "c2", letters: { ACKNOWLEDGEMENT: 1, FIRST_LINE_ANSWER: 2 } };
    const behind = { ...answered, id: "c3", status: "ACKNOWLEDGED", answered: false };
    const decided = { review: false, decided: true };
    const twice = {
      ...answered,
      id: "c4",
      status: "CLOSED",
      escalations: [decided, decided],
      letters: { ...answered.letters, ESCALATION_RECEIPT: 2, ESCALATION_DECISION: 2 },
    };
    expect(contradictions([answered, twoLetters, behind, twice])).toEqual({
      "not one answer letter per answer": { complaints: 2, examples: ["c2", "c3"] },
      "directorates disagrees with intake (admissibility, acknowledgement, answer)": { complaints: 1, examples: ["c3"] },
      "escalation's facts disagree with intake (admissibility, acknowledgement, answer)": { complaints: 1, examples: ["c3"] },
      "more than one second-line escalation": { complaints: 1, examples: ["c4"] },
    });
  });

  it("a complaint the directorates never heard of contradicts intake", () => {
    expect(Object.keys(contradictions([{ ...answered, firstLine: undefined }]))).toEqual([
      "directorates disagrees with intake (admissibility, acknowledgement, answer)",
    ]);
  });
});

describe("the soak's reference check", () => {
  const ref = (year: number, n: number, reference = `IBZ-${year}-${String(n).padStart(6, "0")}`) => ({
    id: `${year}-${n}`,
    reference,
    referenceYear: year,
    referenceNumber: n,
  });

  it("counts the numbers missing between a year's first and last, per year", () => {
    expect(referenceFaults([ref(2026, 1), ref(2026, 2), ref(2026, 3), ref(2027, 1)])).toEqual({ referenceGaps: 0, malformedReferences: 0 });
    expect(referenceFaults([ref(2026, 1), ref(2026, 4), ref(2027, 2), ref(2027, 3)])).toEqual({ referenceGaps: 2, malformedReferences: 0 });
  });

  it("refuses a reference that is not IBZ-<year>-<6 digits> of its own year and number", () => {
    expect(referenceFaults([ref(2026, 1, "IBZ-2026-1"), ref(2026, 2, "IBZ-2025-000002")])).toEqual({ referenceGaps: 0, malformedReferences: 2 });
  });
});

describe("the soak's request outcomes", () => {
  const outcome = (status: number, codes: string[] = []): Outcome => ({ at: 0, status, codes, op: "fileComplaint", sub: "s" });

  it("refusals of the procedure are answers; lost answers, proxy errors and unknown codes are failures", () => {
    expect([outcome(200), outcome(200, ["CONFLICT"]), outcome(200, ["RATE_LIMITED"]), outcome(429, ["RATE_LIMITED"])].map(failureOf)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect([outcome(0), outcome(502), outcome(503), outcome(200, ["SERVICE_UNAVAILABLE"]), outcome(200, ["INTERNAL_SERVER_ERROR"])].map(failureOf)).toEqual([
      "NO_ANSWER",
      "HTTP_502",
      "HTTP_503",
      "SERVICE_UNAVAILABLE",
      "INTERNAL_SERVER_ERROR",
    ]);
  });
});

describe("the soak's quota check", () => {
  const attempt = (sub: string, status: number, codes: string[] = []): Outcome => ({ at: 0, status, codes, op: "fileComplaint", sub });
  const counts = (stored: [string, number][], counters = stored) => ({ stored: new Map(stored), counters: new Map(counters) });

  it("a burst of 6 against a quota of 2: exact when 2 are stored and the other 4 were refused RATE_LIMITED", () => {
    const outcomes = [...Array(2).fill(attempt("q", 200)), ...Array(4).fill(attempt("q", 200, ["RATE_LIMITED"]))] as Outcome[];
    const figures = quotaFigures(2, counts([["q", 2]]), outcomes, "fileComplaint", ["q"]);
    expect(figures).toMatchObject({
      atQuota: 1,
      refused: 4,
      bursts: [{ sub: "q", attempts: 6, stored: 2, ok: 2, rateLimited: 4, unanswered: 0, exact: true }],
    });
    expect(quotaFailures("filings", figures)).toEqual([]);
  });

  it("fails a citizen over the quota, one refused below it, a counter that differs and a burst that was not refused", () => {
    const outcomes = [attempt("low", 200, ["RATE_LIMITED"]), ...(Array(3).fill(attempt("q", 200)) as Outcome[])];
    const figures = quotaFigures(
      2,
      counts(
        [
          ["over", 3],
          ["low", 1],
          ["q", 3],
        ],
        [
          ["over", 3],
          ["low", 2],
          ["q", 3],
        ],
      ),
      outcomes,
      "fileComplaint",
      ["q"],
    );
    expect(quotaFailures("filings", figures)).toEqual([
      "filings: over the quota for over, q",
      "filings: RATE_LIMITED below the quota for low",
      "filings: quota counter differs from what is stored for low",
      "filings: q asked 3 times at once, 3 stored (quota 2), 0 RATE_LIMITED",
    ]);
  });
});
