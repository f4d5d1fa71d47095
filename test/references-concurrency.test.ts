import { citizenOwner, fileInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { FILE } from "./helpers/procedure";
import { useTestStack } from "./helpers/stack";

const PARALLEL = 50;

// "[mysql]" only when MYSQL_URL is set: the MySQL run is what proves the row lock; SQLite runs too.
describe.each(DATABASE_KINDS)("reference numbers under concurrent filing [%s]", (kind) => {
  const t = useTestStack(kind);

  it(`${PARALLEL} parallel fileComplaint calls through the gateway get ${PARALLEL} distinct consecutive references IBZ-<year>-<6 digits>`, async () => {
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => t.query(FILE, { input: fileInput({ subject: `Parallel complaint ${i}` }) }, citizenOwner)),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const refs = results.map((r) => r.data!.fileComplaint.reference as string);
    for (const ref of refs) expect(ref).toMatch(/^IBZ-2026-\d{6}$/);
    const numbers = refs.map((ref) => Number(ref.slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: PARALLEL }, (_, i) => i + 1));

    // Each filing is stored once, with its own subject, and every event reaches the first line.
    await t.settle();
    const stored = await t.stack.subgraphs.intake.dataSource.query("SELECT reference, subject FROM complaint");
    expect(stored).toHaveLength(PARALLEL);
    const referenceById = new Map(results.map((r) => [r.data!.fileComplaint.id as string, r.data!.fileComplaint.reference as string]));
    expect(new Set(referenceById.values()).size).toBe(PARALLEL);
    const [{ n }] = await t.stack.subgraphs.directorates.dataSource.query("SELECT COUNT(*) AS n FROM complaint_case");
    expect(Number(n)).toBe(PARALLEL);
  });

  it("the next filing after the burst continues the sequence", async () => {
    const r = await t.query(FILE, { input: fileInput() }, citizenOwner);
    expect(r.data!.fileComplaint.reference).toBe(`IBZ-2026-${String(PARALLEL + 1).padStart(6, "0")}`);
  });
});
