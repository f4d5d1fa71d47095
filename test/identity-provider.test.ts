import http from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair, type JWK } from "jose";
import { ISSUER } from "./helpers/production";
import { startTestStack, type TestStack } from "./helpers/stack";

/** A local identity provider's JWKS endpoint that a test can change, take down, or count. */
async function startJwksServer() {
  const state = { keys: [] as JWK[], down: false, requests: 0 };
  const server = http.createServer((_req, res) => {
    state.requests++;
    if (state.down) return res.socket?.destroy();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: state.keys }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { state, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`, close: () => new Promise((r) => server.close(r)) };
}

async function signingKey(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" };
  let n = 0;
  const sign = (audience: string) =>
    new SignJWT({ role: "central-service", jti: `${kid}-${n++}` })
      .setProtectedHeader({ alg: "ES256", kid })
      .setSubject("central-1")
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setExpirationTime("5m")
      .sign(privateKey);
  return { jwk, sign };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function get(url: string, localAddress: string, method = "GET", body?: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, localAddress, headers: { "content-type": "application/json" } }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("identity provider outages and key changes, through the gateway [sqlite]", () => {
  let idp: Awaited<ReturnType<typeof startJwksServer>>;
  let t: TestStack;
  let k1: Awaited<ReturnType<typeof signingKey>>;
  let k2: Awaited<ReturnType<typeof signingKey>>;
  beforeAll(async () => {
    idp = await startJwksServer();
    [k1, k2] = [await signingKey("k1"), await signingKey("k2")];
    idp.state.keys = [k1.jwk];
    t = await startTestStack("sqlite", {
      captureLogs: true,
      env: {
        AUTH_JWKS_URL: idp.url,
        AUTH_ISSUER: ISSUER,
        AUTH_JWKS_REFRESH_MS: "1000",
        AUTH_JWKS_STALE_MAX_MS: "3000",
        AUTH_JWKS_UNKNOWN_KID_COOLDOWN_MS: "60000",
      },
    });
  });
  afterAll(async () => {
    await t.stop();
    await idp.close();
  });

  const ask = async (token: string) => {
    const res = await fetch(`${t.url}/`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ complaints { totalCount } }" }),
    });
    const body = (await res.json()) as { data?: { complaints: { totalCount: number } } | null; errors?: { message: string; extensions: { code: string } }[] };
    return {
      status: res.status,
      retryAfter: res.headers.get("retry-after"),
      code: body.errors?.[0]?.extensions.code ?? null,
      total: body.data?.complaints.totalCount,
    };
  };
  const audience = () => t.config.auth.audience;

  it("the operator's controls answer loopback only; revoking a kid refuses its tokens at once, cached ones too; refresh picks up a new key now", async () => {
    const token = await k1.sign(audience());
    expect(await ask(token)).toMatchObject({ status: 200, total: 0 });
    expect((await get(`${t.url}/admin/jwks`, "127.0.0.2")).status).toBe(403);
    expect((await get(`${t.url}/admin/jwks/revoke`, "127.0.0.2", "POST", '{"kid":"k1"}')).status).toBe(403);
    expect((await get(`${t.url}/admin/jwks`, "127.0.0.1")).json).toMatchObject({ kids: ["k1"], failures: 0, revokedKids: [] });

    idp.state.keys = [k1.jwk, k2.jwk];
    expect(await ask(await k2.sign(audience()))).toMatchObject({ status: 401, code: "UNAUTHENTICATED" }); // within the unknown-kid cooldown
    expect((await get(`${t.url}/admin/jwks/refresh`, "127.0.0.1", "POST")).json).toMatchObject({ kids: ["k1", "k2"] });
    expect(await ask(await k2.sign(audience()))).toMatchObject({ status: 200 });

    expect((await get(`${t.url}/admin/jwks/revoke`, "127.0.0.1", "POST", '{"kid":"k1"}')).json.revokedKids).toEqual(["k1"]);
    expect(await ask(token)).toMatchObject({ status: 401, code: "UNAUTHENTICATED" }); // the same, cached token
    expect((await get(`${t.url}/admin/jwks/revoke`, "127.0.0.1", "POST", "{}")).status).toBe(400);
  });

  it("provider down: signed-in callers keep being served on the last good keys with one fetch per back-off; past AUTH_JWKS_STALE_MAX_MS, 503 SERVICE_UNAVAILABLE, never 'invalid token'", async () => {
    idp.state.keys = [k2.jwk];
    await get(`${t.url}/admin/jwks/refresh`, "127.0.0.1", "POST");
    idp.state.down = true;
    const before = idp.state.requests;
    await sleep(1100); // past the refresh age
    const served = [];
    for (let i = 0; i < 20; i++) served.push(await ask(await k2.sign(audience())));
    expect(served.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(idp.state.requests - before).toBeLessThanOrEqual(2);

    await sleep(2100); // the last good keys are now older than 3 s
    const refused = await ask(await k2.sign(audience()));
    expect(refused).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE", retryAfter: "30" });
    expect(t.logs.some((l) => l.service === "gateway" && l.level === 40 && /identity provider unavailable/.test(String(l.msg)))).toBe(true);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/ibz_auth_refusals_total\{reason="provider_unavailable",service="gateway"\} [1-9]/);
    expect(metrics).toMatch(/ibz_jwks_fetch_failures_total\{service="gateway"\} [1-9]/);

    idp.state.down = false;
    await get(`${t.url}/admin/jwks/refresh`, "127.0.0.1", "POST");
    expect(await ask(await k2.sign(audience()))).toMatchObject({ status: 200 });
  });
});

describe("the operator's key controls with METRICS_PORT: on the metrics port, not on the public one [sqlite]", () => {
  it("/admin/jwks answers on METRICS_PORT and is 404 on the GraphQL port", async () => {
    const idp = await startJwksServer();
    idp.state.keys = [(await signingKey("k1")).jwk];
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const metricsPort = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const t = await startTestStack("sqlite", { env: { AUTH_JWKS_URL: idp.url, AUTH_ISSUER: ISSUER, METRICS_PORT: String(metricsPort) } });
    try {
      expect((await get(`${t.url}/admin/jwks`, "127.0.0.1")).status).toBe(404);
      expect((await get(`${t.url}/admin/jwks/revoke`, "127.0.0.1", "POST", '{"kid":"k1"}')).status).toBe(404);
      const status = await get(`http://127.0.0.1:${metricsPort}/admin/jwks/refresh`, "127.0.0.1", "POST");
      expect({ status: status.status, kids: status.json.kids }).toEqual({ status: 200, kids: ["k1"] });
    } finally {
      await t.stop();
      await idp.close();
    }
  });
});
