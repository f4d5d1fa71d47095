import type { Caller } from "../lib/auth/caller";
import { SERVICE_TOKEN_TTL_SECONDS, type ServiceTokens } from "../lib/auth/service-tokens";
import type { SubgraphName } from "../lib/config";

/** A signed subgraph token is reused for at most half its life, so a subgraph never receives one about to expire. */
export const SUBGRAPH_TOKEN_REUSE_MS = (SERVICE_TOKEN_TTL_SECONDS * 1000) / 2;
export const SUBGRAPH_TOKEN_MAX = 10_000;

/**
 * Gateway tokens per (subgraph, caller): the same claims signed again give the
 * same token but cost a signature, so one is kept for half its life. Keyed by
 * every claim of the caller, so two callers never share a token.
 */
export class SubgraphTokens {
  private readonly signed = new Map<string, { token: Promise<string>; until: number }>();

  constructor(
    private readonly tokens: ServiceTokens,
    private readonly now: () => number = Date.now,
  ) {}

  get(subgraph: SubgraphName, caller: Caller | null): Promise<string> {
    const key = `${subgraph}\n${JSON.stringify(caller)}`;
    const hit = this.signed.get(key);
    if (hit && hit.until > this.now()) return hit.token;
    if (hit) this.signed.delete(key);
    const token = this.tokens.sign(subgraph, caller);
    if (this.signed.size >= SUBGRAPH_TOKEN_MAX) this.signed.delete(this.signed.keys().next().value as string);
    this.signed.set(key, { token, until: this.now() + SUBGRAPH_TOKEN_REUSE_MS });
    token.catch(() => this.signed.delete(key));
    return token;
  }
}
