import fs from "node:fs";
import { SignJWT, UnsecuredJWT, base64url, generateKeyPair, type JWTPayload, type KeyLike } from "jose";
import { DEV_ISSUER_ALG, devIssuerKeyFiles, publicJwk, readPrivateKey, readPublicKey } from "../lib/auth/keys";
import { startTestStack, type TestStack } from "./helpers/stack";

const PUBLIC_QUERY = `{ directorates { code } }`;
const PRIVATE_QUERY = `{ myComplaints { id } }`;

describe("caller JWTs the gateway refuses [sqlite]", () => {
  let t: TestStack;
  let devKey: KeyLike;
  let publicPem: string;
  let kid: string;
  const now = () => Math.floor(Date.now() / 1000);

  /** A caller token as the dev issuer would sign it, with `claims` and `header` overriding the defaults. */
  const sign = (claims: JWTPayload = {}, header: Record<string, unknown> = {}, key: KeyLike | Uint8Array = devKey) =>
    new SignJWT({ sub: "citizen-owner", role: "citizen", iss: t.config.auth.issuer, aud: t.config.auth.audience, iat: now(), exp: now() + 600, ...claims })
      .setProtectedHeader({ alg: DEV_ISSUER_ALG, kid, typ: "JWT", ...header })
      .sign(key);

  beforeAll(async () => {
    t = await startTestStack("sqlite");
    const files = devIssuerKeyFiles(t.config.dataDir);
    devKey = await readPrivateKey(files.privateKey, DEV_ISSUER_ALG);
    publicPem = fs.readFileSync(files.publicKey, "utf8");
    kid = (await publicJwk(await readPublicKey(files.publicKey, DEV_ISSUER_ALG), DEV_ISSUER_ALG)).kid;
  });
  afterAll(() => t.stop());

  it("accepts the token the attacks below start from (so each refusal is down to its one defect)", async () => {
    const r = await t.query(PRIVATE_QUERY, {}, await sign());
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ myComplaints: [] });
  });

  const attacks: [string, () => Promise<string>][] = [
    [
      "alg: none",
      async () =>
        new UnsecuredJWT({ sub: "citizen-owner", role: "central-service" })
          .setIssuer(t.config.auth.issuer)
          .setAudience(t.config.auth.audience)
          .setExpirationTime("10m")
          .encode(),
    ],
    ["HS256 signed with the public key PEM as secret", () => sign({ role: "central-service" }, { alg: "HS256" }, new TextEncoder().encode(publicPem))],
    ["expired", () => sign({ iat: now() - 3600, exp: now() - 60 })],
    ["no exp", () => sign({ exp: undefined })],
    ["wrong issuer", () => sign({ iss: "https://evil.example" })],
    ["wrong audience", () => sign({ aud: "another-api" })],
    [
      "tampered payload (role changed after signing)",
      async () => {
        const [header, , signature] = (await sign()).split(".");
        const payload = base64url.encode(
          JSON.stringify({ sub: "citizen-owner", role: "central-service", iss: t.config.auth.issuer, aud: t.config.auth.audience, exp: now() + 600 }),
        );
        return `${header}.${payload}.${signature}`;
      },
    ],
    ["unknown kid", () => sign({}, { kid: "not-a-key-we-know" })],
    ["coordinator without directorate", () => sign({ role: "coordinator" })],
    ["coordinator with an unknown directorate", () => sign({ role: "coordinator", directorate: "MINISTER" })],
    ["an unknown role", () => sign({ role: "admin" })],
    ["a citizen carrying a directorate claim", () => sign({ directorate: "IMMIGRATION_OFFICE" })],
    ["not valid yet (nbf in an hour)", () => sign({ nbf: now() + 3600 })],
    ["no sub", () => sign({ sub: undefined })],
    ["signed by a different key under the dev key's kid", async () => sign({}, {}, (await generateKeyPair(DEV_ISSUER_ALG)).privateKey)],
    ["not a JWT at all", async () => "not.a.jwt"],
  ];

  it.each(attacks)("%s: UNAUTHENTICATED with HTTP 401, also for a public field", async (_name, make) => {
    const token = await make();
    for (const query of [PUBLIC_QUERY, PRIVATE_QUERY]) {
      const r = await t.query(query, {}, token);
      expect({ status: r.status, codes: r.errors?.map((e) => e.extensions?.code), data: r.data ?? null }).toEqual({
        status: 401,
        codes: ["UNAUTHENTICATED"],
        data: null,
      });
    }
  });

  it("an Authorization header that is not a Bearer token is refused with 401 too", async () => {
    const res = await fetch(`${t.url}/`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Basic YWxpY2U6c2VjcmV0" },
      body: JSON.stringify({ query: PUBLIC_QUERY }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors.map((e) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
  });
});
