import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SignJWT, type JWTPayload } from "jose";
import { createCallerVerifier, type CallerVerifier } from "../../lib/auth/caller-verifier";
import { issueDevToken } from "../../lib/auth/dev-issuer";
import { DEV_ISSUER_ALG, devIssuerKeyFiles, publicJwk, readPrivateKey, readPublicKey } from "../../lib/auth/keys";
import { loadConfig, type AuthConfig } from "../../lib/config";

const AUTH: AuthConfig = { ...loadConfig({}).auth, issuer: "https://idp.test", audience: "ibz-complaints", devIssuer: true };

describe("createCallerVerifier with the development issuer (claims to Caller)", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-unit-keys-"));
  let verify: CallerVerifier;
  let sign: (claims: JWTPayload) => Promise<string>;
  beforeAll(async () => {
    verify = await createCallerVerifier(AUTH, dataDir, false);
    const files = devIssuerKeyFiles(dataDir);
    const key = await readPrivateKey(files.privateKey, DEV_ISSUER_ALG);
    const { kid } = await publicJwk(await readPublicKey(files.publicKey, DEV_ISSUER_ALG), DEV_ISSUER_ALG);
    const now = Math.floor(Date.now() / 1000);
    sign = (claims) =>
      new SignJWT({ iss: AUTH.issuer, aud: AUTH.audience, iat: now, exp: now + 600, ...claims }).setProtectedHeader({ alg: DEV_ISSUER_ALG, kid }).sign(key);
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("a development token becomes the Caller it was issued for, profile claims included", async () => {
    const caller = { sub: "alice", role: "coordinator" as const, directorate: "ICT" as never, name: "Alice", email: "alice@ibz.be", locale: "fr-BE" };
    expect(await verify(await issueDevToken(dataDir, AUTH, caller))).toEqual(caller);
  });

  it("a correctly signed token whose claims are not a complete identity is refused with the claim's problem", async () => {
    await expect(verify(await sign({ sub: "bob", role: "coordinator" }))).rejects.toThrow('a coordinator needs a valid "directorate" claim');
    await expect(verify(await sign({ sub: "bob", role: "citizen", directorate: "ICT" }))).rejects.toThrow('only coordinators carry a "directorate" claim');
    await expect(verify(await sign({ sub: "bob", role: "root" }))).rejects.toThrow('claim "role" must be one of citizen, coordinator, central-service');
  });

  it("sub and exp are required; issuer and audience must be ours", async () => {
    await expect(verify(await sign({ role: "citizen" }))).rejects.toThrow(/"sub" claim/);
    await expect(verify(await sign({ sub: "bob", role: "citizen", exp: undefined }))).rejects.toThrow(/"exp" claim/);
    await expect(verify(await sign({ sub: "bob", role: "citizen", iss: "https://other.test" }))).rejects.toThrow(/"iss" claim/);
    await expect(verify(await sign({ sub: "bob", role: "citizen", aud: "other" }))).rejects.toThrow(/"aud" claim/);
    expect(await verify(await sign({ sub: "bob", role: "citizen" }))).toEqual({ sub: "bob", role: "citizen" });
  });

  it("production refuses to start on the development issuer", async () => {
    await expect(createCallerVerifier(AUTH, dataDir, true)).rejects.toThrow("the development issuer is refused in production");
  });
});
