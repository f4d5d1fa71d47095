import http from "node:http";
import type { AddressInfo } from "node:net";
import { subgraphFetcher } from "../gateway/subgraph-fetcher";

describe("the gateway's subgraph fetcher (one http.request, the answer read whole)", () => {
  let server: http.Server;
  let url: string;
  let received: { method?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  const fetcher = subgraphFetcher();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        received.push({ method: req.method, headers: req.headers, body });
        const status = req.url === "/refused" ? 401 : 200;
        res.writeHead(status, { "content-type": "application/json", "x-seen": "1" });
        res.end(JSON.stringify({ data: { echo: body.length, word: "één" } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (received = []));

  it("sends the method, headers and body with its byte length, and gives status, headers and the body as text or JSON", async () => {
    const body = JSON.stringify({ query: "{ naam }", variables: { x: "é" } });
    const res = await fetcher(`${url}/`, { method: "POST", headers: { authorization: "Bearer t", "content-type": "application/json" }, body });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: "POST", body });
    expect(received[0].headers.authorization).toBe("Bearer t");
    // "é" is two bytes: the length is counted in bytes, not characters.
    expect(received[0].headers["content-length"]).toBe(String(body.length + 1));
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(res.headers.get("x-seen")).toBe("1");
    expect(res.headers.get("Content-Type")).toBe("application/json");
    const [a, b] = [await res.json(), await res.json()];
    expect(a).toEqual({ data: { echo: body.length, word: "één" } });
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(await res.text()).toBe(JSON.stringify(a));
  });

  it("gives a refusal as an answer that is not ok, and a closed port as an error with its code", async () => {
    const refused = await fetcher(`${url}/refused`, { method: "POST", headers: {}, body: "{}" });
    expect([refused.status, refused.ok]).toEqual([401, false]);
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetcher(`http://127.0.0.1:${port}/`, { method: "POST", headers: {}, body: "{}" })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});
