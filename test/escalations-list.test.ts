import { central, citizenOwner, coordinatorOther, coordinatorOwn, otherCitizen } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { days, ok, procedure } from "./helpers/procedure";
import { START, codes, useTestStack } from "./helpers/stack";

const LIST = `query($status: EscalationStatus, $first: Int, $after: String) {
  escalations(status: $status, first: $first, after: $after) { id status requestedAt complaint { id } } }`;

const PAGE = `query($status: EscalationStatus, $first: Int, $after: String) {
  escalationPage(status: $status, first: $first, after: $after) { totalCount nextCursor items { id } } }`;

type Row = { id: string; status: string; requestedAt: string; complaint: { id: string } };

describe.each(DATABASE_KINDS)("escalations list [%s]", (kind) => {
  const t = useTestStack(kind);
  /** Oldest first: three about the Immigration Office (the owner's), two about ICT (the other citizen's). */
  const made: { id: string; complaintId: string; directorate: string; requestedAt: string }[] = [];
  const list = async (vars: Record<string, unknown>, as = central): Promise<Row[]> => ok(await t.query(LIST, vars, as)).escalations;

  beforeAll(async () => {
    const p = procedure(t);
    const plan = [
      { directorate: "IMMIGRATION_OFFICE", citizen: citizenOwner, coordinator: coordinatorOwn },
      { directorate: "ICT", citizen: otherCitizen, coordinator: coordinatorOther },
      { directorate: "IMMIGRATION_OFFICE", citizen: citizenOwner, coordinator: coordinatorOwn },
      { directorate: "ICT", citizen: otherCitizen, coordinator: coordinatorOther },
      { directorate: "IMMIGRATION_OFFICE", citizen: citizenOwner, coordinator: coordinatorOwn },
    ];
    for (const [i, step] of plan.entries()) {
      t.clock.set(days(START, i));
      const c = await p.file({ directorate: step.directorate }, step.citizen);
      await t.settle();
      await p.screen(c.id, true, undefined, undefined, step.coordinator);
      await t.settle();
      await p.acknowledge(c.id, step.coordinator);
      await p.answer(c.id, "UNFOUNDED", step.coordinator);
      await t.settle();
      t.clock.set(days(START, 10 + i));
      const e = await p.requestEscalation(c.id, "Not convinced.", step.citizen);
      made.push({ id: e.id, complaintId: c.id, directorate: step.directorate, requestedAt: e.requestedAt });
    }
    await t.settle();
    t.clock.set(days(START, 20));
    await p.decide(made[1].id);
    await t.settle();
  });

  const newestFirst = (rows: typeof made) => [...rows].reverse().map((e) => e.id);

  it("the central service sees all, newest first; first/after page through them without gaps or repeats", async () => {
    expect((await list({})).map((r) => r.id)).toEqual(newestFirst(made));
    const pages: string[][] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list({ first: 2, after });
      if (page.length === 0) break;
      pages.push(page.map((r) => r.id));
      after = page[page.length - 1].id;
    }
    expect(pages).toEqual([newestFirst(made).slice(0, 2), newestFirst(made).slice(2, 4), newestFirst(made).slice(4)]);
  });

  it("status filters: REQUESTED and DECIDED", async () => {
    expect((await list({ status: "DECIDED" })).map((r) => r.id)).toEqual([made[1].id]);
    expect((await list({ status: "REQUESTED" })).map((r) => r.id)).toEqual(newestFirst(made.filter((_, i) => i !== 1)));
  });

  it("a coordinator sees their directorate's escalations, a citizen their own, paging within that scope", async () => {
    const immigration = made.filter((e) => e.directorate === "IMMIGRATION_OFFICE");
    expect((await list({}, coordinatorOwn)).map((r) => r.id)).toEqual(newestFirst(immigration));
    expect((await list({}, coordinatorOther)).map((r) => r.id)).toEqual(newestFirst(made.filter((e) => e.directorate === "ICT")));
    expect((await list({}, citizenOwner)).map((r) => r.id)).toEqual(newestFirst(immigration));
    const second = await list({ first: 1, after: newestFirst(immigration)[0] }, coordinatorOwn);
    expect(second.map((r) => r.id)).toEqual([newestFirst(immigration)[1]]);
  });

  it("after must be an escalation the caller can see: another's id or garbage is BAD_USER_INPUT; first is checked and clamped", async () => {
    const ict = made.find((e) => e.directorate === "ICT")!;
    expect(codes(await t.query(LIST, { after: ict.id }, coordinatorOwn))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await t.query(LIST, { after: "not-an-id" }, central))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await t.query(LIST, { first: 0 }, central))).toEqual(["BAD_USER_INPUT"]);
    expect((await list({ first: 100_000 })).length).toBe(made.length);
  });

  describe("escalationPage", () => {
    type Page = { totalCount: number; nextCursor: string | null; items: { id: string }[] };
    const page = async (vars: Record<string, unknown>, as = central): Promise<Page> => ok(await t.query(PAGE, vars, as)).escalationPage;
    /** Follows nextCursor to the end; returns the ids page by page and the totalCounts seen. */
    const all = async (vars: Record<string, unknown>, as = central) => {
      const pages: string[][] = [];
      const totals = new Set<number>();
      let after: string | null = null;
      do {
        const p: Page = await page({ ...vars, after }, as);
        pages.push(p.items.map((i) => i.id));
        totals.add(p.totalCount);
        after = p.nextCursor;
      } while (after);
      return { pages, totals: [...totals] };
    };

    it("pages through the caller's scope newest first without gaps or repeats; totalCount counts the whole scope; the last page has no cursor", async () => {
      const ids = newestFirst(made);
      expect(await all({ first: 2 })).toEqual({ pages: [ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)], totals: [5] });
      const immigration = newestFirst(made.filter((e) => e.directorate === "IMMIGRATION_OFFICE"));
      expect(await all({ first: 2 }, coordinatorOwn)).toEqual({ pages: [immigration.slice(0, 2), immigration.slice(2)], totals: [3] });
      expect(await all({ first: 2 }, citizenOwner)).toEqual({ pages: [immigration.slice(0, 2), immigration.slice(2)], totals: [3] });
      expect(await all({ first: 2 }, coordinatorOther)).toEqual({ pages: [newestFirst(made.filter((e) => e.directorate === "ICT"))], totals: [2] });
    });

    it("status filters the items and the count; first is clamped; a bad cursor or first is BAD_USER_INPUT", async () => {
      expect(await page({ status: "DECIDED" })).toEqual({ totalCount: 1, nextCursor: null, items: [{ id: made[1].id }] });
      expect((await page({ first: 100_000 })).items.length).toBe(made.length);
      expect(codes(await t.query(PAGE, { after: "not-a-cursor" }, central))).toEqual(["BAD_USER_INPUT"]);
      expect(codes(await t.query(PAGE, { first: 0 }, central))).toEqual(["BAD_USER_INPUT"]);
    });
  });
});
