import type { KeyObject } from "node:crypto";
import { SignJWT, jwtVerify, type JWSHeaderParameters, type JWTPayload } from "jose";
import type { ServiceName } from "../config";
import { callerClaims, callerFromClaims, type Caller } from "./caller";
import { SERVICE_ALG, ensureKeyPair, serviceKeyFiles } from "./keys";
import { SERVICES, hasPrivateKey, readPublicKeys, readServiceKeys, serviceOfKeyId, type ServiceKeySet } from "./service-keys";
import { ExpiringMap } from "../platform/expiring-map";
import type { Logger } from "../platform/logger";

/** Internal tokens live at most this long; the gateway signs one per subgraph call. */
export const SERVICE_TOKEN_TTL_SECONDS = 60;
/** Oldest token (by `iat`) a service accepts. */
const MAX_TOKEN_AGE_SECONDS = SERVICE_TOKEN_TTL_SECONDS + 5;
/** Verified tokens kept per process (the gateway reuses one per subgraph and caller for 30 s). */
const VERIFIED_MAX = 10_000;

export interface ServiceIdentity {
  issuer: ServiceName;
  /** The end user the call is made for; null for anonymous callers and service-to-service calls. */
  caller: Caller | null;
}

/** What a reload found: the key id this process signs with, and every key id it accepts. */
export interface ServiceKeyIds {
  signing: string;
  verifying: string[];
}

/** A token naming a key id not (yet) read makes the directory be read again at most this often (keys added beside a running process). */
const UNKNOWN_KEY_REREAD_MS = 1_000;

/**
 * Short-lived tokens between our own processes. Each process signs with its own
 * private key and checks others against their public keys (several per service
 * during a rotation, each with its key id: lib/auth/service-keys.ts), so a
 * subgraph can tell a gateway call from a peer's event-feed call.
 */
export class ServiceTokens {
  /** Tokens whose signature was checked, until they would be refused anyway (exp, max age); refusals are never kept. */
  private readonly verified = new ExpiringMap<string, ServiceIdentity>(VERIFIED_MAX);
  private lastReadAt: number;

  private constructor(
    private readonly dir: string,
    readonly self: ServiceName,
    private keys: ServiceKeySet,
    private readonly now: () => number,
  ) {
    this.lastReadAt = now();
  }

  /**
   * Loads keys from `dir`; in development (`generate`) a service without a private key gets a pair first.
   * Throws a ServiceKeyError naming the file for a key that is not Ed25519 (or otherwise unusable).
   */
  static async load(dir: string, self: ServiceName, options: { generate: boolean; now?: () => number }): Promise<ServiceTokens> {
    if (options.generate) {
      for (const service of SERVICES) if (!hasPrivateKey(dir, service)) await ensureKeyPair(serviceKeyFiles(dir, service), SERVICE_ALG);
    }
    return new ServiceTokens(dir, self, readServiceKeys(dir, self), options.now ?? Date.now);
  }

  /**
   * Reads the key directory again (SIGHUP): a new signing key, public keys added or removed. A directory that does
   * not hold a usable set throws and changes nothing. Tokens verified with a key now gone are no longer trusted.
   */
  reload(): ServiceKeyIds {
    const keys = readServiceKeys(this.dir, this.self);
    this.keys = keys;
    this.lastReadAt = this.now();
    this.verified.clear();
    return this.keyIds();
  }

  keyIds(): ServiceKeyIds {
    return { signing: this.keys.signing.keyId, verifying: [...this.keys.verifying.keys()].sort() };
  }

  /** The key id this process signs with now (caches of signed tokens are kept per signing key). */
  get signingKeyId(): string {
    return this.keys.signing.keyId;
  }

  /**
   * A public key by id; an id not known reads the directory's public keys again (at most once per second): a key
   * published since is added. Only a reload (SIGHUP) switches the signing key or withdraws a key.
   */
  private publicKey(keyId: string): KeyObject | undefined {
    const known = this.keys.verifying.get(keyId);
    if (known || this.now() - this.lastReadAt < UNKNOWN_KEY_REREAD_MS) return known;
    this.lastReadAt = this.now();
    try {
      for (const [id, key] of readPublicKeys(this.dir)) if (!this.keys.verifying.has(id)) this.keys.verifying.set(id, key);
    } catch {
      // A file being written, or not a key: the next reload says which.
    }
    return this.keys.verifying.get(keyId);
  }

