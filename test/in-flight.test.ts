import http from "node:http";
import type { AddressInfo } from "node:net";
import { deduplicateInFlight } from "../gateway/in-flight";
import { AUDITED_READS_HEADER } from "../lib/audit/audited-reads-header";
import { subgraphFetcher } from "../gateway/subgraph-fetcher";
import { FEED_POSITIONS_HEADER } from "../lib/events/positions";

describe("in-flight deduplication of subgraph queries", () => {
  let server: http.Server;
  let url: string;
  let hits = 0;
  let requestIds: string[] = [];
  const fetcher = deduplicateInFlight(subgraphFetcher());

  beforeAll(async () => {
    // Like a subgraph: an answer holding personal data says the read was recorded.
    server = http.createServer((req, res) => {
      hits++;
      const n = hits;
      requestIds.push(String(req.headers["x-request-id"]));
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        setTimeout(() => {
          const audited = body.includes("personal") ? { [AUDITED_READS_HEADER]: "1" } : {};
          res.writeHead(200, { "content-type": "application/json", "x-hit": String(n), ...audited });
          res.end(JSON.stringify({ data: { hit: n } }));
        }, 50);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    hits = 0;
    requestIds = [];
  });

  let sent = 0;
  const sendBody = (body: string, token: string, headers: Record<string, string> = {}) =>
    fetcher(url, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "x-request-id": `request-${++sent}`, ...headers },
      body,
    });
  const send = (query: string, token: string, variables: Record<string, unknown> = {}, operationName?: string) =>
    sendBody(JSON.stringify({ query, variables, operationName }), token);

  it("sends identical concurrent queries of one caller once, and gives each its own copy", async () => {
    const [a, b] = await Promise.all([send("query Q{ x }", "alice"), send("query Q{ x }", "alice")]);
    expect(hits).toBe(1);
    const [ja, jb] = [await a.json(), await b.json()];
    expect(ja).toEqual({ data: { hit: 1 } });
    expect(jb).toEqual(ja);
    expect(jb).not.toBe(ja);
    expect(b.headers.get("x-hit")).toBe("1");
  });

  it("never shares between callers, variables, mutations, or requests that do not overlap", async () => {
    await Promise.all([send("query Q{ x }", "alice"), send("query Q{ x }", "bob")]);
    expect(hits).toBe(2);
    await Promise.all([send("query Q($v: Int){ x }", "alice", { v: 1 }), send("query Q($v: Int){ x }", "alice", { v: 2 })]);
    expect(hits).toBe(4);
    await Promise.all([send("mutation M{ x }", "alice"), send("mutation M{ x }", "alice")]);
    expect(hits).toBe(6);
    await send("{ x }", "alice");
    await send("{ x }", "alice");
    expect(hits).toBe(8);
  });

  it("decides query or mutation from the parsed operation named by operationName, not from how the text begins", async () => {
    const both = "query Q { x } mutation M { x }";
    await Promise.all([send(both, "alice", {}, "M"), send(both, "alice", {}, "M")]);
    expect(hits).toBe(2);
    await Promise.all([send(both, "alice", {}, "Q"), send(both, "alice", {}, "Q")]);
    expect(hits).toBe(3);
    // A fragment first, or the variables before the query: still a query.
    await Promise.all([send("fragment F on T { x } query Q { ...F }", "alice"), send("fragment F on T { x } query Q { ...F }", "alice")]);
    expect(hits).toBe(4);
    const reordered = JSON.stringify({ variables: {}, query: "query Q { x }" });
    await Promise.all([sendBody(reordered, "alice"), sendBody(reordered, "alice")]);
    expect(hits).toBe(5);
    // Two anonymous operations, or no valid document: nothing is shared.
    await Promise.all([send("{ x } { y }", "alice"), send("{ x } { y }", "alice")]);
    expect(hits).toBe(7);
    await Promise.all([send("query Q {", "alice"), send("query Q {", "alice")]);
    expect(hits).toBe(9);
  });

  it("never hands an answer holding recorded personal reads to another request: each sends its own fetch with its own request id", async () => {
    const answers = await Promise.all([1, 2, 3].map(() => send("query Q { personal }", "alice")));
    expect(hits).toBe(3);
    expect(new Set(requestIds).size).toBe(3);
    expect(new Set(answers.map((a) => a.headers.get("x-hit"))).size).toBe(3);
  });

  it("shares only between requests that must see the same feed positions (read-your-writes)", async () => {
    const body = JSON.stringify({ query: "query Q { x }", variables: {} });
    const at = (positions: Record<string, number>) => ({ [FEED_POSITIONS_HEADER]: JSON.stringify(positions) });
    await Promise.all([sendBody(body, "alice", at({ intake: 5 })), sendBody(body, "alice", at({ intake: 6 })), sendBody(body, "alice")]);
    expect(hits).toBe(3);
    await Promise.all([sendBody(body, "alice", at({ intake: 7 })), sendBody(body, "alice", at({ intake: 7 }))]);
    expect(hits).toBe(4);
  });
});
