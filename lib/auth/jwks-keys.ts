import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";

/** How the gateway keeps the identity provider's keys (AUTH_JWKS_* settings, docs/operations.md "Identity provider keys"). */
export interface JwksSettings {
  /** A key set older than this is fetched again in the background, while it stays in use. */
  refreshAfterMs: number;
  /** How long the last good key set is used while the provider cannot be reached; after that, 503. */
  staleMaxMs: number;
  /** A token with an unknown `kid` triggers at most one fetch per this interval (a new key waits at most this long). */
  unknownKidCooldownMs: number;
  fetchTimeoutMs: number;
  /** After a failed fetch the next waits 1 s, doubling per failure up to this; concurrent requests share one fetch. */
  backoffMaxMs: number;
  /** Keys no longer trusted, whatever the provider publishes. */
  revokedKids: readonly string[];
}

export const DEFAULT_JWKS_SETTINGS: JwksSettings = {
  refreshAfterMs: 300_000,
  staleMaxMs: 86_400_000,
  unknownKidCooldownMs: 30_000,
  fetchTimeoutMs: 5_000,
  backoffMaxMs: 60_000,
  revokedKids: [],
};

const SIGNING_KEY_TYPES = new Set(["RSA", "EC", "OKP"]);

/** The provider's keys cannot be had: not the caller's fault, so 503 rather than "invalid token". */
export class IdentityProviderUnavailable extends Error {}

export interface JwksStatus {
  kids: string[];
  fetchedAt: string | null;
  failures: number;
  revokedKids: string[];
}

export interface JwksEvents {
  fetchFailed?(err: Error, failures: number): void;
  fetched?(kids: string[]): void;
}

/**
 * The identity provider's JWKS, kept: used while fresh, refreshed in the
 * background when old, kept (up to `staleMaxMs`) when the provider is down,
 * fetched at most once at a time with back-off after failures. Replaces
 * jose's createRemoteJWKSet, which forgets the key set when a refresh fails.
 */
export class JwksKeyStore {
  private current?: { verify: JWTVerifyGetKey; kids: string[]; fetchedAt: number };
  private inFlight?: Promise<void>;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private retryAt = 0;
  private failures = 0;
  private readonly revoked: Set<string>;

  constructor(
    private readonly url: URL,
    private readonly settings: JwksSettings = DEFAULT_JWKS_SETTINGS,
    private readonly events: JwksEvents = {},
    private readonly now: () => number = Date.now,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.revoked = new Set(settings.revokedKids);
  }

  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    if (header.kid !== undefined && this.revoked.has(header.kid)) throw new errors.JWKSNoMatchingKey();
    if (!this.current) await this.refresh();
    else if (this.now() - this.current.fetchedAt > this.settings.refreshAfterMs) void this.refresh();
    try {
      return await this.usable().verify(header, token);
    } catch (err) {
      if (!(err instanceof errors.JWKSNoMatchingKey)) throw err;
      // Perhaps a key the provider added since: look once per cooldown, all such requests sharing the fetch.
      if (this.inFlight) await this.inFlight;
      else if (this.now() - this.lastAttemptAt >= this.settings.unknownKidCooldownMs) await this.refresh();
      if (this.failures > 0) throw new IdentityProviderUnavailable("The identity provider cannot be reached to check a new signing key");
      return this.usable().verify(header, token);
    }
  };

  isRevoked(kid: string | undefined): boolean {
    return kid !== undefined && this.revoked.has(kid);
  }

  /** Stops trusting `kid` at once, on this process (AUTH_REVOKED_KIDS makes it permanent). */
  revoke(kid: string): void {
    this.revoked.add(kid);
  }

  /** Fetches now; `force` skips the back-off (the operator's refresh). Never throws: a failure is counted and reported. */
  refresh(force = false): Promise<void> {
    if (this.inFlight) return this.inFlight;
    const started = this.now();
    if (!force && started < this.retryAt) return Promise.resolve();
    this.lastAttemptAt = started;
    this.inFlight = this.fetchKeys()
      .then(
        (set) => {
          const kids = set.keys.map((k) => k.kid).filter((kid): kid is string => typeof kid === "string");
          this.current = { verify: createLocalJWKSet(set), kids, fetchedAt: this.now() };
          this.failures = 0;
          this.retryAt = 0;
          this.events.fetched?.(kids);
        },
        (err: Error) => {
          this.failures++;
          this.retryAt = this.now() + Math.min(1000 * 2 ** (this.failures - 1), this.settings.backoffMaxMs);
          this.events.fetchFailed?.(err, this.failures);
        },
      )
      .finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  status(): JwksStatus {
    return {
      kids: this.current?.kids ?? [],
      fetchedAt: this.current ? new Date(this.current.fetchedAt).toISOString() : null,
      failures: this.failures,
      revokedKids: [...this.revoked],
    };
  }

  private usable() {
    if (!this.current) throw new IdentityProviderUnavailable("The identity provider's keys could not be fetched");
    if (this.now() - this.current.fetchedAt > this.settings.staleMaxMs) {
      throw new IdentityProviderUnavailable("The identity provider has not been reachable for too long to trust its last keys");
    }
    return this.current;
  }

  private async fetchKeys(): Promise<JSONWebKeySet> {
    const res = await this.fetchImpl(this.url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(this.settings.fetchTimeoutMs) });
    if (!res.ok) throw new Error(`JWKS answered HTTP ${res.status}`);
    const body = (await res.json()) as { keys?: unknown };
    // A malformed set is refused before it replaces a good one.
    if (!Array.isArray(body.keys) || body.keys.length === 0) throw new Error("JWKS has no keys");
    for (const key of body.keys as unknown[]) {
      const kty = (key as { kty?: unknown } | null)?.kty;
      if (typeof kty !== "string" || !SIGNING_KEY_TYPES.has(kty)) throw new Error(`JWKS holds a key of unknown type ${JSON.stringify(kty)}`);
    }
    return body as JSONWebKeySet;
  }
}
