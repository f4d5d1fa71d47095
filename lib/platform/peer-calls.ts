import type { Caller } from "../auth/caller";
import type { ServiceTokens } from "../auth/service-tokens";
import type { SubgraphName } from "../config";
import type { Logger } from "./logger";

/** How long a subgraph waits for a peer's answer to a call. */
const PEER_CALL_TIMEOUT_MS = 10_000;

/**
 * A route a subgraph offers its peers (not the gateway, not clients): POST of a JSON body, made for an end user,
 * with a service token signed by one of `callers` that carries the user's claims. Anything else is answered 400.
 */
export interface PeerEndpoint<T = unknown> {
  path: string;
  callers: readonly SubgraphName[];
  /** The request in the body, or null when the body is not one. */
  parse(body: unknown): T | null;
  /** The answer, sent as JSON with 200; throwing answers 500. */
  handle(request: T, caller: Caller, log: Logger): Promise<unknown>;
}

/** Calls `path` on peer subgraph `peer` at `url` for `caller`; rejects on a transport failure or a status other than 200. */
export async function callPeer<T>(tokens: ServiceTokens, peer: SubgraphName, url: string, path: string, caller: Caller | null, body: unknown): Promise<T> {
  const token = await tokens.sign(peer, caller);
  const res = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(PEER_CALL_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`${peer} answered HTTP ${res.status} on ${path}`);
  return (await res.json()) as T;
}
