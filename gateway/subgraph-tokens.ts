import type { Caller } from "../lib/auth/caller";
import { SERVICE_TOKEN_TTL_SECONDS, type ServiceTokens } from "../lib/auth/service-tokens";
import type { SubgraphName } from "../lib/config";
import { ExpiringMap } from "../lib/platform/expiring-map";

/** A signed subgraph token is reused for at most half its life, so a subgraph never receives one about to expire. */
export const SUBGRAPH_TOKEN_REUSE_MS = (SERVICE_TOKEN_TTL_SECONDS * 1000) / 2;
export const SUBGRAPH_TOKEN_MAX = 10_000;

/**
 * Gateway tokens per (subgraph, caller): the same claims signed again give the
 * same token but cost a signature, so one is kept for half its life. Keyed by
 * every claim of the caller, so two callers never share a token.
 */
export class SubgraphTokens {
  private readonly signed: ExpiringMap<string, Promise<string>>;

  constructor(
    private readonly tokens: ServiceTokens,
    private readonly now: () => number = Date.now,
  ) {
    this.signed = new ExpiringMap(SUBGRAPH_TOKEN_MAX, now);
  }

  get(subgraph: SubgraphName, caller: Caller | null): Promise<string> {
    // Per signing key too: after a key switch (SIGHUP) no token signed with the old key is handed out again.
    const key = `${this.tokens.signingKeyId}\n${subgraph}\n${JSON.stringify(caller)}`;
    const known = this.signed.get(key);
    if (known) return known;
    const token = this.tokens.sign(subgraph, caller);
    this.signed.set(key, token, this.now() + SUBGRAPH_TOKEN_REUSE_MS);
    token.catch(() => this.signed.delete(key));
    return token;
  }
}
