import { SignJWT } from "jose";
import type { Caller } from "../lib/auth/caller";
import { SERVICE_ALG, readPrivateKey, serviceKeyFiles } from "../lib/auth/keys";
import { ServiceTokens } from "../lib/auth/service-tokens";
import { SUBGRAPHS, type SubgraphName } from "../lib/config";
import { citizenOwner, otherCitizen } from "./helpers/callers";
import { procedure } from "./helpers/procedure";
import { startTestStack, type TestStack } from "./helpers/stack";

interface Reply {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[]; events?: unknown[] };
  text: string;
}

/** What each subgraph adds to a Complaint, asked for through `_entities`. */
const COMPLAINT_SELECTION: Record<SubgraphName, string> = {
  intake: "id subject description complainant { name email }",
  directorates: "id firstLine { acknowledgedAt acknowledgementOverdue }",
  escalation: "id escalation { id reason } ombudsman { name }",
};
const ENTITIES = (selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { ${selection} } } }`;

describe("direct calls to the subgraphs [sqlite]", () => {
  let t: TestStack;
  let gateway: ServiceTokens;
  let complaintId: string;

  const url = (name: SubgraphName) => t.stack.subgraphs[name].url;
  const post = async (name: SubgraphName, body: unknown, token?: string): Promise<Reply> => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${url(name)}/`, { method: "POST", headers, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text), text };
  };
  const feed = async (name: SubgraphName, token?: string) => {
    const res = await fetch(`${url(name)}/internal/events?after=0`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    return { status: res.status, body: (await res.json()) as Reply["body"] };
  };
  const asGateway = (audience: SubgraphName, caller: Caller | null) => gateway.sign(audience, caller);
  const expect401 = (r: { status: number; body: Reply["body"] }) => {
    expect({ status: r.status, codes: r.body.errors?.map((e) => e.extensions?.code), data: r.body.data ?? null }).toEqual({
      status: 401,
      codes: ["UNAUTHENTICATED"],
      data: null,
    });
  };

  beforeAll(async () => {
    t = await startTestStack("sqlite");
    gateway = await ServiceTokens.load(t.config.serviceKeysDir, "gateway", { generate: false });
    const escalated = await procedure(t).escalated();
    complaintId = escalated.id;
  });
  afterAll(() => t.stop());

  describe.each(SUBGRAPHS.map((s) => [s]))("%s", (name) => {
    const other = SUBGRAPHS.find((s) => s !== name) as SubgraphName;

    it("answers a correctly signed gateway call (the control for the refusals below)", async () => {
      const r = await post(name, { query: "{ _service { sdl } }" }, await asGateway(name, null));
      expect(r.status).toBe(200);
      expect(r.body.data?._service.sdl).toContain("type Query");
    });

    it("refuses a call without a token, also for _service and _entities", async () => {
      expect401(await post(name, { query: "{ __typename }" }));
      expect401(await post(name, { query: "{ _service { sdl } }" }));
      expect401(await post(name, { query: ENTITIES("id"), variables: { r: [{ __typename: "Complaint", id: complaintId }] } }));
      expect401(await post(name, { query: "{ _service { sdl } }" }, ""));
    });

    it("refuses a gateway-signed token addressed to another subgraph", async () => {
      expect401(await post(name, { query: "{ _service { sdl } }" }, await asGateway(other, citizenOwner)));
    });

    it("refuses a token signed by a subgraph's key instead of the gateway's", async () => {
      const peer = await ServiceTokens.load(t.config.serviceKeysDir, other, { generate: false });
      expect401(await post(name, { query: "{ _service { sdl } }" }, await peer.sign(name, citizenOwner)));
      // The same key, pretending to be the gateway.
      const key = await readPrivateKey(serviceKeyFiles(t.config.serviceKeysDir, other).privateKey, SERVICE_ALG);
      const forged = await new SignJWT({ caller: citizenOwner })
        .setProtectedHeader({ alg: SERVICE_ALG, kid: "gateway" })
        .setIssuer("gateway")
        .setAudience(name)
        .setIssuedAt()
        .setExpirationTime("60s")
        .sign(key);
      expect401(await post(name, { query: "{ _service { sdl } }" }, forged));
    });

    it("refuses an expired gateway token", async () => {
      const key = await readPrivateKey(serviceKeyFiles(t.config.serviceKeysDir, "gateway").privateKey, SERVICE_ALG);
      const then = Math.floor(Date.now() / 1000) - 300;
      const expired = await new SignJWT({ caller: citizenOwner })
        .setProtectedHeader({ alg: SERVICE_ALG, kid: "gateway" })
        .setIssuer("gateway")
        .setAudience(name)
        .setIssuedAt(then)
        .setExpirationTime(then + 60)
        .sign(key);
      expect401(await post(name, { query: "{ _service { sdl } }" }, expired));
    });

    it("resolves no Complaint fields for forged representations of another citizen's complaint", async () => {
      const query = ENTITIES(COMPLAINT_SELECTION[name]);
      const variables = { r: [{ __typename: "Complaint", id: complaintId }] };
      for (const caller of [otherCitizen, null]) {
        const r = await post(name, { query, variables }, await asGateway(name, caller));
        expect(r.status).toBe(200);
        expect(r.body.data).toEqual({ _entities: [null] });
        expect(r.text).not.toMatch(/An Peeters|an@example\.be|No answer to my letters|ignores my second letter/);
      }
      // The owner gets the same entity: the refusal above is about scope, not a broken call.
      const own = await post(name, { query, variables }, await asGateway(name, citizenOwner));
      expect(own.body.errors).toBeUndefined();
      expect(own.body.data?._entities[0]).toMatchObject({ id: complaintId });
    });
  });

  it("escalation: a forged Escalation representation of another citizen's escalation resolves to nothing", async () => {
    const { data } = (await post("escalation", { query: "{ escalations { id } }" }, await asGateway("escalation", citizenOwner))).body;
    const escalationId = data?.escalations[0].id as string;
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Escalation { id reason status } } }`;
    const variables = { r: [{ __typename: "Escalation", id: escalationId }] };
    const r = await post("escalation", { query, variables }, await asGateway("escalation", otherCitizen));
    expect(r.body.data).toEqual({ _entities: [null] });
    const own = await post("escalation", { query, variables }, await asGateway("escalation", citizenOwner));
    expect(own.body.data?._entities[0]).toMatchObject({ id: escalationId, status: "REQUESTED" });
  });

  it("the event feed refuses no token and a gateway-signed token, and serves a peer subgraph", async () => {
    expect401(await feed("intake"));
    expect401(await feed("intake", await asGateway("intake", null)));
    const peer = await ServiceTokens.load(t.config.serviceKeysDir, "directorates", { generate: false });
    const served = await feed("intake", await peer.sign("intake", null));
    expect(served.status).toBe(200);
    expect(served.body.events?.length).toBeGreaterThan(0);
  });

  it("entity resolution (__resolveReference) still runs under shield: firstLine through the gateway", async () => {
    const r = await t.query(`{ myComplaints { id firstLine { acknowledgementOverdue answeredAt } escalation { status } } }`, {}, citizenOwner);
    expect(r.errors).toBeUndefined();
    const mine = r.data!.myComplaints.find((c: { id: string }) => c.id === complaintId);
    expect(mine).toEqual({
      id: complaintId,
      firstLine: { acknowledgementOverdue: false, answeredAt: expect.any(String) },
      escalation: { status: "REQUESTED" },
    });
  });
});
