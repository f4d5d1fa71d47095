import http from "node:http";
import { type ConfigError, SUBGRAPHS, loadConfig } from "../lib/config";
import { central, citizenOwner, coordinatorOwn, fileInput } from "./helpers/callers";
import { knownOperationNames } from "../lib/platform/operation-names";
import { startTestStack, type TestStack } from "./helpers/stack";

const METRICS_TOKEN = "metrics-token-0123456789abcdef";

/** GET from a chosen local address: 127.0.0.2 stands for a client on another host. */
function getFrom(url: string, localAddress: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { localAddress, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
  });
}

/** The value of one sample of a Prometheus text exposition, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf("}"));
    const found = Object.fromEntries([...body.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return undefined;
}

describe("operations: request ids, /health, /ready, /metrics [sqlite]", () => {
  let t: TestStack;
  const metrics = async (url: string) => (await getFrom(`${url}/metrics`, "127.0.0.1")).text;
  const urls = () => ({ gateway: t.url, ...Object.fromEntries(SUBGRAPHS.map((s) => [s, t.stack.subgraphs[s].url])) });

  beforeAll(async () => {
    t = await startTestStack("sqlite", { captureLogs: true, env: { METRICS_TOKEN, METRICS_OPERATIONS: "OpsDirectorates,OpsForbidden" } });
  });
  afterAll(() => t.stop());

  it("one request id: in the response header, the gateway's log line and the log line of every subgraph it called", async () => {
    const filed = await t.query(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, { i: fileInput() }, citizenOwner);
    const id = filed.data!.fileComplaint.id;
    await t.settle();
    const res = await fetch(`${t.url}/`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await t.token(citizenOwner)}` },
      body: JSON.stringify({
        query: `query($id: ID!) { complaint(id: $id) { reference directorate { name } firstLine { answerOverdue } } }`,
        variables: { id },
      }),
    });
    expect(res.status).toBe(200);
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const lines = t.logs.filter((l) => l.requestId === requestId);
    // directorates is called twice here (the directorate entity, then firstLine): both lines carry the id.
    expect([...new Set(lines.map((l) => `${l.service as string} ${l.msg as string}`))].sort()).toEqual([
      "directorates request",
      "gateway request",
      "intake request",
    ]);
    for (const line of lines) expect(line).toMatchObject({ level: 30, status: 200, ms: expect.any(Number) });
  });

  it("/health is 200 while the process runs; a subgraph's /ready follows its database", async () => {
    for (const url of Object.values(urls())) expect((await fetch(`${url}/health`)).status).toBe(200);
    const intake = t.stack.subgraphs.intake;
    expect(await (await fetch(`${intake.url}/ready`)).json()).toEqual({ status: "ok", service: "intake" });
    await intake.dataSource.destroy();
    try {
      const down = await fetch(`${intake.url}/ready`);
      expect({ status: down.status, body: await down.json() }).toEqual({ status: 503, body: { status: "unavailable", service: "intake" } });
      expect((await fetch(`${intake.url}/health`)).status).toBe(200);
    } finally {
      await intake.dataSource.initialize();
    }
    expect((await fetch(`${intake.url}/ready`)).status).toBe(200);
  });

  it("the gateway's /ready is 503 naming the subgraph that is down, 200 again once it is back", async () => {
    const up = await fetch(`${t.url}/ready`);
    expect({ status: up.status, body: await up.json() }).toEqual({
      status: 200,
      body: { status: "ok", service: "gateway", subgraphs: { intake: "ok", directorates: "ok", escalation: "ok" } },
    });
    await t.stack.stopSubgraph("escalation");
    const down = await fetch(`${t.url}/ready`);
    expect({ status: down.status, body: await down.json() }).toEqual({
      status: 503,
      body: { status: "unavailable", service: "gateway", subgraphs: { intake: "ok", directorates: "ok", escalation: "unavailable" } },
    });
    await t.stack.restartSubgraph("escalation");
    expect((await fetch(`${t.url}/ready`)).status).toBe(200);
  });

  it("/metrics counts requests, errors and latency per operation name, and subgraph fetches", async () => {
    const before = await metrics(t.url);
    const base = sample(before, "ibz_graphql_requests_total", { operation: "OpsDirectorates" }) ?? 0;
    for (let i = 0; i < 3; i++) await t.query(`query OpsDirectorates { directorates { code } }`);
    await t.query(`query OpsForbidden { myComplaints { id } }`, {}, coordinatorOwn);
    await t.query(`{ ombudsman { name } }`);
    await t.query(`query OpsDeep { escalations { complaint { escalation { complaint { escalation { id } } } } } }`, {}, central);
    const text = await metrics(t.url);
    expect(sample(text, "ibz_graphql_requests_total", { service: "gateway", operation: "OpsDirectorates" })).toBe(base + 3);
    expect(sample(text, "ibz_graphql_request_duration_seconds_count", { operation: "OpsDirectorates" })).toBe(base + 3);
    expect(sample(text, "ibz_graphql_errors_total", { operation: "OpsForbidden", code: "FORBIDDEN" })).toBe(1);
    expect(sample(text, "ibz_graphql_requests_total", { operation: "anonymous" })).toBeGreaterThanOrEqual(1);
    // A refused operation never resolved: counted as invalid, with its code.
    expect(sample(text, "ibz_graphql_errors_total", { operation: "invalid", code: "GRAPHQL_VALIDATION_FAILED" })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "ibz_subgraph_fetch_duration_seconds_count", { subgraph: "directorates", outcome: "ok" })).toBeGreaterThanOrEqual(3);
    expect(sample(text, "ibz_http_requests_total", { route: "/", status: "400" })).toBeGreaterThanOrEqual(1);
    const intake = await metrics(t.stack.subgraphs.intake.url);
    expect(sample(intake, "ibz_graphql_requests_total", { service: "intake" })).toBeGreaterThanOrEqual(1);
    expect(sample(intake, "ibz_process_resident_memory_bytes", { service: "intake" })).toBeGreaterThan(0);
  });

  it("event lag and applied events at the consumers", async () => {
    const before = sample(await metrics(t.stack.subgraphs.directorates.url), "ibz_events_applied_total", { source: "intake" }) ?? 0;
    for (let i = 0; i < 2; i++) await t.query(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, { i: fileInput() }, citizenOwner);
    await t.settle();
    const text = await metrics(t.stack.subgraphs.directorates.url);
    expect(sample(text, "ibz_events_applied_total", { service: "directorates", source: "intake" })).toBe(before + 2);
    // The test clock stands still, so the lag measured on it is 0.
    expect(sample(text, "ibz_event_lag_seconds_bucket", { source: "intake", le: "0.05" })).toBe(
      sample(text, "ibz_event_lag_seconds_count", { source: "intake" }),
    );
    expect(sample(text, "ibz_event_lag_seconds_count", { source: "intake" })).toBeGreaterThanOrEqual(2);
  });

  it("operation-name labels come from an allow-list (operations/ and METRICS_OPERATIONS): invented names count as `other`, in the gateway and the subgraphs", async () => {
    for (let i = 0; i < 110; i++) await t.query(`query Flood${i} { __typename }`);
    await t.query(`query Directorates { directorates { code } }`);
    const known = knownOperationNames(["OpsDirectorates", "OpsForbidden"]);
    for (const url of [t.url, t.stack.subgraphs.directorates.url]) {
      const text = await metrics(url);
      const names = new Set([...text.matchAll(/^ibz_graphql_requests_total\{[^}]*operation="([^"]+)"/gm)].map((m) => m[1]));
      expect([...names].filter((n) => !known.has(n) && !["anonymous", "invalid", "other"].includes(n))).toEqual([]);
      expect(names.has("Directorates")).toBe(true);
    }
    expect(sample(await metrics(t.url), "ibz_graphql_requests_total", { service: "gateway", operation: "other" })).toBeGreaterThanOrEqual(110);
  });

  it("/metrics holds no personal data", async () => {
    const filed = await t.query(
      `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id reference } }`,
      { i: fileInput({ complainant: { kind: "PERSON", name: "Griet Vermeulen", email: "griet@example.be" } }) },
      citizenOwner,
    );
    const { id, reference } = filed.data!.fileComplaint;
    await t.settle();
    for (const url of Object.values(urls())) {
      const text = await metrics(url);
      for (const secret of ["Vermeulen", "griet@", "example.be", id, reference, citizenOwner.sub]) expect(text).not.toContain(secret);
    }
  });

  it("/metrics answers loopback, or another address only with METRICS_TOKEN", async () => {
    for (const url of Object.values(urls())) {
      expect((await getFrom(`${url}/metrics`, "127.0.0.1")).status).toBe(200);
      const outside = await getFrom(`${url}/metrics`, "127.0.0.2");
      expect({ status: outside.status, text: outside.text }).toEqual({
        status: 403,
        text: JSON.stringify({ errors: [{ message: "Metrics are not public", extensions: { code: "FORBIDDEN" } }] }),
      });
      expect((await getFrom(`${url}/metrics`, "127.0.0.2", { authorization: "Bearer wrong-token-0123456789" })).status).toBe(403);
      expect((await getFrom(`${url}/metrics`, "127.0.0.2", { authorization: `Bearer ${METRICS_TOKEN}` })).status).toBe(200);
    }
  });
});

describe("operations settings", () => {
  it("METRICS_TOKEN must be long enough and SHUTDOWN_TIMEOUT_MS in range; both reported at start", () => {
    expect(loadConfig({ METRICS_TOKEN, SHUTDOWN_TIMEOUT_MS: "2500" })).toMatchObject({ metricsToken: METRICS_TOKEN, shutdownTimeoutMs: 2500 });
    expect(loadConfig({})).toMatchObject({ metricsToken: undefined, shutdownTimeoutMs: 10_000 });
    let problems: string[] = [];
    try {
      loadConfig({ METRICS_TOKEN: "short", SHUTDOWN_TIMEOUT_MS: "-1" });
    } catch (err) {
      problems = (err as ConfigError).problems;
    }
    expect(problems).toEqual(["METRICS_TOKEN must be at least 16 characters", 'SHUTDOWN_TIMEOUT_MS must be an integer between 0 and 300000, got "-1"']);
  });
});
