import { citizenOwner } from "./helpers/callers";
import { startProductionStack, type ProductionStack } from "./helpers/production";
import { startTestStack, type TestStack } from "./helpers/stack";

interface Reply {
  status: number;
  text: string;
  codes: unknown[];
}

const QUERY = "{ __typename }";
const BY_REFERENCE = "query($r: String!) { complaintByReference(reference: $r) { id } }";

/**
 * Client mistakes Apollo Server answers itself, with a 4xx status but no
 * error code (hence INTERNAL_SERVER_ERROR and, in development, a stack trace),
 * and the checks on variables sent in a GET's search parameters.
 * Only the gateway is involved: SQLite is enough.
 */
describe.each([
  ["development", false],
  ["production", true],
] as const)("client mistakes the gateway answers before planning [%s]", (_mode, production) => {
  let url: string;
  let token: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    if (production) {
      const p: ProductionStack = await startProductionStack("sqlite");
      [url, token, stop] = [p.t.url, await p.tokenFor(citizenOwner), () => p.stop()];
    } else {
      const t: TestStack = await startTestStack("sqlite");
      [url, token, stop] = [t.url, await t.token(citizenOwner), () => t.stop()];
    }
  });
  afterAll(() => stop());

  const reply = async (res: Response): Promise<Reply> => {
    const text = await res.text();
    const codes = ((JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] }).errors ?? []).map((e) => e.extensions?.code);
    return { status: res.status, text, codes };
  };
  const post = async (body: unknown) =>
    reply(
      await fetch(`${url}/`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) }),
    );
  const get = async (params: Record<string, string>) =>
    reply(await fetch(`${url}/?${new URLSearchParams(params)}`, { headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "1" } }));

  const expectClientMistake = (r: Reply, status: number, code: string) => {
    expect({ status: r.status, codes: r.codes }).toEqual({ status, codes: [code] });
    expect(r.text).not.toMatch(/stacktrace|INTERNAL_SERVER_ERROR|node_modules/);
  };

  it("an automatic persisted query whose hash does not match its text: 400 BAD_REQUEST, no stack trace", async () => {
    expectClientMistake(await post({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }), 400, "BAD_REQUEST");
  });

  it("a persisted query of an unsupported version, by POST and by GET: 400 BAD_REQUEST, no stack trace", async () => {
    const extensions = { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } };
    expectClientMistake(await post({ query: QUERY, extensions }), 400, "BAD_REQUEST");
    expectClientMistake(await get({ extensions: JSON.stringify(extensions) }), 400, "BAD_REQUEST");
  });

  it("variables in a GET's search parameters are checked like a POST's: a lone surrogate is BAD_USER_INPUT", async () => {
    const post400 = await post({ query: BY_REFERENCE, variables: { r: "IBZ-\ud800" } });
    expectClientMistake(post400, 400, "BAD_USER_INPUT");
    expectClientMistake(await get({ query: BY_REFERENCE, variables: '{"r":"IBZ-\\ud800"}' }), 400, "BAD_USER_INPUT");
    // Well-formed text still passes.
    expect((await get({ query: BY_REFERENCE, variables: '{"r":"IBZ-\\ud83d\\ude00"}' })).codes).toEqual(["NOT_FOUND"]);
  });
});
