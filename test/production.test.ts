import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SignJWT, decodeJwt, type KeyLike } from "jose";
import type { Caller } from "../lib/auth/caller";
import { createCallerVerifier } from "../lib/auth/caller-verifier";
import { DEV_ISSUER_ALG, devIssuerKeyFiles, ensureKeyPair, readPrivateKey } from "../lib/auth/keys";
import { ServiceTokens } from "../lib/auth/service-tokens";
import { ConfigError, SUBGRAPHS, loadConfig } from "../lib/config";
import { msg, translate } from "../lib/i18n/message";
import { central, citizenOwner, coordinatorOwn, fileInput } from "./helpers/callers";
import { ISSUER, productionKeys, tmpDir } from "./helpers/production";
import { startTestStack, type GraphQLResult, type TestStack } from "./helpers/stack";

const tmp = tmpDir;
const UNAVAILABLE_MESSAGE = translate(msg("service.unavailable"), "en");

describe("production settings [sqlite]", () => {
  let t: TestStack;
  let keys: Awaited<ReturnType<typeof productionKeys>>;
  let idpKey: KeyLike;
  const seen: GraphQLResult[] = [];

  const tokenFor = (caller: Caller) => {
    const { sub, ...claims } = caller;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256" })
      .setSubject(sub)
      .setIssuer(ISSUER)
      .setAudience(t.config.auth.audience)
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(idpKey);
  };
  /** Queries as `caller` and keeps every result for the "no stack trace anywhere" check. */
  const ask = async (query: string, variables: Record<string, unknown> = {}, caller: Caller | string | null = null) => {
    const r = await t.query(query, variables, caller && typeof caller !== "string" ? await tokenFor(caller) : caller);
    seen.push(r);
    return r;
  };
  const messages = (r: GraphQLResult) => (r.errors ?? []).map((e) => e.message).join("\n");

  beforeAll(async () => {
    keys = await productionKeys();
    idpKey = await readPrivateKey(keys.idp.privateKey, "ES256");
    t = await startTestStack("sqlite", {
      env: { NODE_ENV: "production", AUTH_PUBLIC_KEY_FILE: keys.idp.publicKey, AUTH_ISSUER: ISSUER, SERVICE_KEYS_DIR: keys.serviceKeysDir },
    });
  });
  afterAll(async () => {
    await t.stop();
    fs.rmSync(keys.dir, { recursive: true, force: true });
  });

  it("runs in production and accepts the configured identity provider's tokens", async () => {
    expect(t.config.production).toBe(true);
    const r = await ask(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { status } }`, { i: fileInput() }, citizenOwner);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ fileComplaint: { status: "RECEIVED" } });
  });

  it("keeps the details a form needs on coded errors (tries left, why a state forbids it), and the provider's email_verified claim counts", async () => {
    const file = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`;
    const confirm = `mutation($id: ID!) { confirmEmail(complaintId: $id, code: "0000000") { id } }`;
    const jo = { sub: "prod-jo", role: "citizen", email: "jo@example.be", email_verified: true } as unknown as Caller;
    const unverified = await ask(file, { i: fileInput({ complainant: { kind: "PERSON", name: "Jo", email: "other@example.be" } }) }, jo);
    const wrong = await ask(confirm, { id: unverified.data?.fileComplaint.id }, jo);
    expect(wrong.errors?.map((e) => e.extensions)).toEqual([{ code: "BAD_USER_INPUT", attemptsLeft: 4 }]);
    const verified = await ask(file, { i: fileInput({ complainant: { kind: "PERSON", name: "Jo", email: "jo@example.be" } }) }, jo);
    const done = await ask(confirm, { id: verified.data?.fileComplaint.id }, jo);
    expect(done.errors?.map((e) => e.extensions)).toEqual([{ code: "CONFLICT", reason: "ALREADY_CONFIRMED" }]);
  });

  it("turns introspection off at the gateway and in the subgraphs", async () => {
    for (const query of [`{ __schema { types { name } } }`, `{ __type(name: "Complaint") { fields { name } } }`]) {
      const r = await ask(query, {}, central);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    }
    const gateway = await ServiceTokens.load(keys.serviceKeysDir, "gateway", { generate: false });
    for (const name of SUBGRAPHS) {
      const res = await fetch(`${t.stack.subgraphs[name].url}/`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await gateway.sign(name, null)}` },
        body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }),
      });
      const body = (await res.json()) as GraphQLResult;
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    }
  });

  it("serves no explorer: no landing page, its files 404", async () => {
    const page = await fetch(`${t.url}/`, { headers: { accept: "text/html" } });
    expect([page.status, page.headers.get("content-type")]).toEqual([400, "application/json; charset=utf-8"]);
    expect(await page.text()).not.toMatch(/<html|graphiql/i);
    for (const file of ["graphiql.min.js", "graphiql.min.css", "react.production.min.js", "explorer.js"]) {
      const res = await fetch(`${t.url}/explorer/${file}`);
      expect([file, res.status, ((await res.json()) as GraphQLResult).errors?.[0].extensions?.code]).toEqual([file, 404, "NOT_FOUND"]);
    }
  });

  it("suggests no field, argument, enum value or input field", async () => {
    const typos: [string, Record<string, unknown>][] = [
      [`{ directorats { code } }`, {}],
      [`{ directorates { cod } }`, {}],
      [`{ directorate(cod: ICT) { code } }`, {}],
      [`{ directorate(code: IMMIGRATION) { code } }`, {}],
      [`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, { i: { ...fileInput(), subject: undefined, subjct: "x" } }],
      [`query($s: EscalationStatus) { escalations(status: $s) { id } }`, { s: "REQUESTE" }],
    ];
    for (const [query, variables] of typos) {
      const r = await ask(query, variables, citizenOwner);
      expect(r.errors?.length).toBeGreaterThan(0);
      expect(messages(r)).not.toMatch(/did you mean/i);
    }
  });

  it("keeps client error codes and messages, without stack traces", async () => {
    const forbidden = await ask(`{ myComplaints { id } }`, {}, coordinatorOwn);
    expect(forbidden.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const notFound = await ask(`mutation { acknowledgeComplaint(complaintId: "00000000-0000-4000-8000-000000000000") { acknowledgedAt } }`, {}, coordinatorOwn);
    expect(notFound.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
    const badInput = await ask(`{ complaints(first: 0) { totalCount } }`, {}, central);
    expect(badInput.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    const badToken = await ask(`{ directorates { code } }`, {}, "e30.e30.e30");
    expect({ status: badToken.status, codes: badToken.errors?.map((e) => e.extensions?.code) }).toEqual({ status: 401, codes: ["UNAUTHENTICATED"] });
    const anonymous = await ask(`{ myComplaints { id } }`);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
  });

  it("masks an internal error (a database failure) as a bare internal error", async () => {
    await t.stack.subgraphs.escalation.dataSource.query("DROP TABLE escalation");
    const r = await ask(`{ escalations { id } }`, {}, central);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.map((e) => ({ message: e.message, code: e.extensions?.code }))).toEqual([
      { message: "Internal server error", code: "INTERNAL_SERVER_ERROR" },
    ]);
    expect(JSON.stringify(r)).not.toMatch(/sqlite|select|no such table|escalation\b.*from/i);
  });

  it("says SERVICE_UNAVAILABLE for a subgraph that cannot be reached (no host, port or errno)", async () => {
    await t.stack.stopSubgraph("directorates");
    const r = await ask(`{ directorates { code } }`);
    expect(r.errors?.length).toBeGreaterThan(0);
    const text = JSON.stringify(r.errors);
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|fetch failed|connect/i);
    expect(r.errors?.map((e) => ({ message: e.message, code: e.extensions?.code }))).toEqual([{ message: UNAVAILABLE_MESSAGE, code: "SERVICE_UNAVAILABLE" }]);
  });

  it("no error in any of the responses above carried a stack trace or exception", () => {
    const errors = seen.flatMap((r) => r.errors ?? []);
    expect(errors.length).toBeGreaterThan(10);
    for (const e of errors) {
      expect(e.extensions ?? {}).not.toHaveProperty("stacktrace");
      expect(e.extensions ?? {}).not.toHaveProperty("exception");
      expect(JSON.stringify(e)).not.toMatch(/\bat .+\.(js|ts):\d+/);
    }
  });
});