  sign(audience: ServiceName, caller: Caller | null, ttlSeconds = SERVICE_TOKEN_TTL_SECONDS): Promise<string> {
    const { keyId, key } = this.keys.signing;
    return new SignJWT(caller ? { caller: callerClaims(caller) } : {})
      .setProtectedHeader({ alg: SERVICE_ALG, kid: keyId })
      .setIssuer(this.self)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(key);
  }

  /**
   * A token that is not a call between services (a report link): `audience` is never a service's
   * name, so it cannot pass for a call, nor a call's token for it. Valid from `now` (seconds) for `ttlSeconds`.
   */
  signPurpose(audience: string, claims: Record<string, unknown>, ttlSeconds: number, now = Math.floor(Date.now() / 1000)): Promise<string> {
    if ((SERVICES as string[]).includes(audience)) throw new Error(`${audience} is a service: use sign()`);
    const { keyId, key } = this.keys.signing;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: SERVICE_ALG, kid: keyId })
      .setIssuer(this.self)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(key);
  }

  /** Verifies a signPurpose token of `issuer` for `audience`, at most `maxAgeSeconds` old; its claims, or throws. */
  async verifyPurpose(token: string, issuer: ServiceName, audience: string, maxAgeSeconds: number): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.keyOf([issuer], `token not signed by ${issuer}`), {
      algorithms: [SERVICE_ALG],
      issuer,
      audience,
      requiredClaims: ["exp", "iss", "iat"],
      maxTokenAge: `${maxAgeSeconds}s`,
    });
    return payload;
  }

  /** jose's key lookup: the public key the token's `kid` names, when that key belongs to one of `issuers`; else `refusal`. */
  private keyOf(issuers: readonly ServiceName[], refusal: string): (header: JWSHeaderParameters) => KeyObject {
    return (header) => {
      const keyId = header.kid ?? "";
      const key = issuers.includes(serviceOfKeyId(keyId) as ServiceName) ? this.publicKey(keyId) : undefined;
      if (!key) throw new Error(refusal);
      return key;
    };
  }

  /** Verifies a token addressed to this service by one of `issuers`; throws otherwise. */
  async verify(token: string, issuers: readonly ServiceName[]): Promise<ServiceIdentity> {
    const known = this.verified.get(token);
    if (known) {
      if (!issuers.includes(known.issuer)) throw new Error("token not signed by an accepted service");
      return known;
    }
    const { payload, protectedHeader } = await jwtVerify(token, this.keyOf(issuers, "token not signed by an accepted service"), {
      algorithms: [SERVICE_ALG],
      audience: this.self,
      requiredClaims: ["exp", "iss", "iat"],
      maxTokenAge: `${MAX_TOKEN_AGE_SECONDS}s`,
    });
    const issuer = payload.iss as ServiceName;
    // The key was chosen by `kid`; the issuer claim must name the same service.
    if (issuer !== serviceOfKeyId(protectedHeader.kid ?? "") || !issuers.includes(issuer)) throw new Error("unexpected issuer");
    const caller = payload.caller ? callerFromClaims(payload.caller as Record<string, unknown>) : null;
    const identity = { issuer, caller };
    this.verified.set(token, identity, Math.min(payload.exp! * 1000, (payload.iat! + MAX_TOKEN_AGE_SECONDS) * 1000));
    return identity;
  }
}

/** The operator's reload (SIGHUP): logged either way; a directory that does not hold a usable set leaves the keys in use. */
export function reloadServiceKeys(tokens: ServiceTokens, log: Logger): void {
  try {
    log.info(tokens.reload(), "service keys reloaded");
  } catch (err) {
    log.error({ err: (err as Error).message, inUse: tokens.keyIds() }, "service keys not reloaded: the keys in use stay");
  }
}
