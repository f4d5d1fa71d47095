import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { central, coordinatorOther, coordinatorOwn, days } from "./helpers/callers";
import { describeInBrowser, recordRequests, useBrowser } from "./helpers/browser";
import { ok, procedure } from "./helpers/procedure";
import { startTestStack, type TestStack } from "./helpers/stack";

/** Where a person looks at what the browser showed (gitignored). */
const OUTPUT = path.resolve(__dirname, "..", "..", "test-output");
const FIGURES = `{ annualReport(year: 2026) {
  publication { version }
  byDirectorate { directorate { code } statistics { received } }
  byMonth { month received } byCategory { category received }
  totals { founded partlyFounded unfounded noJudgement }
  timeliness { acknowledgements { onTime late pending } answers { onTime late pending } secondLineDecisions { onTime late pending } }
} }`;

/** Each chart's bars as the page shows them: data-value, and the number its text label says. */
function chartsIn(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("svg[data-chart]")].map((svg) => [
        svg.getAttribute("data-chart"),
        Object.fromEntries(
          [...svg.querySelectorAll("rect.bar")].map((rect) => {
            const key = rect.getAttribute("data-key")!;
            const label = [...svg.querySelectorAll("text.value")].find((t) => t.getAttribute("data-key") === key);
            return [key, { value: Number(rect.getAttribute("data-value")), label: Number.parseInt(label?.textContent ?? "", 10) }];
          }),
        ),
      ]),
    ),
  ) as Promise<Record<string, Record<string, { value: number; label: number }>>>;
}

const expected = (entries: [string, number][]) => Object.fromEntries(entries.map(([key, n]) => [key, { value: n, label: n }]));

