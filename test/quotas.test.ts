import type { Caller } from "../lib/auth/caller";
import { loadConfig } from "../lib/config";
import { citizenOwner, fileInput, otherCitizen, paperInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { FILE, procedure, REQUEST_ESCALATION, snapshot } from "./helpers/procedure";
import { codes, startTestStack, useTestStack, type TestStack } from "./helpers/stack";

const DEFAULTS = loadConfig({});
const citizen = (sub: string): Caller => ({ sub, role: "citizen", name: "Els Maes", email: `${sub}@example.be`, emailVerified: true });

describe("quota and rate settings", () => {
  it("defaults: 10 online filings and 10 escalation requests per citizen per Brussels day; 120 requests a minute per caller, 60 per address without a token; no trusted proxy", () => {
    expect(DEFAULTS.quotas).toEqual({ filingsPerDay: 10, escalationRequestsPerDay: 10 });
    expect(DEFAULTS.rates).toEqual({ perCallerPerMinute: 120, perAddressPerMinute: 60, trustedProxies: [] });
  });

  it("TRUSTED_PROXIES is a comma-separated list; a limit below 1 is refused", () => {
    expect(loadConfig({ TRUSTED_PROXIES: " 10.0.0.1, ::1 ,," }).rates.trustedProxies).toEqual(["10.0.0.1", "::1"]);
    expect(() => loadConfig({ FILINGS_PER_CITIZEN_PER_DAY: "0" })).toThrow(/FILINGS_PER_CITIZEN_PER_DAY/);
    expect(() => loadConfig({ GATEWAY_RATE_PER_CALLER: "x" })).toThrow(/GATEWAY_RATE_PER_CALLER/);
  });
});

describe.each(DATABASE_KINDS)("daily quotas per citizen [%s]", (kind) => {
  // The filing quota at its default; the escalation quota at 2, so a citizen reaches it with three answered complaints.
  const t = useTestStack(kind, { env: { FILINGS_PER_CITIZEN_PER_DAY: String(DEFAULTS.quotas.filingsPerDay), ESCALATION_REQUESTS_PER_CITIZEN_PER_DAY: "2" } });
  const p = procedure(t);
  const escalating = citizen("citizen-escalating");
  let refusedEscalation = "";
  const file = (as: Caller, subject = "No answer to my letters") => t.query(FILE, { input: fileInput({ subject }) }, as);
  const complaintsOf = async (sub: string) =>
    Number((await t.stack.subgraphs.intake.dataSource.query("SELECT COUNT(*) AS n FROM complaint WHERE ownerSub = ?", [sub]))[0].n);

  it("the 11th online filing of a citizen on one day is RATE_LIMITED (what limit, when it resets) and stores nothing", async () => {
    for (let i = 1; i <= 10; i++) expect((await file(citizenOwner, `Complaint ${i}`)).errors).toBeUndefined();
    await t.settle();
    const before = await snapshot(t);
    const refused = await file(citizenOwner, "Complaint 11");
    expect(codes(refused)).toEqual(["RATE_LIMITED"]);
    expect(refused.errors![0].message).toBe("At most 10 complaints filed online per citizen per day; the limit resets at midnight, Brussels time");
    expect(refused.data).toBeNull();
    await t.settle();
    // No complaint, no event, no reference used, and the refused attempt is not counted.
    expect(await snapshot(t)).toEqual(before);
    expect(await complaintsOf(citizenOwner.sub)).toBe(10);
  });

  it("another citizen files on that day; a coordinator's registration of a paper complaint is no citizen's quota", async () => {
    expect((await file(otherCitizen)).errors).toBeUndefined();
    const registered = await p.register(paperInput());
    expect(registered.reference).toBe("IBZ-2026-000012");
  });

  it("escalation requests per citizen per day: the 3rd with quota 2 is RATE_LIMITED and stores no escalation", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = await p.admissible({ subject: `To escalate ${i}` }, escalating);
      await p.answer(c.id);
      ids.push(c.id);
    }
    await t.settle();
    await p.requestEscalation(ids[0], "The answer ignores my letters.", escalating);
    await p.requestEscalation(ids[1], "The answer ignores my letters.", escalating);
    const refused = await t.query(REQUEST_ESCALATION, { id: ids[2], reason: "The answer ignores my letters." }, escalating);
    expect(codes(refused)).toEqual(["RATE_LIMITED"]);
    expect(refused.errors![0].message).toBe("At most 2 escalation requests per citizen per day; the limit resets at midnight, Brussels time");
    const rows = await t.stack.subgraphs.escalation.dataSource.query("SELECT complaintId FROM escalation WHERE ownerSub = ?", [escalating.sub]);
    expect(rows.map((r: { complaintId: string }) => r.complaintId).sort()).toEqual([ids[0], ids[1]].sort());
    refusedEscalation = ids[2];
  });

  it("15 parallel filings of one citizen with quota 10: exactly 10 are stored, 5 are RATE_LIMITED", async () => {
    const burst = citizen("citizen-burst");
    const results = await Promise.all(Array.from({ length: 15 }, (_, i) => file(burst, `Parallel ${i}`)));
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(10);
    expect(results.flatMap(codes).sort()).toEqual(Array(5).fill("RATE_LIMITED"));
    expect(await complaintsOf(burst.sub)).toBe(10);
  });

  it("the quotas turn over at midnight in Brussels, not at midnight UTC", async () => {
    // 2 March 2026, 23:59 in Brussels (UTC+1): still the same day.
    t.clock.set("2026-03-02T22:59:00.000Z");
    const lastMinute = await file(citizenOwner);
    expect(codes(lastMinute)).toEqual(["RATE_LIMITED"]);
    // retryAfter: the seconds until that midnight, for a UI to disable the action until then.
    expect(lastMinute.errors![0].extensions!.retryAfter).toBe(60);
    t.clock.set("2026-03-02T23:00:00.000Z");
    expect((await file(citizenOwner)).errors).toBeUndefined();
    expect(await complaintsOf(citizenOwner.sub)).toBe(11);
    expect((await t.query(REQUEST_ESCALATION, { id: refusedEscalation, reason: "The answer ignores my letters." }, escalating)).errors).toBeUndefined();
  });
});

