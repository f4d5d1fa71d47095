import { Readable } from "node:stream";
import type { Caller } from "../lib/auth/caller";
import { ServiceTokens } from "../lib/auth/service-tokens";
import { SUBGRAPHS, type SubgraphName } from "../lib/config";
import { OutboxEvent } from "../lib/events/event.entities";
import { TEXT_LIMITS } from "../lib/domain/text-limits";
import { Complaint } from "../subgraphs/intake/complaint.entity";
import { central, citizenOwner, coordinatorOwn, fileInput, otherCitizen } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { startProductionStack, tmpDir, type ProductionStack } from "./helpers/production";

interface Reply {
  status: number;
  text: string;
  body: { data?: Record<string, any> | null; errors?: { message: string; path?: unknown[]; extensions?: { code?: string; fields?: string[] } }[] };
  headers: Headers;
}

/** What must never reach a client: stack frames, internal paths, SQL, driver codes. */
const LEAKS = [
  /\/work\//,
  /node_modules/,
  /\bat [\w.<>$]+ \(/,
  /\.(js|ts):\d+/,
  /stacktrace/i,
  /\bSELECT\b|\bINSERT\b|\bUPDATE\b.*\bSET\b/,
  /\bER_[A-Z_]+/,
  /SQLITE_/,
  /QueryFailedError|TypeORM|mysql2?\b/i,
  /ECONN|EPIPE/,
  /Did you mean/,
];

const SQL_STRINGS = [`Robert'); DROP TABLE complaint;--`, `1' OR '1'='1`, `" UNION SELECT name, email FROM complaint --`, `\\'; DELETE FROM outbox_event; #`];
const UNICODE_NAME = "Zoë Ĳsbrand-Ngô 李小龍 مرحبا 😀👩‍👩‍👧";
const FORM_FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id reference subject description complainant { name } } }`;

describe.each(DATABASE_KINDS)("hostile input, production mode [%s]", (kind) => {
  let p: ProductionStack;
  let ownComplaintId: string;
  let subgraphCalls = 0;
  const seen: { label: string; text: string }[] = [];
  const sent: string[] = [...SQL_STRINGS, UNICODE_NAME];

  beforeAll(async () => {
    p = await startProductionStack(kind);
    for (const name of SUBGRAPHS) p.t.stack.subgraphs[name].subgraph.httpServer.on("request", () => subgraphCalls++);
    const filed = await gql(FORM_FILE, { i: fileInput() }, citizenOwner);
    ownComplaintId = filed.body.data!.fileComplaint.id;
  });
  afterAll(() => p.stop());

  /** Any request to `url`; the reply is kept for the leak check. */
  async function raw(url: string, init: RequestInit & { duplex?: "half" } = {}): Promise<Reply> {
    const res = await fetch(url, init);
    const text = await res.text();
    seen.push({ label: `${init.method ?? "GET"} ${url.slice(0, 80)}`, text });
    let body: Reply["body"] = {};
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: the leak check still reads the text.
    }
    return { status: res.status, text, body, headers: res.headers };
  }
  async function gql(query: string, variables: Record<string, unknown> = {}, as?: Caller | null, headers: Record<string, string> = {}) {
    // The assertions read the English messages.
    const h: Record<string, string> = { "content-type": "application/json", "accept-language": "en", ...headers };
    if (as) h.authorization = `Bearer ${await p.tokenFor(as)}`;
    return raw(`${p.t.url}/`, { method: "POST", headers: h, body: JSON.stringify({ query, variables }) });
  }
  const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
    raw(`${p.t.url}/`, { method: "POST", headers, body });
  const code = (r: Reply) => r.body.errors?.[0]?.extensions?.code;
  const outcome = (r: Reply) => ({ status: r.status, code: code(r), data: r.body.data ?? null });
  /** Rows that a write would add: complaints and outbox events of intake. */
  const rows = async () => {
    const ds = p.t.stack.subgraphs.intake.dataSource;
    return { complaints: await ds.getRepository(Complaint).count(), events: await ds.getRepository(OutboxEvent).count() };
  };
  /** Runs `send`, asserts the gateway refused it without calling any subgraph. */
  const refusedAtGateway = async (send: () => Promise<Reply>) => {
    const before = subgraphCalls;
    const r = await send();
    expect(subgraphCalls).toBe(before);
    return r;
  };
  const nested = (n: number) => {
    let q = "id";
    for (let i = n - 1; i >= 1; i--) q = `${i % 2 ? "escalation" : "complaint"} { ${q} }`;
    return `{ escalations { ${q} } }`;
  };

  describe("query shape", () => {
    it("50 levels of nesting: refused before planning", async () => {
      const r = await refusedAtGateway(() => gql(nested(50), {}, central));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
    });

    it("depth built from fragments counts as if inlined", async () => {
      const q = `{ escalations { ...E } } fragment E on Escalation { complaint { ...C } } fragment C on Complaint { escalation { complaint { escalation { complaint { id } } } } }`;
      const r = await refusedAtGateway(() => gql(q, {}, central));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
    });

    it("100 aliases of one field", async () => {
      const r = await refusedAtGateway(() => gql(`{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(" ")} }`));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
    });

    it("5,000 × __typename", async () => {
      const r = await refusedAtGateway(() => gql(`{ ${"__typename ".repeat(5_000)}}`));
      expect(outcome(r)).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE", data: null });
    });

    it("5,000 × __typename in a compact query under the size limit: the token limit", async () => {
      const r = await refusedAtGateway(() => gql(`{ ombudsman { ${"name ".repeat(1_500)}} }`));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_PARSE_FAILED", data: null });
    });

    it("a fragment cycle", async () => {
      const r = await refusedAtGateway(() => gql(`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
    });

    it("a fragment that spreads itself inside a field", async () => {
      const r = await refusedAtGateway(() => gql(`{ escalations { ...E } } fragment E on Escalation { complaint { escalation { ...E } } }`, {}, central));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
    });

    it("a fragment bomb (each fragment spreads the next twice, 2^30 fields)", async () => {
      const fragments = Array.from({ length: 31 }, (_, i) => `fragment F${i} on Query { ${i === 30 ? "ombudsman { name }" : `...F${i + 1} ...F${i + 1}`} }`);
      const r = await refusedAtGateway(() => gql(`{ ...F0 } ${fragments.join(" ")}`));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
    });

    it("100 directives on one field", async () => {
      const r = await refusedAtGateway(() => gql(`{ ombudsman { name ${"@skip(if: false) ".repeat(100)}} }`));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
    });

    it("60 unknown directives", async () => {
      const r = await refusedAtGateway(() => gql(`{ ombudsman { name ${"@x ".repeat(60)}} }`));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
    });
  });

  describe("transport", () => {
    const one = { query: "{ ombudsman { name } }" };

    it.each([
      ["two operations", [one, one]],
      ["1,000 operations", Array.from({ length: 1000 }, () => one)],
      ["an empty batch", []],
    ])("a batched array (%s) is refused with BAD_REQUEST", async (_label, batch) => {
      const r = await refusedAtGateway(() => post(JSON.stringify(batch)));
      expect(outcome(r)).toEqual({ status: 400, code: "BAD_REQUEST", data: null });
    });

    it.each([
      ["a GET without preflight header", "GET", undefined],
      ["a text/plain POST", "POST", "text/plain"],
      ["a multipart/form-data POST", "POST", "multipart/form-data; boundary=x"],
      ["a form-urlencoded POST", "POST", "application/x-www-form-urlencoded"],
    ])("CSRF: %s is refused", async (_label, method, type) => {
      const url = method === "GET" ? `${p.t.url}/?query=${encodeURIComponent(one.query)}` : `${p.t.url}/`;
      const r = await refusedAtGateway(() =>
        raw(url, { method, headers: type ? { "content-type": type } : {}, body: method === "GET" ? undefined : JSON.stringify(one) }),
      );
      expect(outcome(r)).toEqual({ status: 400, code: "BAD_REQUEST", data: null });
    });

    it("a mutation over GET is refused even with the preflight header", async () => {
      const before = await rows();
      const q = encodeURIComponent(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`);
      const v = encodeURIComponent(JSON.stringify({ i: fileInput() }));
      const r = await refusedAtGateway(async () =>
        raw(`${p.t.url}/?query=${q}&variables=${v}`, {
          headers: { "apollo-require-preflight": "1", authorization: `Bearer ${await p.tokenFor(citizenOwner)}` },
        }),
      );
      expect(outcome(r)).toEqual({ status: 405, code: "BAD_REQUEST", data: null });
      expect(await rows()).toEqual(before);
    });

    it.each([
      ["a body that is not JSON", `{"query": "{ ombudsman { name } }"`],
      ["a query that is not a string", `{"query": 5}`],
      ["variables that are not an object", `{"query": "{ ombudsman { name } }", "variables": "x"}`],
      ["no query at all", `{"variables": {}}`],
    ])("%s: BAD_REQUEST", async (_label, body) => {
      const r = await refusedAtGateway(() => post(body));
      expect(outcome(r)).toEqual({ status: 400, code: "BAD_REQUEST", data: null });
    });

    it("variables nested 10,000 levels deep", async () => {
      const deep = "[".repeat(10_000) + "]".repeat(10_000);
      const r = await refusedAtGateway(() => post(`{"query": "query($s: [ComplaintStatus!]) { ombudsman { name } }", "variables": {"s": ${deep}}}`));
      expect(outcome(r)).toEqual({ status: 400, code: "BAD_USER_INPUT", data: null });
    });

    it("a 5 MB body with its length declared: 413 before reading it", async () => {
      const r = await refusedAtGateway(() => post(JSON.stringify({ query: "{ ombudsman { name } }", variables: { x: "a".repeat(5_000_000) } })));
      expect(outcome(r)).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE", data: null });
    });

    it("a 5 MB chunked body without a length: 413 once the limit is passed", async () => {
      const chunk = Buffer.alloc(64 * 1024, "a");
      const stream = Readable.from(
        (function* () {
          yield Buffer.from(`{"query":"{ ombudsman { name } }","variables":{"x":"`);
          for (let i = 0; i < 80; i++) yield chunk;
          yield Buffer.from(`"}}`);
        })(),
      );
      const r = await refusedAtGateway(() =>
        raw(`${p.t.url}/`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: Readable.toWeb(stream) as unknown as RequestInit["body"],
          duplex: "half",
        }),
      );
      expect(outcome(r)).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE", data: null });
    });

    it.each([
      ["an operationName that names no operation", { query: "query A { ombudsman { name } }", operationName: "B" }],
      ["several operations and no operationName", { query: "query A { ombudsman { name } } query B { ombudsman { name } }" }],
    ])("%s: 400 OPERATION_RESOLUTION_FAILURE", async (_label, payload) => {
      const r = await refusedAtGateway(() => post(JSON.stringify(payload)));
      expect(outcome(r)).toEqual({ status: 400, code: "OPERATION_RESOLUTION_FAILURE", data: null });
    });

    it.each([["2026-11-02"], ["+275760-09-13T00:00:00Z"]])("DateTime %s: 400 BAD_USER_INPUT naming the variable, no subgraph called", async (d) => {
      const r = await refusedAtGateway(() => gql(`query($d: DateTime) { complaints(filter: { receivedTo: $d }) { totalCount } }`, { d }, central));
      expect(outcome(r)).toEqual({ status: 400, code: "BAD_USER_INPUT", data: null });
      expect(r.body.errors![0].message).toMatch(/^Variable "\$d" got invalid value/);
    });

    it("an unknown persisted-query hash runs nothing", async () => {
      const r = await refusedAtGateway(() => post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })));
      expect(code(r)).toBe("PERSISTED_QUERY_NOT_FOUND");
      expect(r.body.data ?? null).toBeNull();
    });
  });

  describe("schema exposure in production", () => {
    it.each([
      ["__schema", `{ __schema { types { name } } }`],
      ["__type", `{ __type(name: "Complaint") { fields { name } } }`],
      ["_entities", `{ _entities(representations: [{ __typename: "Complaint", id: "x" }]) { ... on Complaint { subject } } }`],
      ["_service", `{ _service { sdl } }`],
    ])("%s through the gateway is a validation error", async (_label, query) => {
      const r = await refusedAtGateway(() => gql(query, {}, central));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
      expect(r.text).not.toMatch(/complainant|_Any|type Complaint/);
    });

    it.each([
      ["a field", `{ directorats { code } }`, {}],
      ["an argument", `{ directorate(cod: ICT) { code } }`, {}],
      ["an enum value in a variable", `query($c: DirectorateCode!) { directorate(code: $c) { code } }`, { c: "IMMIGRATIO" }],
      ["an input field", `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, { i: { ...fileInput(), subjct: "x" } }],
    ])("a misspelt %s gets no suggestion", async (_label, query, variables) => {
      const r = await gql(query, variables, citizenOwner);
      expect(r.status).toBe(400);
      expect(["GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]).toContain(code(r));
      expect(r.text).not.toMatch(/did you mean/i);
    });
  });

  describe("identity", () => {
    const direct = async (name: SubgraphName, token: string | undefined, representations: unknown[]) =>
      raw(`${p.t.stack.subgraphs[name].url}/`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id subject complainant { name email } } } }`,
          variables: { r: representations },
        }),
      });
    const forged = () => [{ __typename: "Complaint", id: ownComplaintId }];

    it("forged representations sent to a subgraph without a token: 401", async () => {
      const r = await direct("intake", undefined, forged());
      expect(outcome(r)).toEqual({ status: 401, code: "UNAUTHENTICATED", data: null });
    });

    it("forged representations with a token signed by another 'gateway' key: 401", async () => {
      const impostor = await ServiceTokens.load(tmpDir(), "gateway", { generate: true });
      const r = await direct("intake", await impostor.sign("intake", central), forged());
      expect(outcome(r)).toEqual({ status: 401, code: "UNAUTHENTICATED", data: null });
    });

    it("forged representations with the caller's own identity-provider token: 401", async () => {
      const r = await direct("intake", await p.tokenFor(central), forged());
      expect(outcome(r)).toEqual({ status: 401, code: "UNAUTHENTICATED", data: null });
    });

    it("a real gateway token for another citizen gets no personal data of the complaint", async () => {
      const gateway = await ServiceTokens.load(p.keys.serviceKeysDir, "gateway", { generate: false });
      const r = await direct("intake", await gateway.sign("intake", otherCitizen), forged());
      expect(r.status).toBe(200);
      expect(r.text).not.toMatch(/An Peeters|an@example\.be|No answer to my letters/);
      expect(r.body.data?._entities?.[0] ?? null).toBeNull();
    });

    it("a gateway token for one subgraph is refused by another", async () => {
      const gateway = await ServiceTokens.load(p.keys.serviceKeysDir, "gateway", { generate: false });
      const r = await direct("intake", await gateway.sign("escalation", central), forged());
      expect(outcome(r)).toEqual({ status: 401, code: "UNAUTHENTICATED", data: null });
    });

    it("client-sent identity headers are ignored: anonymous stays anonymous", async () => {
      const headers = { "x-role": "central-service", "x-caller": JSON.stringify(central), "x-user-id": "central-1", "x-forwarded-user": "central-1" };
      const r = await gql(`{ complaints { totalCount } }`, {}, null, headers);
      expect(code(r)).toBe("UNAUTHENTICATED");
      expect(r.body.data ?? null).toBeNull();
    });

    it("client-sent role headers do not raise a citizen's rights", async () => {
      const r = await gql(`{ complaints { totalCount } }`, {}, citizenOwner, { "x-role": "central-service", role: "central-service" });
      expect(code(r)).toBe("FORBIDDEN");
    });

    it("a client-sent x-request-id is replaced by the gateway's own", async () => {
      const r = await gql(`{ ombudsman { name } }`, {}, null, { "x-request-id": "forged-by-client" });
      expect(r.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("a gateway service token presented to the gateway as a caller token: 401", async () => {
      const gateway = await ServiceTokens.load(p.keys.serviceKeysDir, "gateway", { generate: false });
      const r = await raw(`${p.t.url}/`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await gateway.sign("intake", central)}` },
        body: JSON.stringify({ query: `{ complaints { totalCount } }` }),
      });
      expect(outcome(r)).toEqual({ status: 401, code: "UNAUTHENTICATED", data: null });
    });
  });

  describe("pagination arguments", () => {
    it("first: 2147483647 is served, clamped", async () => {
      const r = await gql(`{ complaints(first: 2147483647) { items { id } } escalations(first: 2147483647) { id } }`, {}, central);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data!.complaints.items.length).toBeLessThanOrEqual(100);
    });

    it("first: 2^31 in the query text is a validation error", async () => {
      const r = await refusedAtGateway(() => gql(`{ complaints(first: 2147483648) { totalCount } }`, {}, central));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_VALIDATION_FAILED", data: null });
    });

    it.each([[1e12], [-1], [0], [1.5], ["10"]])("first = %p as a variable is BAD_USER_INPUT", async (first) => {
      const r = await gql(`query($n: Int) { complaints(first: $n) { totalCount } }`, { n: first }, central);
      expect(code(r)).toBe("BAD_USER_INPUT");
      expect(r.body.data?.complaints ?? null).toBeNull();
    });
  });

  describe("SQL-looking input", () => {
    it.each(SQL_STRINGS.map((s) => [s]))("%s is stored and read back literally, nothing else changes", async (sql) => {
      const before = await rows();
      const filed = await gql(
        FORM_FILE,
        { i: fileInput({ subject: sql.slice(0, 200), description: sql, complainant: { kind: "PERSON", name: sql, email: "x@example.be" } }) },
        citizenOwner,
      );
      expect(filed.body.errors).toBeUndefined();
      expect(filed.body.data!.fileComplaint).toMatchObject({ subject: sql, description: sql, complainant: { name: sql } });
      const read = await gql(`query($id: ID!) { complaint(id: $id) { subject description } }`, { id: filed.body.data!.fileComplaint.id }, citizenOwner);
      expect(read.body.data!.complaint).toEqual({ subject: sql, description: sql });
      expect(await rows()).toEqual({ complaints: before.complaints + 1, events: before.events + 1 });
    });

    it.each([
      ["complaintByReference", `query($v: String!) { complaintByReference(reference: $v) { id } }`],
      ["complaint", `query($v: ID!) { complaint(id: $v) { id } }`],
    ])("%s with an injection string: NOT_FOUND", async (_field, query) => {
      for (const v of SQL_STRINGS) {
        const r = await gql(query, { v }, central);
        expect(code(r)).toBe("NOT_FOUND");
        expect(Object.values(r.body.data ?? {})).toEqual([null]);
      }
    });

    it("an injection string or a forged cursor as `after`: BAD_USER_INPUT", async () => {
      const forgedCursor = Buffer.from(JSON.stringify(["2026-01-01T00:00:00Z' OR 1=1 --", "x"])).toString("base64url");
      for (const after of [...SQL_STRINGS, forgedCursor]) {
        const r = await gql(`query($a: String) { complaints(after: $a) { totalCount } }`, { a: after }, central);
        expect(code(r)).toBe("BAD_USER_INPUT");
      }
    });

    it("an injection string as the escalations `after` finds nothing and says so safely", async () => {
      for (const after of SQL_STRINGS) {
        const r = await gql(`query($a: String) { escalations(after: $a) { id } }`, { a: after }, central);
        if (r.body.errors) expect(["BAD_USER_INPUT", "NOT_FOUND"]).toContain(code(r));
        else expect(r.body.data).toEqual({ escalations: [] });
      }
    });
  });

  describe("oversized text", () => {
    it.each([
      ["subject", { subject: "x".repeat(TEXT_LIMITS.subject + 1) }],
      ["description", { description: "x".repeat(TEXT_LIMITS.description + 1) }],
      ["desiredOutcome", { desiredOutcome: "x".repeat(TEXT_LIMITS.desiredOutcome + 1) }],
      ["complainant.name", { complainant: { kind: "PERSON", name: "x".repeat(TEXT_LIMITS.name + 1), email: "a@example.be" } }],
      ["complainant.email", { complainant: { kind: "PERSON", name: "A", email: `${"x".repeat(250)}@example.be` } }],
    ])("%s over its limit: BAD_USER_INPUT naming the field, nothing stored", async (field, override) => {
      const before = await rows();
      const r = await gql(FORM_FILE, { i: fileInput(override) }, citizenOwner);
      expect(outcome(r)).toMatchObject({ code: "BAD_USER_INPUT", data: null });
      expect(r.body.errors![0].message).toContain(field);
      expect(await rows()).toEqual(before);
    });

    it("an answer over its limit: BAD_USER_INPUT, the first line unchanged", async () => {
      const r = await gql(
        `mutation($id: ID!, $a: String!) { answerComplaint(complaintId: $id, input: { answer: $a, outcome: FOUNDED }) { answeredAt } }`,
        { id: ownComplaintId, a: "x".repeat(TEXT_LIMITS.answer + 1) },
        coordinatorOwn,
      );
      expect(code(r)).toBe("BAD_USER_INPUT");
      const read = await gql(`query($id: ID!) { complaint(id: $id) { firstLine { answeredAt answer } } }`, { id: ownComplaintId }, coordinatorOwn);
      expect(read.body.data!.complaint.firstLine?.answeredAt ?? null).toBeNull();
    });

    it("a subject of exactly the limit in 4-byte characters is accepted and kept whole", async () => {
      const subject = "😀".repeat(TEXT_LIMITS.subject);
      const r = await gql(FORM_FILE, { i: fileInput({ subject }) }, citizenOwner);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data!.fileComplaint.subject).toBe(subject);
    });
  });

  describe("unicode", () => {
    it("names and descriptions in any script, emoji and ZWJ sequences are kept exactly", async () => {
      const description = `${UNICODE_NAME}\n\u200Fright-to-left mark\u200E e\u0301 (NFD) é (NFC)`;
      const r = await gql(
        FORM_FILE,
        { i: fileInput({ description, complainant: { kind: "PERSON", name: UNICODE_NAME, email: "zoe@example.be" } }) },
        citizenOwner,
      );
      expect(r.body.errors).toBeUndefined();
      const read = await gql(
        `query($id: ID!) { complaint(id: $id) { description complainant { name } } }`,
        { id: r.body.data!.fileComplaint.id },
        citizenOwner,
      );
      expect(read.body.data!.complaint).toEqual({ description, complainant: { name: UNICODE_NAME } });
    });

    it("a tab and line breaks in a description are kept", async () => {
      const description = "line one\r\nline two\n\ttab";
      const r = await gql(FORM_FILE, { i: fileInput({ description }) }, citizenOwner);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data!.fileComplaint.description).toBe(description);
    });

    it.each([
      ["NUL in a subject", { subject: "line\u0000one" }, "subject"],
      ["BEL in a description", { description: "line\u0007two" }, "description"],
      ["a right-to-left override in a name", { complainant: { kind: "PERSON", name: "An \u202Eveirf", email: "an@example.be" } }, "complainant.name"],
      ["a right-to-left override in a description", { description: "\u202Eright-to-left\u202C" }, "description"],
    ])("%s: BAD_USER_INPUT naming the field, nothing stored", async (_label, override, field) => {
      const before = await rows();
      const r = await gql(FORM_FILE, { i: fileInput(override) }, citizenOwner);
      expect(outcome(r)).toMatchObject({ code: "BAD_USER_INPUT", data: null });
      expect(r.body.errors![0].message).toContain(`${field} must not contain`);
      expect(await rows()).toEqual(before);
    });

    it("a lone surrogate in a variable: BAD_USER_INPUT, nothing stored", async () => {
      const before = await rows();
      const r = await refusedAtGateway(() =>
        post(
          `{"query": ${JSON.stringify(FORM_FILE)}, "variables": {"i": ${JSON.stringify(fileInput({ subject: "x" })).replace('"subject":"x"', '"subject":"a\\ud800b"')}}}`,
        ),
      );
      expect(outcome(r)).toEqual({ status: 400, code: "BAD_USER_INPUT", data: null });
      expect(await rows()).toEqual(before);
    });

    it("a lone surrogate escape in the query text: GRAPHQL_PARSE_FAILED", async () => {
      const r = await refusedAtGateway(() => gql(`{ complaintByReference(reference: "\\uD800") { id } }`, {}, central));
      expect(outcome(r)).toEqual({ status: 400, code: "GRAPHQL_PARSE_FAILED", data: null });
    });

    it.each([
      ["zero-width spaces", "\u200B\u200B\u200B"],
      ["a BOM and bidi marks", "\uFEFF\u200E\u200F"],
      ["non-breaking and ideographic spaces", "\u00A0\u3000"],
    ])("a subject of only %s is BAD_USER_INPUT", async (_label, subject) => {
      const before = await rows();
      const r = await gql(FORM_FILE, { i: fileInput({ subject }) }, citizenOwner);
      expect(code(r)).toBe("BAD_USER_INPUT");
      expect(await rows()).toEqual(before);
    });
  });

  it("no response above holds a stack trace, an internal path, SQL text or a driver code", () => {
    expect(seen.length).toBeGreaterThan(60);
    for (const { label, text } of seen) {
      let scrubbed = text;
      // What the tests themselves sent comes back in data; only what the server adds counts.
      for (const s of sent) scrubbed = scrubbed.split(JSON.stringify(s).slice(1, -1)).join("");
      for (const leak of LEAKS) expect({ label, leak: leak.test(scrubbed) ? scrubbed.slice(0, 300) : null }).toEqual({ label, leak: null });
    }
  });
});
