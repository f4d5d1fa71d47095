import { citizenOwner, fileInput } from "./helpers/callers";
import { startOtlpReceiver, type ReceivedSpan } from "./helpers/otlp-receiver";
import { DATABASE_KINDS, freshDatabases, type DatabaseKind } from "./helpers/databases";
import { spawnStack } from "./helpers/spawned-stack";

const FILE = `mutation FileComplaint($i: FileComplaintInput!) {
  fileComplaint(input: $i) { id reference directorate { name } firstLine { acknowledgedAt } escalation { status } }
}`;
/** A client's own trace context: adopted only from a trusted proxy. */
const CLIENT_TRACE = "0af7651916cd43dd8448eb211c80319c";
const CLIENT_SPAN = "b7ad6b7169203331";
const TRACEPARENT = `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01`;

/** `npm start` with traces to an OTLP receiver: one filing, then the spans it exported by the time it stopped. */
async function traced(env: NodeJS.ProcessEnv, requests: (post: (query: string, headers: Record<string, string>) => Promise<string>) => Promise<void>) {
  const receiver = await startOtlpReceiver();
  const stack = await spawnStack({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: "http/json", EVENT_POLL_MS: "50", ...env });
  const token = await stack.token(citizenOwner);
  try {
    await requests(async (query, headers) => {
      const res = await stack.post(query, { i: fileInput() }, { authorization: `Bearer ${token}`, ...headers });
      expect(res.body.errors).toBeUndefined();
      return res.headers.get("x-request-id")!;
    });
    // Let the consumers' polls apply the events too, then stop: the SDK exports what it buffered on the way out.
    await new Promise((r) => setTimeout(r, 1_000));
  } finally {
    expect(await stack.stop()).toBe(0);
    await receiver.close();
  }
  expect(stack.stderr()).toBe("");
  return receiver.spans;
}

const requestSpan = (spans: ReceivedSpan[], requestId: string) =>
  spans.find((s) => s.attributes["ibz.service"] === "gateway" && s.kind === 2 && s.attributes["ibz.request_id"] === requestId);

/** The text of a SQL statement's span: ours on SQLite (spans.ts), the mysql2 instrumentation's on MySQL. */
const statement = (s: ReceivedSpan) => {
  const text = s.attributes["db.query.text"] ?? s.attributes["db.statement"];
  return typeof text === "string" ? text : "";
};

describe.each(DATABASE_KINDS)("traces (OTEL_EXPORTER_OTLP_ENDPOINT): npm start as a process, an OTLP/HTTP receiver in the test [%s]", (kind: DatabaseKind) => {
  const databases = freshDatabases(kind);
  const mysql = databases.configs.intake.kind === "mysql" ? databases.configs.intake : undefined;
  let spans: ReceivedSpan[] = [];
  const ids: Record<string, string> = {};
  afterAll(() => databases.drop());
  beforeAll(async () => {
    const env = mysql ? { MYSQL_URL: mysql.url, MYSQL_DATABASE_PREFIX: mysql.database.slice(0, -"intake".length) } : {};
    spans = await traced(env, async (post) => {
      ids.filed = await post(FILE, {});
      ids.untrusted = await post(FILE, { traceparent: TRACEPARENT });
    });
  }, 60_000);

  it("one filing is one trace across gateway, intake, directorates and escalation: request, subgraph fetch and SQL spans", () => {
    const root = requestSpan(spans, ids.filed);
    expect(root).toMatchObject({ service: "ibz-stack", name: "POST /", parentSpanId: undefined, attributes: { "graphql.operation.name": "FileComplaint" } });
    const trace = spans.filter((s) => s.traceId === root!.traceId);
    const services = new Set(trace.map((s) => s.attributes["ibz.service"]).filter(Boolean));
    expect([...services].sort()).toEqual(["directorates", "escalation", "gateway", "intake"]);
    const fetches = trace.filter((s) => s.name.startsWith("subgraph ")).map((s) => s.attributes["ibz.subgraph"]);
    expect(new Set(fetches)).toEqual(new Set(["intake", "directorates", "escalation"]));
    // Each subgraph's request span is a child of a span of this trace (the gateway's call carried traceparent).
    for (const subgraph of ["intake", "directorates", "escalation"]) {
      const served = trace.filter((s) => s.attributes["ibz.service"] === subgraph && s.kind === 2);
      expect({ subgraph, served: served.length > 0, parented: served.every((s) => trace.some((p) => p.spanId === s.parentSpanId)) }).toEqual({
        subgraph,
        served: true,
        parented: true,
      });
    }
    const inserts = trace.filter((s) => /^INSERT INTO [`"]complaint[`"]/.test(statement(s)));
    expect(inserts).toHaveLength(1);
    // Under intake's request span: the statement ran within the subgraph's handling of the gateway's call.
    const intakeRequest = trace.find((s) => s.attributes["ibz.service"] === "intake" && s.kind === 2)!;
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const ancestors = (s: ReceivedSpan): string[] =>
      s.parentSpanId && byId.has(s.parentSpanId) ? [s.parentSpanId, ...ancestors(byId.get(s.parentSpanId)!)] : [];
    expect(ancestors(inserts[0])).toContain(intakeRequest.spanId);
  });

  it("applying the filing's events in directorates and escalation: a span each, linked to the filing's trace", () => {
    const root = requestSpan(spans, ids.filed)!;
    for (const consumer of ["directorates", "escalation"]) {
      const applied = spans.filter((s) => s.name === "apply ComplaintFiled" && s.attributes["ibz.service"] === consumer);
      const linked = applied.filter((s) => s.links.some((l) => l.traceId === root.traceId));
      expect({ consumer, linked: linked.length }).toEqual({ consumer, linked: 1 });
      // The producing span is intake's, within the filing's trace.
      const producer = spans.find((s) => s.spanId === linked[0].links[0].spanId);
      expect(producer?.traceId).toBe(root.traceId);
    }
  });

  it("a traceparent from a client that is not a trusted proxy is not adopted: its request starts a trace of its own", () => {
    const root = requestSpan(spans, ids.untrusted);
    expect(root).toBeDefined();
    expect(root!.traceId).not.toBe(CLIENT_TRACE);
    expect(root!.parentSpanId).toBeUndefined();
    expect(spans.some((s) => s.traceId === CLIENT_TRACE)).toBe(false);
  });
});

describe("traces: a traceparent from a trusted proxy (TRUSTED_PROXIES) [sqlite]", () => {
  it("is adopted: the request's span continues the proxy's trace", async () => {
    let requestId = "";
    const spans = await traced({ TRUSTED_PROXIES: "127.0.0.1" }, async (post) => {
      requestId = await post(FILE, { traceparent: TRACEPARENT });
    });
    expect(requestSpan(spans, requestId)).toMatchObject({ traceId: CLIENT_TRACE, parentSpanId: CLIENT_SPAN });
  }, 60_000);
});