describe("gateway request rates (per replica, in memory)", () => {
  const anonymous = async (t: TestStack, forwardedFor?: string) => {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "accept-language": "en",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    };
    return fetch(`${t.url}/`, { method: "POST", headers, body: JSON.stringify({ query: "{ __typename }" }) });
  };
  const expectRefused = async (res: Response, limit: string) => {
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(["RATE_LIMITED"]);
    // The same wait in the body, for a client that cannot read the header.
    expect((body.errors[0].extensions as { retryAfter?: number }).retryAfter).toBe(retryAfter);
    expect(body.errors[0].message).toMatch(new RegExp(`^Too many requests: at most ${limit}; try again in \\d+ s$`));
  };

  describe("per caller and per address", () => {
    const t = useTestStack("sqlite", { env: { GATEWAY_RATE_PER_CALLER: "5", GATEWAY_RATE_PER_ADDRESS: "3" } });
    const asCaller = async (as: Caller) =>
      fetch(`${t.url}/`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-language": "en", authorization: `Bearer ${await t.token(as)}` },
        body: JSON.stringify({ query: "{ myComplaints { id } }" }),
      });

    it("a caller over the rate gets 429, Retry-After and RATE_LIMITED before execution; another caller is unaffected", async () => {
      const heavy = citizen("citizen-heavy");
      for (let i = 0; i < 5; i++) expect((await asCaller(heavy)).status).toBe(200);
      const before = await snapshot(t);
      await expectRefused(await asCaller(heavy), "5 requests a minute per caller");
      // Refused before execution: not even the mutation's complaint is stored.
      const mutation = await t.query(FILE, { input: fileInput() }, heavy);
      expect(mutation.status).toBe(429);
      expect(codes(mutation)).toEqual(["RATE_LIMITED"]);
      expect(await snapshot(t)).toEqual(before);
      expect((await asCaller(citizen("citizen-light"))).status).toBe(200);
    });

    it("requests without a token count per address; callers with a token from that address are unaffected", async () => {
      for (let i = 0; i < 3; i++) expect((await anonymous(t)).status).toBe(200);
      await expectRefused(await anonymous(t), "3 requests a minute per address without a token");
      // X-Forwarded-For from an untrusted peer is not believed: a new value does not open a new budget.
      await expectRefused(await anonymous(t, "203.0.113.7"), "3 requests a minute per address without a token");
      expect((await asCaller(citizen("citizen-with-token"))).status).toBe(200);
    });
  });

  describe("behind a trusted proxy", () => {
    let t: TestStack;
    beforeAll(async () => {
      t = await startTestStack("sqlite", { env: { GATEWAY_RATE_PER_ADDRESS: "2", TRUSTED_PROXIES: "127.0.0.1,::1" } });
    });
    afterAll(() => t?.stop());

    it("X-Forwarded-For from a TRUSTED_PROXIES peer names the client: each client address has its own budget", async () => {
      for (let i = 0; i < 2; i++) expect((await anonymous(t, "198.51.100.1")).status).toBe(200);
      await expectRefused(await anonymous(t, "198.51.100.1"), "2 requests a minute per address without a token");
      // A client cannot forge its way out: the proxy appends the real address, which is read from the right.
      await expectRefused(await anonymous(t, "192.0.2.99, 198.51.100.1"), "2 requests a minute per address without a token");
      expect((await anonymous(t, "198.51.100.2")).status).toBe(200);
    });
  });
});
