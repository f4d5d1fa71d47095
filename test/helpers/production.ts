import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import type { Caller } from "../../lib/auth/caller";
import { ensureKeyPair, readPrivateKey } from "../../lib/auth/keys";
import { ServiceTokens } from "../../lib/auth/service-tokens";
import type { DatabaseKind } from "./databases";
import { startTestStack, type TestStack } from "./stack";

export const ISSUER = "https://idp.example.be";
export const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "ibz-prod-"));

/** A real deployment's keys: an identity provider's pair and the four service pairs, made before start. */
export async function productionKeys() {
  const dir = tmpDir();
  const idp = { privateKey: path.join(dir, "idp.private.pem"), publicKey: path.join(dir, "idp.public.pem") };
  await ensureKeyPair(idp, "ES256");
  const serviceKeysDir = path.join(dir, "services");
  await ServiceTokens.load(serviceKeysDir, "gateway", { generate: true });
  return { dir, idp, serviceKeysDir };
}

export interface ProductionStack {
  t: TestStack;
  keys: Awaited<ReturnType<typeof productionKeys>>;
  /** A token of the configured identity provider for `caller`. */
  tokenFor(caller: Caller): Promise<string>;
  stop(): Promise<void>;
}

/** The whole stack with NODE_ENV=production and an identity provider's key (no development issuer). */
export async function startProductionStack(kind: DatabaseKind, env: NodeJS.ProcessEnv = {}): Promise<ProductionStack> {
  const keys = await productionKeys();
  const idpKey = await readPrivateKey(keys.idp.privateKey, "ES256");
  const t = await startTestStack(kind, {
    env: { NODE_ENV: "production", AUTH_PUBLIC_KEY_FILE: keys.idp.publicKey, AUTH_ISSUER: ISSUER, SERVICE_KEYS_DIR: keys.serviceKeysDir, ...env },
  });
  return {
    t,
    keys,
    tokenFor(caller) {
      const { sub, ...claims } = caller;
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "ES256" })
        .setSubject(sub)
        .setIssuer(ISSUER)
        .setAudience(t.config.auth.audience)
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(idpKey);
    },
    async stop() {
      await t.stop();
      fs.rmSync(keys.dir, { recursive: true, force: true });
    },
  };
}
