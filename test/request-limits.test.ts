import { parse, validate } from "graphql";
import { ConfigError, SUBGRAPHS, loadConfig } from "../lib/config";
import { measureOperations, requestLimitsRule } from "../gateway/limits";
import { apiSchema, deepestAcyclicQuery } from "./helpers/api-schema";
import { operations as benchOperations } from "../bench/operations";
import { central, citizenOwner, fileInput, otherCitizen } from "./helpers/callers";
import { docFiles, readDoc } from "./helpers/docs";
import { startTestStack, type TestStack } from "./helpers/stack";
import type { Caller } from "../lib/auth/caller";

const DEFAULTS = loadConfig({}).limits;
const DOCS = docFiles().map(readDoc).join("\n");
const documentedOperations = () => [...DOCS.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1].replace(/#.*$/gm, "").replace(/…/g, "x"));

/** A chain of `n` nested fields that exists in the schema (cycles through Complaint ↔ Escalation). */
function nested(n: number): string {
  const path = ["escalations", "complaint", "escalation", "complaint", "escalation", "complaint", "escalation", "complaint", "escalation"];
  let q = "id";
  for (let i = n - 2; i >= 0; i--) q = `${path[i]} { ${q} }`;
  return `{ ${q} }`;
}

describe("request limits: the numbers", () => {
  const schema = apiSchema();

  it("defaults: depth = the contract's deepest cycle-free query (5), aliases 15, cost 5000, tokens 1000, directives 50", () => {
    const deepest = deepestAcyclicQuery(schema);
    // One of the deepest (ties: annualReport → actionPlan → relatedComplaints → firstLine → acknowledgedAt is 5 too).
    expect(deepest).toEqual({ depth: 5, path: ["escalationPage", "items", "complaint", "firstLine", "acknowledgedAt"] });
    expect(DEFAULTS).toEqual({ maxDepth: deepest.depth, maxAliases: 15, maxCost: 5000, maxTokens: 1000, maxDirectives: 50, maxQueryBytes: 10_000 });
  });

  it("every operation of the README and docs/ passes every limit", () => {
    const operations = documentedOperations();
    expect(operations.length).toBeGreaterThan(8);
    for (const text of operations) {
      const document = parse(text, { maxTokens: DEFAULTS.maxTokens });
      expect(validate(schema, document, [requestLimitsRule(DEFAULTS)])).toEqual([]);
      for (const measure of measureOperations(document).values()) expect(measure.depth).toBeLessThanOrEqual(DEFAULTS.maxDepth);
    }
  });

  it("the front-ends' operations (bench/operations.ts) pass every limit", () => {
    for (const op of benchOperations(2026))
      expect([op.description, validate(schema, parse(op.query), [requestLimitsRule(DEFAULTS)])]).toEqual([op.description, []]);
  });

  it("measures depth, aliases, directives and cost through fragments, and a fragment bomb in linear time", () => {
    const m = measureOperations(
      parse(`query Q { ...A a1: ombudsman { name } } fragment A on Query { escalations { id @include(if: true) complaint { id } } }`),
    );
    expect(m.get("Q")).toEqual({ depth: 3, aliases: 1, directives: 1, cost: 2 + 1.5 * (1 + 2 + 1.5 * 1) + 2 + 1.5 * 1 });
    const levels = 40;
    const bomb = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ${i === levels - 1 ? "ombudsman { name }" : `...F${i + 1} ...F${i + 1}`} }`,
    ).join("\n");
    const started = Date.now();
    const measure = measureOperations(parse(`{ ...F0 } ${bomb}`)).get("")!;
    expect(measure.cost).toBe(2 ** (levels - 1) * 3.5);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it("each limit is read from its variable, and a bad value stops the process at start", () => {
    const limits = loadConfig({
      GRAPHQL_MAX_DEPTH: "3",
      GRAPHQL_MAX_ALIASES: "2",
      GRAPHQL_MAX_COST: "100",
      GRAPHQL_MAX_TOKENS: "50",
      GRAPHQL_MAX_DIRECTIVES: "1",
      GRAPHQL_MAX_QUERY_BYTES: "500",
    }).limits;
    expect(limits).toEqual({ maxDepth: 3, maxAliases: 2, maxCost: 100, maxTokens: 50, maxDirectives: 1, maxQueryBytes: 500 });
    // escalations (first: 50 by default) { complaint { escalation { id } } }: 2 + 1.5 × 50 × (2 + 1.5 × (2 + 1.5)) = 546.
    expect(validate(schema, parse(nested(4)), [requestLimitsRule(limits)]).map((e) => e.message)).toEqual([
      "Operation depth 4 exceeds the maximum of 3",
      "Operation cost 546 exceeds the maximum of 100",
    ]);
    expect(validate(schema, parse(nested(4)), [requestLimitsRule(DEFAULTS)])).toEqual([]);
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: "0", GRAPHQL_MAX_COST: "lots" })).toThrow(ConfigError);
    try {
      loadConfig({ GRAPHQL_MAX_DEPTH: "0", GRAPHQL_MAX_COST: "lots" });
    } catch (err) {
      expect((err as ConfigError).problems).toEqual([
        'GRAPHQL_MAX_DEPTH must be an integer between 1 and 100, got "0"',
        'GRAPHQL_MAX_COST must be an integer between 1 and 1000000, got "lots"',
      ]);
    }
  });
});

describe("request limits at the gateway [sqlite]", () => {
  let t: TestStack;
  let subgraphCalls = 0;

  beforeAll(async () => {
    t = await startTestStack("sqlite", { captureLogs: true });
    for (const name of SUBGRAPHS) t.stack.subgraphs[name].subgraph.httpServer.on("request", () => subgraphCalls++);
  });
  afterAll(() => t.stop());

  interface Refusal {
    status: number;
    code: string;
    requestId: string | null;
    body: string;
  }
  /** Sends a raw request and returns the first error's code; asserts no subgraph was called. */
  const refused = async (init: RequestInit & { path?: string }, auth: Caller | false = central): Promise<Refusal> => {
    const headers = new Headers(init.headers);
    // The assertions read the English messages.
    headers.set("accept-language", "en");
    if (auth) headers.set("authorization", `Bearer ${await t.token(auth)}`);
    const before = subgraphCalls;
    const res = await fetch(`${t.url}${init.path ?? "/"}`, { ...init, headers });
    const body = await res.text();
    expect(subgraphCalls - before).toBe(0);
    const code = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? "";
    return { status: res.status, code, requestId: res.headers.get("x-request-id"), body };
  };
  const post = (query: string, variables: Record<string, unknown> = {}, as: Caller = central) =>
    refused({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) }, as);
  const rejectionLogged = (requestId: string | null) =>
    t.logs.some((l) => l.service === "gateway" && l.msg === "request rejected" && l.requestId === requestId && requestId !== null);

  it("an accepted query does reach the subgraphs (the counter counts)", async () => {
    const before = subgraphCalls;
    const r = await t.query(nested(5), {}, central);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ escalations: [] });
    expect(subgraphCalls).toBeGreaterThan(before);
  });

  it.each([
    ["depth 6", nested(6), "depth"],
    ["16 aliases", `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: ombudsman { name }`).join(" ")} }`, "aliases"],
    ["51 directives", `{ ombudsman { name ${Array.from({ length: 51 }, () => "@include(if: true)").join(" ")} } }`, "directives"],
    [
      "cost over 5000 through fragments",
      `{ ...F0 } ${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ${i === 11 ? "ombudsman { name }" : `...F${i + 1} ...F${i + 1}`} }`).join(" ")}`,
      "cost",
    ],
  ])("%s: GRAPHQL_VALIDATION_FAILED, HTTP 400, no subgraph call, logged with the request id", async (_name, query, limit) => {
    const r = await post(query);
    expect({ status: r.status, code: r.code }).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(r.body).toMatch(new RegExp(`Operation ${limit} .* exceeds the maximum`));
    expect(rejectionLogged(r.requestId)).toBe(true);
  });

  it("more than 1000 tokens: GRAPHQL_PARSE_FAILED before validation", async () => {
    const r = await post(`{ ombudsman { ${"name ".repeat(1_100)}} }`);
    expect({ status: r.status, code: r.code }).toEqual({ status: 400, code: "GRAPHQL_PARSE_FAILED" });
    expect(r.body).toMatch(/more tha[nt] 1000 tokens/);
    expect(rejectionLogged(r.requestId)).toBe(true);
  });

  it("a query text over 10000 bytes: PAYLOAD_TOO_LARGE (413) even when the body limit allows it", async () => {
    const r = await post(`{ ombudsman { name } } # ${"x".repeat(10_000)}`);
    expect({ status: r.status, code: r.code }).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    expect(rejectionLogged(r.requestId)).toBe(true);
  });

  it("a batch (JSON array) is refused with BAD_REQUEST 400, not run", async () => {
    const one = { query: "{ ombudsman { name } }" };
    const r = await refused({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([one, one]) });
    expect({ status: r.status, code: r.code }).toEqual({ status: 400, code: "BAD_REQUEST" });
    expect(r.body).toMatch(/Batched operations are not supported/);
    expect(rejectionLogged(r.requestId)).toBe(true);
  });

  it("a mutation over GET is refused (405), even with the preflight header", async () => {
    const query = encodeURIComponent(`mutation { completeActionPlanItem(id: "x") { id } }`);
    const r = await refused({ method: "GET", path: `/?query=${query}`, headers: { "apollo-require-preflight": "true" } });
    expect({ status: r.status, code: r.code }).toEqual({ status: 405, code: "BAD_REQUEST" });
    expect(rejectionLogged(r.requestId)).toBe(true);
  });

  it("CSRF: GET without a preflight header and a text/plain POST are refused", async () => {
    const get = await refused({ method: "GET", path: `/?query=${encodeURIComponent("{ ombudsman { name } }")}` });
    expect({ status: get.status, code: get.code }).toEqual({ status: 400, code: "BAD_REQUEST" });
    expect(get.body).toMatch(/CSRF/);
    const plain = await refused({ method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ ombudsman { name } }" }) });
    expect({ status: plain.status, code: plain.code }).toEqual({ status: 400, code: "BAD_REQUEST" });
    expect(plain.body).toMatch(/CSRF/);
    expect(rejectionLogged(get.requestId) && rejectionLogged(plain.requestId)).toBe(true);
  });

  it("a GET query with the preflight header is served (queries over GET are allowed)", async () => {
    const res = await fetch(`${t.url}/?query=${encodeURIComponent("{ ombudsman { name } }")}`, { headers: { "apollo-require-preflight": "true" } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { ombudsman: { name: string } } }).data.ombudsman.name).toMatch(/Ombudsman/i);
  });

  it("`first` is clamped to 100 (105 complaints, 15 aliases per request is allowed), a value beyond Int is a coded error", async () => {
    const fifteen = `mutation($i: FileComplaintInput!) { ${Array.from({ length: 15 }, (_, k) => `c${k}: fileComplaint(input: $i) { id }`).join(" ")} }`;
    for (let round = 0; round < 7; round++) {
      const filed = await t.query(fifteen, { i: fileInput() }, citizenOwner);
      expect(filed.errors).toBeUndefined();
    }
    const page = await t.query(`{ complaints(first: 2147483647) { totalCount items { id } } }`, {}, central);
    expect(page.errors).toBeUndefined();
    expect({ total: page.data!.complaints.totalCount, items: page.data!.complaints.items.length }).toEqual({ total: 105, items: 100 });
    const huge = await post(`{ complaints(first: 2147483648) { totalCount } }`);
    expect({ status: huge.status, code: huge.code }).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
  });

  const fifteen = (field: string) => `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
  it.each([
    ["15 × myComplaints with nested fields (citizen)", fifteen("myComplaints { id reference status subject firstLine { answeredAt outcome } }"), citizenOwner],
    [
      "15 × complaints(first: 100) with nested lists (staff)",
      fifteen("complaints(first: 100) { totalCount items { id timeline { status at } letters { kind } } }"),
      central,
    ],
  ])("%s: refused by cost before any subgraph call", async (_name, query, caller) => {
    const r = await post(query, {}, caller);
    expect({ status: r.status, code: r.code }).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED" });
    expect(r.body).toMatch(/Operation cost \d+ exceeds the maximum of 5000/);
    expect(rejectionLogged(r.requestId)).toBe(true);
  });

  it("a page size given as a variable counts the request's value: the same document is served at first 20 and refused at 100 before any subgraph call", async () => {
    const inbox = `query Inbox($n: Int = 20) { complaints(first: $n) { totalCount items { id reference status subject directorate { code name } firstLine { acknowledgedAt answerOverdue } letters { kind } } } }`;
    const costAt = (n?: number) => measureOperations(parse(inbox), apiSchema(), n === undefined ? {} : { n }).get("Inbox")!.cost;
    expect({ at20: costAt(20) <= 5000, byDefault: costAt() === costAt(20), at100: costAt(100) > 5000 }).toEqual({ at20: true, byDefault: true, at100: true });
    const before = subgraphCalls;
    const big = await post(inbox, { n: 100 });
    expect({ status: big.status, code: big.code, calls: subgraphCalls - before }).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", calls: 0 });
    expect(big.body).toContain(`Operation cost ${Math.ceil(costAt(100))} exceeds the maximum of 5000`);
    expect(rejectionLogged(big.requestId)).toBe(true);
    for (const variables of [{ n: 20 }, {}]) {
      const served = await t.query(inbox, variables, central);
      expect(served.errors).toBeUndefined();
      expect(served.data!.complaints.items.length).toBe(Math.min(served.data!.complaints.totalCount, 20));
    }
  });

  it("while an attacker's 15-alias requests are refused, another citizen's own list is served", async () => {
    const attack = fifteen("myComplaints { id reference status subject firstLine { answeredAt outcome } }");
    const filed = await t.query(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, { i: fileInput() }, otherCitizen);
    expect(filed.errors).toBeUndefined();
    const [a, normal, b] = await Promise.all([
      t.query(attack, {}, citizenOwner),
      t.query(`{ myComplaints { id reference status firstLine { answeredAt } } }`, {}, otherCitizen),
      t.query(attack, {}, citizenOwner),
    ]);
    for (const refusal of [a, b])
      expect(refusal.errors?.map((e) => [e.extensions?.code, /Operation cost/.test(e.message)])).toEqual([["GRAPHQL_VALIDATION_FAILED", true]]);
    expect(normal.errors).toBeUndefined();
    expect(normal.data!.myComplaints.map((c: { id: string }) => c.id)).toEqual([filed.data!.fileComplaint.id]);
  });
});