describe("the development issuer's key in production", () => {
  it("loadConfig refuses production without configured keys, issuer and service keys", () => {
    const env = { NODE_ENV: "production", DATA_DIR: tmp() };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      const problems = (err as ConfigError).problems.join("\n");
      expect(problems).toMatch(/AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE/);
      expect(problems).toMatch(/AUTH_ISSUER/);
      expect(problems).toMatch(/SERVICE_KEYS_DIR/);
      expect(problems).toMatch(/production needs SMTP_URL/);
    }
  });

  it("createCallerVerifier refuses the development issuer and its key file in production, and accepts a real key", async () => {
    const dataDir = tmp();
    const keys = await productionKeys();
    const devFiles = devIssuerKeyFiles(dataDir);
    await ensureKeyPair(devFiles, DEV_ISSUER_ALG);
    const auth = { ...loadConfig({}).auth, issuer: ISSUER, audience: "ibz-complaints" };
    await expect(createCallerVerifier({ ...auth, devIssuer: true }, dataDir, true)).rejects.toThrow(/development issuer/);
    await expect(createCallerVerifier({ ...auth, devIssuer: false, publicKeyFile: devFiles.publicKey }, dataDir, true)).rejects.toThrow(/development issuer/);
    // The same key copied elsewhere is still the development key.
    const copy = path.join(keys.dir, "copied.public.pem");
    fs.copyFileSync(devFiles.publicKey, copy);
    await expect(createCallerVerifier({ ...auth, devIssuer: false, publicKeyFile: copy }, dataDir, true)).rejects.toThrow(/development issuer/);
    await expect(createCallerVerifier({ ...auth, devIssuer: false, publicKeyFile: keys.idp.publicKey }, dataDir, true)).resolves.toBeInstanceOf(Function);
  });
});

