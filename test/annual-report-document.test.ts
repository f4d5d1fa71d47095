import { signReportLink } from "../lib/auth/report-link";
import { ServiceTokens } from "../lib/auth/service-tokens";
import { central, citizenOwner, coordinatorOther, coordinatorOwn, days } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok, procedure } from "./helpers/procedure";
import { codes, useTestStack } from "./helpers/stack";

const T0 = "2026-03-02T09:00:00.000Z";
const LINK = `query($year: Int!, $language: Language) { annualReportLink(year: $year, language: $language) { url csvUrl expiresAt } }`;
const FIGURES = `{ annualReport(year: 2026) {
  totals { received inadmissible overdue founded unfounded medianDaysToAnswer }
  byDirectorate { directorate { code } statistics { received } }
  byMonth { month received } byCategory { category received }
  timeliness { acknowledgements { onTime late pending } answers { onTime late pending } }
} }`;

/** The bars of one chart of the document: key → the number on the bar (data-value). */
function bars(html: string, chart: string): Record<string, number> {
  const svg = new RegExp(`<svg[^>]*data-chart="${chart}"[^>]*>(.*?)</svg>`, "s").exec(html)?.[1] ?? "";
  return Object.fromEntries([...svg.matchAll(/<rect class="bar" data-key="([^"]+)" data-value="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
}

/** Issue 17 §3: GET /reports/annual/<year> (HTML) and .csv, by bearer token or signed link, scoped by the graph. */
describe.each(DATABASE_KINDS)("annual report document [%s]", (kind) => {
  const t = useTestStack(kind, { clock: T0 });
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers, redirect: "manual" });
  const bearer = async (caller: typeof central) => ({ authorization: `Bearer ${await t.token(caller)}` });

  beforeAll(async () => {
    const p = procedure(t);
    const a = await p.admissible();
    await p.acknowledge(a.id);
    await p.answer(a.id, "FOUNDED");
    await p.filed({ category: "OFFICIAL_CONDUCT" });
    await p.filed({ directorate: "ICT" });
    await t.settle();
    t.clock.set(days(T0, 40));
  });

  it("refuses without a caller (401) and a citizen (403); nothing is rendered", async () => {
    const none = await get("/reports/annual/2026");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe("Bearer");
    expect((await none.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const citizen = await get("/reports/annual/2026", await bearer(citizenOwner));
    expect(citizen.status).toBe(403);
    expect((await citizen.json()).errors[0].extensions.code).toBe("FORBIDDEN");
    expect((await get("/reports/annual/2026.csv", await bearer(citizenOwner))).status).toBe(403);
    expect((await get("/reports/annual/2026", { authorization: "Bearer not-a-token" })).status).toBe(401);
    expect(codes(await t.query(LINK, { year: 2026 }, citizenOwner))).toEqual(["FORBIDDEN"]);
    expect((await get("/reports/annual/2026?language=xx", await bearer(central))).status).toBe(400);
    expect((await get("/reports/annual/26", await bearer(central))).status).toBe(404);
  });

  it("the central service's document has the whole FOD's figures in its charts, in the language asked, under a strict CSP", async () => {
    const figures = ok(await t.query(FIGURES, {}, central)).annualReport;
    const res = await get("/reports/annual/2026?language=fr", await bearer(central));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe|https?:/);
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Rapport annuel du traitement des plaintes 2026");
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(bars(html, "by-directorate")).toEqual(Object.fromEntries(figures.byDirectorate.map((d: any) => [d.directorate.code, d.statistics.received])));
    expect(bars(html, "by-directorate")).toMatchObject({ IMMIGRATION_OFFICE: 2, ICT: 1, CRISIS_CENTRE: 0 });
    expect(bars(html, "by-month")).toEqual(Object.fromEntries(figures.byMonth.map((m: any) => [String(m.month), m.received])));
    expect(bars(html, "by-month")["3"]).toBe(3);
    expect(bars(html, "by-category")).toEqual(Object.fromEntries(figures.byCategory.map((c: any) => [c.category, c.received])));
    expect(bars(html, "timeliness")).toMatchObject({
      "acknowledgements.onTime": figures.timeliness.acknowledgements.onTime,
      "acknowledgements.late": figures.timeliness.acknowledgements.late,
      "answers.onTime": figures.timeliness.answers.onTime,
    });
    expect(bars(html, "outcomes")).toMatchObject({ "final.founded": 1, "final.unfounded": 0 });
  });

  it("a coordinator's document and link show their own directorate only", async () => {
    const html = await (await get("/reports/annual/2026?language=nl", await bearer(coordinatorOwn))).text();
    expect(bars(html, "by-directorate")).toEqual({ IMMIGRATION_OFFICE: 2 });
    expect(html).toContain("Directie: Algemene Directie Dienst Vreemdelingenzaken");
    const link = ok(await t.query(LINK, { year: 2026, language: "EN" }, coordinatorOther)).annualReportLink;
    expect(link.url).toMatch(/^\/reports\/annual\/2026\?language=en&link=[\w.%-]+$/);
    expect(link.url).not.toContain(await t.token(coordinatorOther));
    const expires = new Date(link.expiresAt).getTime() - Date.now();
    expect(expires).toBeGreaterThan(290_000);
    expect(expires).toBeLessThanOrEqual(300_000);
    const viaLink = await get(link.url);
    expect(viaLink.status).toBe(200);
    expect(bars(await viaLink.text(), "by-directorate")).toEqual({ ICT: 1 });
  });

  it("a tampered, expired or other year's link is refused", async () => {
    const { url } = ok(await t.query(LINK, { year: 2026 }, central)).annualReportLink;
    const token = decodeURIComponent(new URL(url, t.url).searchParams.get("link")!);
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const forged = [header, Buffer.from(JSON.stringify({ ...claims, year: 2025 })).toString("base64url"), signature].join(".");
    const flipped = [header, payload, (signature[0] === "A" ? "B" : "A") + signature.slice(1)].join(".");
    for (const bad of [forged, flipped, "x", ""]) {
      const res = await get(`/reports/annual/2026?link=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(401);
      expect((await res.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    expect((await get(`/reports/annual/2025?link=${encodeURIComponent(token)}`)).status).toBe(401);
    expect((await get(`/reports/annual/2025.csv?link=${encodeURIComponent(token)}`)).status).toBe(401);
    // Signed with the escalation service's real key six minutes ago: past its 5 minutes.
    const escalationKeys = await ServiceTokens.load(t.config.serviceKeysDir, "escalation", { generate: false });
    const old = await signReportLink(escalationKeys, central, 2026, Math.floor(Date.now() / 1000) - 360);
    expect((await get(`/reports/annual/2026?link=${encodeURIComponent(old)}`)).status).toBe(401);
    // A token only the gateway itself could sign is not a link either.
    const gatewayKeys = await ServiceTokens.load(t.config.serviceKeysDir, "gateway", { generate: false });
    const byGateway = await signReportLink(gatewayKeys, central, 2026);
    expect((await get(`/reports/annual/2026?link=${encodeURIComponent(byGateway)}`)).status).toBe(401);
    expect((await get(url)).status).toBe(200);
  });

  it("the CSV has the same figures: UTF-8 with BOM, ';' between fields, CRLF", async () => {
    const figures = ok(await t.query(FIGURES, {}, central)).annualReport;
    const { csvUrl } = ok(await t.query(LINK, { year: 2026, language: "NL" }, central)).annualReportLink;
    const res = await get(csvUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="annual-report-2026-nl.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text).not.toMatch(/[^\r]\n/);
    const rows = text.split("\r\n").map((line) => line.split(";"));
    const find = (first: string) => rows.find((r) => r[0] === first)!;
    const header = find("Directie");
    const total = find("Totaal");
    const column = (label: string) => total[header.indexOf(label)];
    expect(column("Ontvangen")).toBe(String(figures.totals.received));
    expect(column("Onontvankelijk")).toBe(String(figures.totals.inadmissible));
    expect(column("Over de termijn")).toBe(String(figures.totals.overdue));
    expect(column("Gegrond")).toBe(String(figures.totals.founded));
    expect(column("Mediaan dagen tot antwoord")).toBe(String(figures.totals.medianDaysToAnswer).replace(".", ","));
    expect(find("Algemene Directie Dienst Vreemdelingenzaken")[header.indexOf("Ontvangen")]).toBe("2");
    expect(find("maart")).toEqual(["maart", String(figures.byMonth[2].received)]);
    expect(find("Bejegening door een ambtenaar")).toEqual(["Bejegening door een ambtenaar", "1"]);
    expect(find("Ontvangstmeldingen").slice(1, 4)).toEqual(
      [figures.timeliness.acknowledgements.onTime, figures.timeliness.acknowledgements.late, figures.timeliness.acknowledgements.pending].map(String),
    );
  });
});
