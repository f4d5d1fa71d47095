import { citizenOwner, fileInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { FILE } from "./helpers/procedure";
import { startTestStack, type TestStack } from "./helpers/stack";

const PARALLEL = 10;

/**
 * The first filings of a year create its counter row. On MySQL an UPDATE that
 * finds no row and then an INSERT took gap locks above last year's row: of 10
 * simultaneous first filings of 2027, 8 failed with INTERNAL_SERVER_ERROR.
 */
describe.each(DATABASE_KINDS)("simultaneous first filings of a new year [%s]", (kind) => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack(kind);
  });
  afterAll(() => t.stop());

  const burst = () => Promise.all(Array.from({ length: PARALLEL }, (_, i) => t.query(FILE, { input: fileInput({ subject: `Burst ${i}` }) }, citizenOwner)));
  const numbers = (results: Awaited<ReturnType<typeof burst>>, year: number) => {
    for (const r of results) expect(r.errors).toBeUndefined();
    const refs = results.map((r) => r.data!.fileComplaint.reference as string);
    for (const ref of refs) expect(ref.startsWith(`IBZ-${year}-`)).toBe(true);
    return refs.map((ref) => Number(ref.slice(-6))).sort((a, b) => a - b);
  };
  const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  it(`${PARALLEL} filings at once in each of three years: every one succeeds, numbered 1 to ${PARALLEL} per year`, async () => {
    for (const [year, at] of [
      [2026, "2026-06-01T09:00:00.000Z"],
      [2027, "2027-01-01T00:00:01.000Z"],
      [2028, "2028-01-01T00:00:01.000Z"],
    ] as const) {
      t.clock.set(at);
      expect(numbers(await burst(), year)).toEqual(oneTo(PARALLEL));
    }
  });
});
