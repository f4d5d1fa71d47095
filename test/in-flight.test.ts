import http from "node:http";
import type { AddressInfo } from "node:net";
import { deduplicateInFlight } from "../gateway/in-flight";
import { subgraphFetcher } from "../gateway/subgraph-fetcher";

describe("in-flight deduplication of subgraph queries", () => {
  let server: http.Server;
  let url: string;
  let hits = 0;
  const fetcher = deduplicateInFlight(subgraphFetcher());

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits++;
      const n = hits;
      req.resume();
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json", "x-hit": String(n) });
        res.end(JSON.stringify({ data: { hit: n } }));
      }, 50);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    hits = 0;
  });

  const send = (query: string, token: string, variables: Record<string, unknown> = {}) =>
    fetcher(url, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });

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
});