describe("npm run token (scripts/token.js)", () => {
  const script = path.join(__dirname, "..", "scripts", "token.js");
  const run = (args: string[], dataDir: string) => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, DATA_DIR: dataDir };
    return spawnSync(process.execPath, [script, ...args], { env, encoding: "utf8" });
  };

  it("prints exactly one line, a JWT for the caller asked for, which the development gateway accepts", async () => {
    const dataDir = tmp();
    const r = run(["--role", "coordinator", "--directorate", "IMMIGRATION_OFFICE", "--sub", "alice"], dataDir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/);
    const token = r.stdout.trim();
    expect(decodeJwt(token)).toMatchObject({ sub: "alice", role: "coordinator", directorate: "IMMIGRATION_OFFICE" });
    const config = loadConfig({ DATA_DIR: dataDir });
    const verify = await createCallerVerifier(config.auth, config.dataDir, false);
    expect(await verify(token)).toEqual({ sub: "alice", role: "coordinator", directorate: "IMMIGRATION_OFFICE" });
  });

  it("through npm itself (`npm run token -- ...`) stdout is still the token alone", () => {
    const root = path.join(__dirname, "..", "..");
    const args = ["run", "token", "--", "--role", "citizen", "--sub", "an"];
    const r = spawnSync("npm", args, { cwd: root, env: { ...process.env, DATA_DIR: tmp(), NODE_ENV: "development" }, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/);
  });

  it("exits non-zero with nothing on stdout for a bad role or a coordinator without directorate", () => {
    for (const args of [
      ["--role", "admin"],
      ["--role", "coordinator", "--sub", "bob"],
    ]) {
      const r = run(args, tmp());
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/usage/);
    }
  });
});