describeInBrowser("the printable annual report in Chromium [sqlite]", () => {
  const browser = useBrowser();
  let t: TestStack;

  beforeAll(async () => {
    t = await startTestStack("sqlite", { clock: "2026-01-12T09:00:00.000Z" });
    const p = procedure(t);
    // A year as a person would like to see it: complaints over the months, directorates and kinds; most acknowledged
    // in days and answered within the month, a few late, one escalated; every step at its own moment, in order.
    const coordinators: Record<string, typeof coordinatorOwn> = { IMMIGRATION_OFFICE: coordinatorOwn, ICT: coordinatorOther };
    const CATEGORIES = ["SERVICE_QUALITY", "OFFICIAL_CONDUCT", "SERVICE_OR_PRODUCT", "APPLICATION_OF_LEGISLATION"];
    const OUTCOMES = ["FOUNDED", "UNFOUNDED", "PARTLY_FOUNDED", "UNFOUNDED", "NO_JUDGEMENT"];
    const filings = [
      [0, "IMMIGRATION_OFFICE"],
      [9, "IMMIGRATION_OFFICE"],
      [23, "ICT"],
      [44, "IMMIGRATION_OFFICE"],
      [52, "ICT"],
      [58, "IMMIGRATION_OFFICE"],
      [66, "CIVIL_SECURITY"],
      [80, "IMMIGRATION_OFFICE"],
      [95, "ICT"],
      [120, "IMMIGRATION_OFFICE"],
      [150, "IMMIGRATION_OFFICE"],
      [171, "ICT"],
      [200, "IMMIGRATION_OFFICE"],
      [236, "ICT"],
      [250, "IMMIGRATION_OFFICE"],
      [265, "IMMIGRATION_OFFICE"],
      [290, "ICT"],
      [300, "CIVIL_SECURITY"],
    ] as const;
    const steps: { day: number; run: () => Promise<unknown> }[] = [];
    const ids: string[] = [];
    filings.forEach(([day, directorate], i) => {
      const coordinator = coordinators[directorate];
      steps.push({ day, run: async () => ids.push((await p.filed({ directorate, category: CATEGORIES[i % 4] })).id) });
      if (!coordinator) return;
      const late = i % 6 === 5;
      steps.push({ day: day + (late ? 9 : 2), run: () => p.acknowledge(ids[i], coordinator) });
      if (i % 7 === 3) {
        steps.push({ day: day + 3, run: () => p.screen(ids[i], false, "OUTSIDE_COMPETENCE", "A matter for the region", coordinator) });
        return;
      }
      steps.push({ day: day + (late ? 9 : 2), run: () => p.screen(ids[i], true, undefined, undefined, coordinator) });
      if (day < 280) steps.push({ day: day + (late ? 41 : 18), run: () => p.answer(ids[i], OUTCOMES[i % 5], coordinator) });
    });
    steps.push({ day: 60, run: async () => (escalationId = (await p.requestEscalation(ids[1])).id) });
    steps.push({ day: 75, run: () => p.decide(escalationId, "PARTLY_FOUNDED") });
    let escalationId = "";
    for (const step of steps.sort((a, b) => a.day - b.day)) {
      t.clock.set(days("2026-01-12T09:00:00.000Z", step.day));
      await step.run();
      await t.settle();
    }
    const actions = [
      ["Answer every letter within 30 days", "ICT"],
      ["Train the counter staff in plain language", "IMMIGRATION_OFFICE"],
      ["Publish the complaint form in German", null],
    ] as const;
    const added: string[] = [];
    for (const [title, directorate] of actions) {
      const input = { title, directorate, dueAt: "2027-06-30T00:00:00.000Z" };
      added.push(
        ok(await t.query(`mutation($i: ActionPlanItemInput!) { addActionPlanItem(year: 2026, input: $i) { id } }`, { i: input }, central)).addActionPlanItem.id,
      );
    }
    const STATUS = `mutation($id: ID!, $s: ActionStatus!) { setActionPlanItemStatus(id: $id, status: $s) { id } }`;
    ok(await t.query(STATUS, { id: added[0], s: "IN_PROGRESS" }, central));
    ok(await t.query(STATUS, { id: added[1], s: "DONE" }, central));
    const NOTE = `mutation($id: ID!, $text: String!) { addActionPlanProgressNote(id: $id, text: $text) { id } }`;
    ok(await t.query(NOTE, { id: added[0], text: "Answer templates ready; two teams trained." }, central));
    t.clock.set("2026-12-18T15:00:00.000Z");
    ok(
      await t.query(`mutation { publishAnnualReport(year: 2026, note: "Goedgekeurd door het directiecomité op 18 december 2026.") { version } }`, {}, central),
    );
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("opens from a signed link, draws every chart with the graph's numbers, prints to PDF, and asks no other host", async () => {
    const figures = ok(await t.query(FIGURES, {}, central)).annualReport;
    expect(figures.publication).toEqual({ version: 1 });
    const { url } = ok(await t.query(`{ annualReportLink(year: 2026, language: NL) { url } }`, {}, central)).annualReportLink;

    const page = await browser().newPage({ viewport: { width: 1000, height: 1400 } });
    const requests = recordRequests(page);
    const problems: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
    page.on("pageerror", (e) => void problems.push(e.message));
    const response = await page.goto(`${t.url}${url}`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe("Jaarverslag klachtenbehandeling 2026");
    expect(await page.textContent(".status")).toContain("Gepubliceerde versie 1");

    const charts = await chartsIn(page);
    expect(Object.keys(charts).sort()).toEqual(["by-category", "by-directorate", "by-month", "outcomes", "timeliness"]);
    expect(charts["by-month"]).toEqual(expected(figures.byMonth.map((m: any) => [String(m.month), m.received])));
    expect(charts["by-month"]["1"]).toEqual({ value: 2, label: 2 });
    expect(charts["by-directorate"]).toEqual(expected(figures.byDirectorate.map((d: any) => [d.directorate.code, d.statistics.received])));
    expect(charts["by-directorate"].ICT).toEqual({ value: 6, label: 6 });
    expect(charts["by-category"]).toEqual(expected(figures.byCategory.map((c: any) => [c.category, c.received])));
    const steps = ["acknowledgements", "answers", "secondLineDecisions"] as const;
    expect(charts.timeliness).toEqual(
      expected(steps.flatMap((s) => (["onTime", "late", "pending"] as const).map((k): [string, number] => [`${s}.${k}`, figures.timeliness[s][k]]))),
    );
    expect(charts.outcomes).toMatchObject(
      expected((["founded", "partlyFounded", "unfounded", "noJudgement"] as const).map((o): [string, number] => [`final.${o}`, figures.totals[o]])),
    );
    // Drawn, not only present: a month's column has a height.
    const tallest = await page.$eval('svg[data-chart="by-month"] rect.bar[data-key="1"]', (r) => r.getBoundingClientRect().height);
    expect(tallest).toBeGreaterThan(50);

    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, "annual-report.png"), fullPage: true });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
    fs.writeFileSync(path.join(OUTPUT, "annual-report.pdf"), pdf);

    expect([...new Set(requests.map((u) => new URL(u).host))]).toEqual([new URL(t.url).host]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
