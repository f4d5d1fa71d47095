import { createPublicKey } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  exportPKCS8,
  exportSPKI,
  exportJWK,
  calculateJwkThumbprint,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  type KeyLike as CryptoKey,
  type JWK,
} from "jose";
import type { ServiceName } from "../config";

/** Algorithm of the development issuer's key (a caller-token algorithm a real IdP would use). */
export const DEV_ISSUER_ALG = "ES256";
/** Internal tokens between our own processes: small, fast signatures. */
export const SERVICE_ALG = "EdDSA";

export const devIssuerKeyFiles = (dataDir: string) => ({
  privateKey: path.join(dataDir, "keys", "dev-issuer.private.pem"),
  publicKey: path.join(dataDir, "keys", "dev-issuer.public.pem"),
});

export const serviceKeyFiles = (dir: string, service: ServiceName) => ({
  privateKey: path.join(dir, `${service}.private.pem`),
  publicKey: path.join(dir, `${service}.public.pem`),
});

/** Creates a PEM key pair unless both files already exist. Private keys are written 0600. */
export async function ensureKeyPair(files: { privateKey: string; publicKey: string }, alg: string): Promise<void> {
  if (fs.existsSync(files.privateKey) && fs.existsSync(files.publicKey)) return;
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  fs.mkdirSync(path.dirname(files.privateKey), { recursive: true });
  // wx: two processes starting together must not overwrite each other's key.
  try {
    fs.writeFileSync(files.privateKey, await exportPKCS8(privateKey), { mode: 0o600, flag: "wx" });
    fs.writeFileSync(files.publicKey, await exportSPKI(publicKey), { flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
}

export async function readPrivateKey(file: string, alg: string): Promise<CryptoKey> {
  return importPKCS8(fs.readFileSync(file, "utf8"), alg);
}

export async function readPublicKey(file: string, alg: string): Promise<CryptoKey> {
  return importSPKI(fs.readFileSync(file, "utf8"), alg, { extractable: true });
}

/** A public key as a JWK with `kid` = its RFC 7638 thumbprint, so tokens can name it. */
export async function publicJwk(key: CryptoKey, alg: string): Promise<JWK & { kid: string }> {
  const jwk = await exportJWK(key);
  const kid = await calculateJwkThumbprint(jwk);
  return { ...jwk, alg, kid, use: "sig" };
}

/** Detects a PEM public key's algorithm from its shape, for keys configured by file. */
export function algorithmOfPem(pem: string): string {
  const key = createPublicKey(pem);
  switch (key.asymmetricKeyType) {
    case "rsa":
      return "RS256";
    case "ec":
      return "ES256";
    case "ed25519":
      return "EdDSA";
    default:
      throw new Error(`unsupported public key type ${key.asymmetricKeyType}`);
  }
}
