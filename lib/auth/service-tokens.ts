import fs from "node:fs";
import { SignJWT, jwtVerify, type JWTPayload, type KeyLike as CryptoKey } from "jose";
import type { ServiceName } from "../config";
import { callerClaims, callerFromClaims, type Caller } from "./caller";
import { SERVICE_ALG, ensureKeyPair, readPrivateKey, readPublicKey, serviceKeyFiles } from "./keys";
import { ExpiringMap } from "../platform/expiring-map";

const SERVICES: ServiceName[] = ["gateway", "intake", "directorates", "escalation"];
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

/**
 * Short-lived tokens between our own processes. Each process signs with its own
 * private key (`<service>.private.pem`) and checks others against their public keys,
 * so a subgraph can tell a gateway call from a peer's event-feed call.
 */
export class ServiceTokens {
  /** Tokens whose signature was checked, until they would be refused anyway (exp, max age); refusals are never kept. */
  private readonly verified = new ExpiringMap<string, ServiceIdentity>(VERIFIED_MAX);

  private constructor(
    private readonly dir: string,
    readonly self: ServiceName,
    private readonly privateKey: CryptoKey,
    private readonly publicKeys: Map<ServiceName, CryptoKey>,
  ) {}

  /** Loads keys from `dir`; in development (`generate`) missing key pairs are created first. */
  static async load(dir: string, self: ServiceName, options: { generate: boolean }): Promise<ServiceTokens> {
    if (options.generate) {
      for (const service of SERVICES) await ensureKeyPair(serviceKeyFiles(dir, service), SERVICE_ALG);
    }
    const own = serviceKeyFiles(dir, self);
    if (!fs.existsSync(own.privateKey)) throw new Error(`missing ${own.privateKey}`);
    const publicKeys = new Map<ServiceName, CryptoKey>();
    for (const service of SERVICES) {
      const file = serviceKeyFiles(dir, service).publicKey;
      if (fs.existsSync(file)) publicKeys.set(service, await readPublicKey(file, SERVICE_ALG));
    }
    return new ServiceTokens(dir, self, await readPrivateKey(own.privateKey, SERVICE_ALG), publicKeys);
  }

  /**
   * A peer's public key, read again from disk if it was not there at start
   * (processes started together on a fresh key directory).
   */
  private async publicKey(service: ServiceName): Promise<CryptoKey | undefined> {
    const known = this.publicKeys.get(service);
    if (known) return known;
    const file = serviceKeyFiles(this.dir, service).publicKey;
    if (!fs.existsSync(file)) return undefined;
    const key = await readPublicKey(file, SERVICE_ALG);
    this.publicKeys.set(service, key);
    return key;
  }

  sign(audience: ServiceName, caller: Caller | null, ttlSeconds = SERVICE_TOKEN_TTL_SECONDS): Promise<string> {
    return new SignJWT(caller ? { caller: callerClaims(caller) } : {})
      .setProtectedHeader({ alg: SERVICE_ALG, kid: this.self })
      .setIssuer(this.self)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.privateKey);
  }

  /**
   * A token that is not a call between services (a report link): `audience` is never a service's
   * name, so it cannot pass for a call, nor a call's token for it. Valid from `now` (seconds) for `ttlSeconds`.
   */
  signPurpose(audience: string, claims: Record<string, unknown>, ttlSeconds: number, now = Math.floor(Date.now() / 1000)): Promise<string> {
    if ((SERVICES as string[]).includes(audience)) throw new Error(`${audience} is a service: use sign()`);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: SERVICE_ALG, kid: this.self })
      .setIssuer(this.self)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + ttlSeconds)
      .sign(this.privateKey);
  }

  /** Verifies a signPurpose token of `issuer` for `audience`, at most `maxAgeSeconds` old; its claims, or throws. */
  async verifyPurpose(token: string, issuer: ServiceName, audience: string, maxAgeSeconds: number): Promise<JWTPayload> {
    const { payload } = await jwtVerify(
      token,
      async (header) => {
        const key = header.kid === issuer ? await this.publicKey(issuer) : undefined;
        if (!key) throw new Error(`token not signed by ${issuer}`);
        return key;
      },
      { algorithms: [SERVICE_ALG], issuer, audience, requiredClaims: ["exp", "iss", "iat"], maxTokenAge: `${maxAgeSeconds}s` },
    );
    return payload;
  }

  /** Verifies a token addressed to this service by one of `issuers`; throws otherwise. */
  async verify(token: string, issuers: readonly ServiceName[]): Promise<ServiceIdentity> {
    const known = this.verified.get(token);
    if (known) {
      if (!issuers.includes(known.issuer)) throw new Error("token not signed by an accepted service");
      return known;
    }
    const { payload, protectedHeader } = await jwtVerify(
      token,
      async (header) => {
        const issuer = header.kid as ServiceName;
        const key = issuers.includes(issuer) ? await this.publicKey(issuer) : undefined;
        if (!key) throw new Error("token not signed by an accepted service");
        return key;
      },
      { algorithms: [SERVICE_ALG], audience: this.self, requiredClaims: ["exp", "iss", "iat"], maxTokenAge: `${MAX_TOKEN_AGE_SECONDS}s` },
    );
    const issuer = payload.iss as ServiceName;
    // The key was chosen by `kid`; the issuer claim must name the same service.
    if (issuer !== protectedHeader.kid || !issuers.includes(issuer)) throw new Error("unexpected issuer");
    const caller = payload.caller ? callerFromClaims(payload.caller as Record<string, unknown>) : null;
    const identity = { issuer, caller };
    this.verified.set(token, identity, Math.min(payload.exp! * 1000, (payload.iat! + MAX_TOKEN_AGE_SECONDS) * 1000));
    return identity;
  }
}
