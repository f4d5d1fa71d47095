import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PROCESS_PATIENCE_MS, answers, freePort, startProcess } from "./helpers/processes";
import { ISSUER, productionKeys } from "./helpers/production";

jest.setTimeout(3 * PROCESS_PATIENCE_MS);

/** Runs an entry point as its container does, until it exits (or PROCESS_PATIENCE_MS): its exit code and everything it printed. */
async function run(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const started = startProcess(script, env);
  const killer = setTimeout(() => started.child.kill("SIGKILL"), PROCESS_PATIENCE_MS);
  const code = await started.exited;
  clearTimeout(killer);
  return { code, output: started.output() };
}

const pem = (type: "rsa" | "ec") => {
  const pair = type === "rsa" ? generateKeyPairSync("rsa", { modulusLength: 2048 }) : generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    privateKey: pair.privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    publicKey: pair.publicKey.export({ type: "spki", format: "pem" }) as string,
  };
};

/**
 * Before: an RSA key given as the gateway's private key started fine and then failed every request with
 * INTERNAL_SERVER_ERROR. Now every service key a process reads must be Ed25519, or it does not start.
 */
describe("service keys of the wrong type stop the start, naming the file [sqlite]", () => {
  let keys: Awaited<ReturnType<typeof productionKeys>>;
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    keys = await productionKeys();
    env = {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      // Port 0: a process that wrongly started would listen anywhere, and the test would see it not exit.
      GATEWAY_PORT: "0",
      INTAKE_PORT: "0",
      DATA_DIR: keys.dir,
      MAIL_DIR: path.join(keys.dir, "mail"),
      AUTH_PUBLIC_KEY_FILE: keys.idp.publicKey,
      AUTH_ISSUER: ISSUER,
      SERVICE_KEYS_DIR: keys.serviceKeysDir,
      LOG_LEVEL: "warn",
    };
  });
  afterEach(() => fs.rmSync(keys.dir, { recursive: true, force: true }));

  it("the gateway with an RSA private key exits 1: the file and 'Ed25519' in the message", async () => {
    const file = path.join(keys.serviceKeysDir, "gateway.private.pem");
    fs.writeFileSync(file, pem("rsa").privateKey);
    const r = await run("dist/gateway/index.js", env);
    expect(r.code).toBe(1);
    expect(r.output).toContain(`${file}: service keys must be Ed25519 private keys; this is a key of type rsa`);
  });

  it("intake with a P-256 public key for the gateway exits 1, naming that file", async () => {
    const file = path.join(keys.serviceKeysDir, "gateway.public.pem");
    fs.writeFileSync(file, pem("ec").publicKey);
    const r = await run("dist/subgraphs/intake/index.js", env);
    expect(r.code).toBe(1);
    expect(r.output).toContain(`${file}: service keys must be Ed25519 public keys; this is a key of type ec`);
  });

  it("a rotation key of the wrong type (gateway.<kid>.public.pem) is refused the same way, as is a file that is no key", async () => {
    const rsa = path.join(keys.serviceKeysDir, "gateway.2027.public.pem");
    fs.writeFileSync(rsa, pem("rsa").publicKey);
    const r = await run("dist/gateway/index.js", env);
    expect(r.code).toBe(1);
    expect(r.output).toContain(`${rsa}: service keys must be Ed25519 public keys; this is a key of type rsa`);

    fs.rmSync(rsa);
    const garbage = path.join(keys.serviceKeysDir, "escalation.public.pem");
    fs.writeFileSync(garbage, "not a key\n");
    const g = await run("dist/gateway/index.js", env);
    expect(g.code).toBe(1);
    expect(g.output).toContain(`${garbage}: not a readable PEM public key`);
  });

  it("with the Ed25519 keys as generated, the same command line starts (and stops on SIGTERM)", async () => {
    const port = await freePort();
    const started = startProcess("dist/gateway/index.js", { ...env, GATEWAY_PORT: String(port) });
    const healthy = await answers(`http://127.0.0.1:${port}/health`, started);
    started.child.kill("SIGTERM");
    expect(healthy).toBe(true);
    expect(await started.exited).toBe(0);
  });
});
