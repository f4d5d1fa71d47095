import { SignJWT, exportJWK, generateKeyPair, jwtVerify, type JWK } from "jose";
import { DEFAULT_JWKS_SETTINGS, IdentityProviderUnavailable, JwksKeyStore, type JwksSettings } from "../../lib/auth/jwks-keys";

/** The identity provider as the store sees it: a JWKS document that can be changed, taken down or held. */
function provider() {
  const state = { keys: [] as JWK[], down: false, requests: 0, hold: undefined as Promise<void> | undefined };
  const fetchImpl = (async () => {
    state.requests++;
    if (state.hold) await state.hold;
    if (state.down) throw new TypeError("fetch failed: connect ECONNREFUSED");
    return new Response(JSON.stringify({ keys: state.keys }), { status: 200, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return { state, fetchImpl };
}

async function signingKey(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" };
  const sign = () => new SignJWT({}).setProtectedHeader({ alg: "ES256", kid }).setSubject("s").setExpirationTime("5m").sign(privateKey);
  return { jwk, sign };
}

describe("the identity provider's keys (JwksKeyStore)", () => {
  let now = 0;
  const clock = () => now;
  const settings: JwksSettings = {
    ...DEFAULT_JWKS_SETTINGS,
    refreshAfterMs: 300_000,
    staleMaxMs: 86_400_000,
    unknownKidCooldownMs: 30_000,
    backoffMaxMs: 60_000,
  };
  const store = (p: ReturnType<typeof provider>, s: Partial<JwksSettings> = {}) =>
    new JwksKeyStore(new URL("https://idp.test/jwks"), { ...settings, ...s }, {}, clock, p.fetchImpl);
  const verify = (keys: JwksKeyStore, token: string) =>
    jwtVerify(token, keys.getKey).then(
      () => "ok",
      (err: Error) => err,
    );
  beforeEach(() => (now = 1_000_000));

  it("keeps the last good key set when the provider goes down, for up to staleMaxMs, then says the provider is unavailable (never 'invalid')", async () => {
    const k1 = await signingKey("k1");
    const p = provider();
    p.state.keys = [k1.jwk];
    const keys = store(p);
    expect(await verify(keys, await k1.sign())).toBe("ok");
    p.state.down = true;
    now += 11 * 60_000; // past the refresh age: a background refresh fails
    expect(await verify(keys, await k1.sign())).toBe("ok");
    now += 23 * 3_600_000;
    expect(await verify(keys, await k1.sign())).toBe("ok");
    now += 3_600_000;
    expect(await verify(keys, await k1.sign())).toBeInstanceOf(IdentityProviderUnavailable);
    p.state.down = false;
    await keys.refresh(true);
    expect(await verify(keys, await k1.sign())).toBe("ok");
  });

  it("without any key set yet and the provider down: unavailable, not invalid", async () => {
    const p = provider();
    p.state.down = true;
    const k1 = await signingKey("k1");
    expect(await verify(store(p), await k1.sign())).toBeInstanceOf(IdentityProviderUnavailable);
  });

  it("backs off after failures, and concurrent requests share one fetch: 50 unknown-kid tokens while the provider fails cost one request", async () => {
    const k1 = await signingKey("k1");
    const p = provider();
    p.state.keys = [k1.jwk];
    const keys = store(p);
    await keys.refresh();
    p.state.down = true;
    now += 31_000;
    const strangers = await Promise.all(Array.from({ length: 50 }, (_, i) => signingKey(`unknown-${i}`).then((k) => k.sign())));
    const before = p.state.requests;
    const results = await Promise.all(strangers.map((t) => verify(keys, t)));
    expect(p.state.requests - before).toBe(1);
    expect(results.every((r) => r instanceof IdentityProviderUnavailable)).toBe(true);
    now += 31_000; // cooldown passed, but the back-off after 1 failure (1 s) passed too: one more try
    await Promise.all(strangers.slice(0, 10).map((t) => verify(keys, t)));
    expect(p.state.requests - before).toBe(2);
    expect(keys.status().failures).toBe(2);
  });

  it("a new kid is fetched once per cooldown; a key the provider removed stops being accepted after the refresh age", async () => {
    const [k1, k2] = [await signingKey("k1"), await signingKey("k2")];
    const p = provider();
    p.state.keys = [k1.jwk];
    const keys = store(p);
    await keys.refresh();
    p.state.keys = [k1.jwk, k2.jwk];
    now += 1_000;
    expect((await verify(keys, await k2.sign())) as Error).toHaveProperty("code", "ERR_JWKS_NO_MATCHING_KEY"); // within the cooldown
    now += 30_000;
    expect(await verify(keys, await k2.sign())).toBe("ok");
    p.state.keys = [k2.jwk];
    now += 300_001;
    expect(await verify(keys, await k1.sign())).toBe("ok"); // the refresh runs in the background meanwhile
    await keys.refresh(); // (already done: shares or repeats the fetch)
    expect((await verify(keys, await k1.sign())) as Error).toHaveProperty("code", "ERR_JWKS_NO_MATCHING_KEY");
  });

  it("a slow provider does not hold up tokens of known keys: the background refresh is not awaited", async () => {
    const k1 = await signingKey("k1");
    const p = provider();
    p.state.keys = [k1.jwk];
    const keys = store(p);
    await keys.refresh();
    let release!: () => void;
    p.state.hold = new Promise((r) => (release = r));
    now += 300_001;
    expect(await verify(keys, await k1.sign())).toBe("ok");
    expect(p.state.requests).toBe(2); // the refresh is under way, held by the provider
    release();
  });

  it("revoke: a kid is refused at once, whatever the provider publishes; AUTH_REVOKED_KIDS at start", async () => {
    const k1 = await signingKey("k1");
    const p = provider();
    p.state.keys = [k1.jwk];
    const keys = store(p);
    expect(await verify(keys, await k1.sign())).toBe("ok");
    keys.revoke("k1");
    expect((await verify(keys, await k1.sign())) as Error).toHaveProperty("code", "ERR_JWKS_NO_MATCHING_KEY");
    expect(keys.status().revokedKids).toEqual(["k1"]);
    const atStart = store(p, { revokedKids: ["k1"] });
    expect((await verify(atStart, await k1.sign())) as Error).toHaveProperty("code", "ERR_JWKS_NO_MATCHING_KEY");
  });

  it("a malformed key set from the provider does not replace the good one", async () => {
    const k1 = await signingKey("k1");
    const p = provider();
    p.state.keys = [k1.jwk];
    const keys = store(p);
    await keys.refresh();
    p.state.keys = [{ kty: "nonsense" }];
    await keys.refresh(true);
    expect(keys.status()).toMatchObject({ kids: ["k1"], failures: 1 });
    expect(await verify(keys, await k1.sign())).toBe("ok");
  });
});
