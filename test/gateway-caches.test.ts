import type { Caller } from "../lib/auth/caller";
import { ServiceTokens } from "../lib/auth/service-tokens";
import { SubgraphTokens, SUBGRAPH_TOKEN_REUSE_MS } from "../gateway/subgraph-tokens";
import { rememberVerifiedCallers, VERIFIED_CALLER_TTL_MS } from "../gateway/verified-callers";
import { freshDatabases } from "./helpers/databases";

/** An unsigned JWT-shaped string with the given `exp`: the cache only decodes it, the wrapped verifier decides. */
const tokenWith = (exp: number, sub: string) =>
  [{ alg: "ES256" }, { sub, exp }, "sig"].map((part) => Buffer.from(typeof part === "string" ? part : JSON.stringify(part)).toString("base64url")).join(".");

describe("verified callers are remembered per token", () => {
  const citizen: Caller = { sub: "c1", role: "citizen" };
  let clock = 1_000_000_000_000;
  let calls: string[] = [];
  const verify = rememberVerifiedCallers(
    async (token) => {
      calls.push(token);
      if (token.endsWith("bad")) throw new Error("bad signature");
      return { ...citizen, sub: token.slice(-6) };
    },
    () => clock,
  );

  beforeEach(() => {
    calls = [];
  });

  it("checks a token once, then answers from memory until a minute has passed", async () => {
    const token = tokenWith(clock / 1000 + 3600, "a");
    const first = await verify(token);
    expect(await verify(token)).toBe(first);
    expect(calls).toHaveLength(1);
    clock += VERIFIED_CALLER_TTL_MS + 1;
    await verify(token);
    expect(calls).toHaveLength(2);
  });

  it("never past the token's exp", async () => {
    const token = tokenWith(clock / 1000 + 10, "b");
    await verify(token);
    clock += 10_001;
    await verify(token);
    expect(calls).toEqual([token, token]);
  });

  it("does not remember refused tokens", async () => {
    const bad = `${tokenWith(clock / 1000 + 3600, "x")}bad`;
    await expect(verify(bad)).rejects.toThrow("bad signature");
    await expect(verify(bad)).rejects.toThrow("bad signature");
    expect(calls).toEqual([bad, bad]);
  });
});

describe("signed subgraph tokens", () => {
  const dbs = freshDatabases("sqlite");
  let service: ServiceTokens;
  let intake: ServiceTokens;
  let clock = 1_000_000_000_000;
  beforeAll(async () => {
    service = await ServiceTokens.load(dbs.dataDir, "gateway", { generate: true });
    intake = await ServiceTokens.load(dbs.dataDir, "intake", { generate: true });
  });
  afterAll(() => dbs.drop());

  it("reuses a token for the same subgraph and caller for half its life, never across callers or subgraphs", async () => {
    const tokens = new SubgraphTokens(service, () => clock);
    const a: Caller = { sub: "a", role: "citizen" };
    const b: Caller = { sub: "b", role: "citizen" };
    const coordinator: Caller = { sub: "a", role: "coordinator", directorate: "ICT" as Caller["directorate"] };
    const first = await tokens.get("intake", a);
    expect(await tokens.get("intake", a)).toBe(first);
    expect((await intake.verify(await tokens.get("intake", b), ["gateway"])).caller).toEqual(b);
    expect((await intake.verify(await tokens.get("intake", coordinator), ["gateway"])).caller).toEqual(coordinator);
    expect((await intake.verify(first, ["gateway"])).caller).toEqual(a);
    expect(await tokens.get("directorates", a)).not.toBe(first);
    expect(await tokens.get("intake", null)).not.toBe(first);

    const signed: string[] = [];
    const counting = new SubgraphTokens(
      { sign: (...args: Parameters<ServiceTokens["sign"]>) => (signed.push(args[0]), service.sign(...args)) } as ServiceTokens,
      () => clock,
    );
    await counting.get("intake", a);
    await counting.get("intake", a);
    clock += SUBGRAPH_TOKEN_REUSE_MS + 1;
    await counting.get("intake", a);
    expect(signed).toEqual(["intake", "intake"]);
  });

  it("a subgraph that remembers a verified token still refuses it from a call path that does not accept its issuer", async () => {
    const token = await service.sign("intake", { sub: "a", role: "citizen" });
    expect((await intake.verify(token, ["gateway"])).issuer).toBe("gateway");
    expect((await intake.verify(token, ["gateway"])).caller).toEqual({ sub: "a", role: "citizen" });
    await expect(intake.verify(token, ["directorates", "escalation"])).rejects.toThrow();
    await expect(intake.verify(`${token}x`, ["gateway"])).rejects.toThrow();
  });
});
