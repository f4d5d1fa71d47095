import { citizenOwner } from "./helpers/callers";
import { useTestStack } from "./helpers/stack";

const APP = "https://app.example.be";
const OTHER = "https://other.example.be";
const QUERY = JSON.stringify({ query: "{ ombudsman { name } }" });
const CORS_NAMES = [
  "access-control-allow-origin",
  "access-control-allow-methods",
  "access-control-allow-headers",
  "access-control-expose-headers",
  "access-control-max-age",
  "access-control-allow-credentials",
  "vary",
] as const;

/** Status, CORS headers and error codes of one answer (Node's fetch sends Origin as given, like a browser would). */
async function seen(response: Promise<Response>) {
  const res = await response;
  const text = await res.text();
  const codes = text.startsWith("{")
    ? ((JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map((e) => e.extensions?.code)
    : [];
  return {
    status: res.status,
    codes,
    cors: Object.fromEntries(CORS_NAMES.map((n) => [n, res.headers.get(n)])),
    nosniff: res.headers.get("x-content-type-options"),
  };
}

const none = Object.fromEntries(CORS_NAMES.map((n) => [n, null]));
const granted = { ...none, vary: "Origin", "access-control-allow-origin": APP, "access-control-expose-headers": "x-request-id, x-consistency-token" };

describe("CORS at the gateway, CORS_ORIGINS set [sqlite]", () => {
  const t = useTestStack("sqlite", { env: { CORS_ORIGINS: `http://localhost:5173,${APP}` } });
  const preflight = (origin: string, path = "/") =>
    fetch(`${t.url}${path}`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type,x-consistency-token" },
    });
  const post = (headers: Record<string, string>, body = QUERY) =>
    fetch(`${t.url}/`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("answers an allowed origin's preflight on / and /graphql with 204 and the grant, without credentials mode", async () => {
    for (const path of ["/", "/graphql"]) {
      expect(await seen(preflight(APP, path))).toEqual({
        status: 204,
        codes: [],
        nosniff: "nosniff",
        cors: {
          ...granted,
          "access-control-allow-methods": "GET, POST",
          "access-control-allow-headers": "content-type, authorization, apollo-require-preflight, x-consistency-token, accept-language",
          "access-control-max-age": "600",
        },
      });
    }
  });

  it("refuses another origin's preflight (403 FORBIDDEN) with no grant", async () => {
    for (const origin of [OTHER, "http://localhost:5174", "null"]) {
      expect(await seen(preflight(origin))).toEqual({ status: 403, codes: ["FORBIDDEN"], nosniff: "nosniff", cors: { ...none, vary: "Origin" } });
    }
  });

  it("grants an allowed origin's requests, refusals included, so the app can read them; other origins get no grant", async () => {
    const token = await t.token(citizenOwner);
    const withOrigin = { origin: APP };
    expect(await seen(post({ ...withOrigin, authorization: `Bearer ${token}` }))).toEqual({ status: 200, codes: [], nosniff: "nosniff", cors: granted });
    const get = fetch(`${t.url}/graphql?query=${encodeURIComponent("{ ombudsman { name } }")}`, {
      headers: { ...withOrigin, "apollo-require-preflight": "1" },
    });
    expect(await seen(get)).toEqual({ status: 200, codes: [], nosniff: "nosniff", cors: granted });
    expect(await seen(post({ ...withOrigin, authorization: "Bearer nonsense" }))).toEqual({
      status: 401,
      codes: ["UNAUTHENTICATED"],
      nosniff: "nosniff",
      cors: granted,
    });
    expect(await seen(post(withOrigin, "{"))).toEqual({ status: 400, codes: ["BAD_REQUEST"], nosniff: "nosniff", cors: granted });

    expect(await seen(post({ origin: OTHER }))).toEqual({ status: 200, codes: [], nosniff: "nosniff", cors: { ...none, vary: "Origin" } });
    expect(await seen(post({}))).toEqual({ status: 200, codes: [], nosniff: "nosniff", cors: { ...none, vary: "Origin" } });
  });

  it("keeps CSRF prevention: a simple cross-origin POST or GET (no preflight headers) is refused, even from an allowed origin", async () => {
    const form = fetch(`${t.url}/`, { method: "POST", headers: { origin: APP, "content-type": "text/plain" }, body: QUERY });
    expect(await seen(form)).toEqual({ status: 400, codes: ["BAD_REQUEST"], nosniff: "nosniff", cors: granted });
    const get = fetch(`${t.url}/?query=${encodeURIComponent("{ ombudsman { name } }")}`, { headers: { origin: APP } });
    expect(await seen(get)).toEqual({ status: 400, codes: ["BAD_REQUEST"], nosniff: "nosniff", cors: granted });
  });

  it("grants nothing outside GraphQL (/health, /metrics, 404s)", async () => {
    for (const path of ["/health", "/metrics", "/nope"]) {
      expect((await seen(fetch(`${t.url}${path}`, { headers: { origin: APP } }))).cors).toEqual(none);
    }
  });
});
