import { ServiceTokens } from "../lib/auth/service-tokens";
import { SUBGRAPHS } from "../lib/config";
import { central } from "./helpers/callers";
import { startTestStack, type TestStack } from "./helpers/stack";

const HSTS_MAX_AGE = 31_536_000;
const EXPECTED = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "content-security-policy": "frame-ancestors 'none'",
  "referrer-policy": "no-referrer",
  "strict-transport-security": `max-age=${HSTS_MAX_AGE}`,
};
const NAMES = Object.keys(EXPECTED) as (keyof typeof EXPECTED)[];

interface Case {
  label: string;
  status: number;
  send(): Promise<Response>;
}

/** The security headers of one response, and its status. */
async function seen(response: Promise<Response>) {
  const res = await response;
  await res.arrayBuffer();
  return { status: res.status, headers: Object.fromEntries(NAMES.map((n) => [n, res.headers.get(n)])) };
}

describe("security headers on every response [sqlite]", () => {
  let t: TestStack;

  beforeAll(async () => {
    t = await startTestStack("sqlite", { env: { HSTS_MAX_AGE: String(HSTS_MAX_AGE) } });
  });
  afterAll(() => t.stop());

  const gql = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const gatewayCases = (): Case[] => [
    { label: "GET /health", status: 200, send: () => fetch(`${t.url}/health`) },
    { label: "GET /ready", status: 200, send: () => fetch(`${t.url}/ready`) },
    { label: "GET /metrics", status: 200, send: () => fetch(`${t.url}/metrics`) },
    { label: "a query", status: 200, send: () => gql(JSON.stringify({ query: "{ ombudsman { name } }" })) },
    {
      label: "a GET query",
      status: 200,
      send: () => fetch(`${t.url}/?query=${encodeURIComponent("{ ombudsman { name } }")}`, { headers: { "apollo-require-preflight": "1" } }),
    },
    { label: "the landing page", status: 200, send: () => fetch(`${t.url}/`, { headers: { accept: "text/html" } }) },
    { label: "a parse error", status: 400, send: () => gql(JSON.stringify({ query: "{ ombudsman {" })) },
    { label: "a body that is not JSON", status: 400, send: () => gql("{") },
    { label: "an unknown operationName", status: 400, send: () => gql(JSON.stringify({ query: "query A { ombudsman { name } }", operationName: "B" })) },
    { label: "an invalid token", status: 401, send: () => gql(JSON.stringify({ query: "{ ombudsman { name } }" }), { authorization: "Bearer nonsense" }) },
    { label: "a body too large", status: 413, send: () => gql(JSON.stringify({ query: "{ ombudsman { name } }", variables: { x: "a".repeat(2_000_000) } })) },
    {
      label: "a mutation over GET",
      status: 405,
      send: () =>
        fetch(`${t.url}/?query=${encodeURIComponent('mutation { withdrawComplaint(id: "x") { id } }')}`, { headers: { "apollo-require-preflight": "1" } }),
    },
    { label: "an explorer file (development)", status: 200, send: () => fetch(`${t.url}/explorer/graphiql.min.js`) },
    {
      label: "a refused CORS preflight",
      status: 403,
      send: () => fetch(`${t.url}/`, { method: "OPTIONS", headers: { origin: "https://app.example.be", "access-control-request-method": "POST" } }),
    },
    { label: "an unknown path", status: 404, send: () => fetch(`${t.url}/nope`) },
  ];

  it("the gateway: health, readiness, metrics, queries, the landing page, refusals and 404s", async () => {
    for (const c of gatewayCases()) {
      expect({ label: c.label, ...(await seen(c.send())) }).toEqual({ label: c.label, status: c.status, headers: EXPECTED });
    }
  });

  it.each(SUBGRAPHS.map((s) => [s]))("the %s subgraph: health, readiness, metrics, its feed, GraphQL, refusals and 404s", async (name) => {
    const url = t.stack.subgraphs[name].url;
    const gateway = await ServiceTokens.load(t.config.serviceKeysDir, "gateway", { generate: false });
    const signed = await gateway.sign(name, central);
    const cases: Case[] = [
      { label: "GET /health", status: 200, send: () => fetch(`${url}/health`) },
      { label: "GET /ready", status: 200, send: () => fetch(`${url}/ready`) },
      { label: "GET /metrics", status: 200, send: () => fetch(`${url}/metrics`) },
      { label: "the feed without a token", status: 401, send: () => fetch(`${url}/internal/events`) },
      {
        label: "GraphQL without a token",
        status: 401,
        send: () => fetch(`${url}/`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
      },
      {
        label: "a signed GraphQL request",
        status: 200,
        send: () =>
          fetch(`${url}/`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${signed}` },
            body: JSON.stringify({ query: "{ __typename }" }),
          }),
      },
      {
        label: "a signed request that does not parse",
        status: 400,
        send: () =>
          fetch(`${url}/`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${signed}` },
            body: JSON.stringify({ query: "{" }),
          }),
      },
      { label: "an unknown path", status: 404, send: () => fetch(`${url}/nope`) },
    ];
    for (const c of cases) {
      expect({ label: c.label, ...(await seen(c.send())) }).toEqual({ label: c.label, status: c.status, headers: EXPECTED });
    }
  });
});

describe("without HSTS_MAX_AGE [sqlite]", () => {
  it("no Strict-Transport-Security (plain HTTP), the other headers as always", async () => {
    const t = await startTestStack("sqlite");
    try {
      for (const url of [t.url, ...SUBGRAPHS.map((s) => t.stack.subgraphs[s].url)]) {
        const { headers } = await seen(fetch(`${url}/health`));
        expect(headers).toEqual({ ...EXPECTED, "strict-transport-security": null });
      }
    } finally {
      await t.stop();
    }
  });
});
