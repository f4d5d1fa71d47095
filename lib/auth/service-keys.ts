import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ServiceName } from "../config";

export const SERVICES: readonly ServiceName[] = ["gateway", "intake", "directorates", "escalation"];

/** A key's own name in `<service>.<kid>.public.pem`: letters, digits, `_` and `-` (no dot, so the file name parses one way). */
const KID = /^[A-Za-z0-9_-]{1,64}$/;
const KEY_FILE = /^(gateway|intake|directorates|escalation)\.(?:([^.]+)\.)?(private|public)\.pem$/;

/** A service key file that cannot be used: its path leads the message, so the operator knows which file to fix. */
export class ServiceKeyError extends Error {}

/**
 * What a file in SERVICE_KEYS_DIR is: `<service>.<private|public>.pem` is the key named after the service (token
 * `kid` = `gateway`, as before rotation existed), `<service>.<kid>.<private|public>.pem` the key `gateway.<kid>`.
 * Null for files of no service; a throw for a service's file whose name does not parse.
 */
export function keyFileName(file: string): { service: ServiceName; keyId: string; kind: "private" | "public" } | null {
  const name = path.basename(file);
  const match = KEY_FILE.exec(name);
  if (!match) {
    if (SERVICES.some((s) => name.startsWith(`${s}.`)) && name.endsWith(".pem")) {
      throw new ServiceKeyError(
        `${file}: not a service key file name; use <service>.public.pem or <service>.<kid>.public.pem (and .private.pem), kid of letters, digits, _ and -`,
      );
    }
    return null;
  }
  const [, service, kid, kind] = match;
  if (kid !== undefined && !KID.test(kid)) throw new ServiceKeyError(`${file}: key id "${kid}" must be 1-64 letters, digits, _ or -`);
  return { service: service as ServiceName, keyId: kid === undefined ? service : `${service}.${kid}`, kind: kind as "private" | "public" };
}

/** The service whose key a token's `kid` names (`gateway` or `gateway.<kid>`). */
export const serviceOfKeyId = (keyId: string): string => keyId.split(".")[0];

/** Reads a PEM key and refuses anything but Ed25519 (an RSA key would otherwise fail every request instead of the start). */
function readEd25519(file: string, kind: "private" | "public"): KeyObject {
  let key: KeyObject;
  try {
    const pem = fs.readFileSync(file, "utf8");
    key = kind === "private" ? createPrivateKey(pem) : createPublicKey(pem);
  } catch (err) {
    throw new ServiceKeyError(`${file}: not a readable PEM ${kind} key (${(err as Error).message})`);
  }
  if (key.type !== kind || key.asymmetricKeyType !== "ed25519") {
    const found = key.type === kind ? `a key of type ${key.asymmetricKeyType ?? "unknown"}` : `a ${key.type} key`;
    throw new ServiceKeyError(`${file}: service keys must be Ed25519 ${kind} keys; this is ${found}`);
  }
  return key;
}

const sameKey = (a: KeyObject, b: KeyObject) => a.export({ type: "spki", format: "der" }).equals(b.export({ type: "spki", format: "der" }));

export interface ServiceKeySet {
  /** The one private key of this service in the directory, and the key id its tokens carry. */
  signing: { keyId: string; key: KeyObject; file: string };
  /** Every public key of every service, by key id. */
  verifying: Map<string, KeyObject>;
}

/** The key files in `dir`, parsed; a directory not there yet (development, keys still to be generated) has none. */
function keyFiles(dir: string) {
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  return names.flatMap((name) => {
    const file = path.join(dir, name);
    const parsed = keyFileName(file);
    return parsed ? [{ file, ...parsed }] : [];
  });
}

const publicKeysOf = (files: ReturnType<typeof keyFiles>) =>
  new Map(files.filter((f) => f.kind === "public").map((f) => [f.keyId, readEd25519(f.file, "public")] as const));

/** Every service's public keys in `dir`, by key id (throws as readServiceKeys does for a public key file). */
export const readPublicKeys = (dir: string): Map<string, KeyObject> => publicKeysOf(keyFiles(dir));

/** Whether `dir` holds a private key of `service` (under any key id): development generates a pair only when not. */
export const hasPrivateKey = (dir: string, service: ServiceName): boolean => keyFiles(dir).some((f) => f.service === service && f.kind === "private");

/**
 * This service's signing key and every service's public keys, read from `dir`. Throws a ServiceKeyError naming the
 * file for a key that is not Ed25519, a file name that does not parse, no or two private keys of `self`, or a
 * private key whose public key file (same key id) holds another key.
 */
export function readServiceKeys(dir: string, self: ServiceName): ServiceKeySet {
  const files = keyFiles(dir);
  const verifying = publicKeysOf(files);
  const own = files.filter((f) => f.service === self && f.kind === "private");
  if (own.length === 0) throw new ServiceKeyError(`${path.join(dir, `${self}.private.pem`)}: missing (no private key of ${self} in ${dir})`);
  if (own.length > 1) {
    throw new ServiceKeyError(`${own.map((f) => f.file).join(", ")}: ${self} has ${own.length} private keys; keep only the one it signs with`);
  }
  const [signing] = own;
  const key = readEd25519(signing.file, "private");
  const published = verifying.get(signing.keyId);
  if (published && !sameKey(createPublicKey(key), published)) {
    throw new ServiceKeyError(`${signing.file}: does not match the public key of the same id (${signing.keyId}) beside it`);
  }
  return { signing: { keyId: signing.keyId, key, file: signing.file }, verifying };
}
