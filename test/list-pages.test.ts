import { citizenOwner, otherCitizen, coordinatorOwn, central, fileInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { days, ok } from "./helpers/procedure";
import { START, codes, useTestStack } from "./helpers/stack";

const PAGE = `query($first: Int, $after: String) { myComplaintPage(first: $first, after: $after) { totalCount nextCursor items { id } } }`;
const FILE_15 = `mutation($i: FileComplaintInput!) { ${Array.from({ length: 15 }, (_, k) => `c${k}: fileComplaint(input: $i) { id }`).join(" ")} }`;
type Page = { totalCount: number; nextCursor: string | null; items: { id: string }[] };

describe.each(DATABASE_KINDS)("myComplaintPage and the bounded myComplaints [%s]", (kind) => {
  const t = useTestStack(kind);
  /** The owner's complaints, newest first: five a day apart, then 105 filed in the same instant (ties broken by id). */
  let mine: string[] = [];
  const others: string[] = [];
  const page = async (vars: Record<string, unknown>, as = citizenOwner): Promise<Page> => ok(await t.query(PAGE, vars, as)).myComplaintPage;

  beforeAll(async () => {
    for (let i = 0; i < 5; i++) {
      t.clock.set(days(START, i));
      mine.unshift(
        ok(await t.query(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, { i: fileInput() }, citizenOwner)).fileComplaint.id,
      );
      if (i < 2)
        others.unshift(
          ok(await t.query(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, { i: fileInput() }, otherCitizen)).fileComplaint.id,
        );
    }
    t.clock.set(days(START, 10));
    const burst: string[] = [];
    for (let round = 0; round < 7; round++)
      burst.push(...Object.values(ok<Record<string, { id: string }>>(await t.query(FILE_15, { i: fileInput() }, citizenOwner))).map((c) => c.id));
    mine = [...burst.sort().reverse(), ...mine];
  });

  it("pages through all 110 of the owner's complaints newest first, without gaps or repeats, across the tie of 105 at one instant", async () => {
    const seen: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    let pages = 0;
    do {
      const p: Page = await page({ first: 30, after });
      expect(p.items.length).toBeLessThanOrEqual(30);
      seen.push(...p.items.map((i) => i.id));
      totals.add(p.totalCount);
      after = p.nextCursor;
      pages++;
    } while (after);
    expect({ pages, totals: [...totals], seen }).toEqual({ pages: 4, totals: [110], seen: mine });
  });

  it("first is clamped to 100, defaults to 50; another citizen sees only their own; staff are FORBIDDEN", async () => {
    expect((await page({ first: 100_000 })).items.map((i) => i.id)).toEqual(mine.slice(0, 100));
    expect((await page({})).items.length).toBe(50);
    expect(await page({}, otherCitizen)).toEqual({ totalCount: 2, nextCursor: null, items: others.map((id) => ({ id })) });
    expect(codes(await t.query(PAGE, {}, coordinatorOwn))).toEqual(["FORBIDDEN"]);
    expect(codes(await t.query(PAGE, {}, central))).toEqual(["FORBIDDEN"]);
    expect(codes(await t.query(PAGE, { after: "garbage" }, citizenOwner))).toEqual(["BAD_USER_INPUT"]);
  });

  it("the deprecated myComplaints returns the newest 100 only", async () => {
    const listed = ok(await t.query(`{ myComplaints { id } }`, {}, citizenOwner)).myComplaints as { id: string }[];
    expect(listed.map((c) => c.id)).toEqual(mine.slice(0, 100));
  });
});
