import type { SubgraphName } from "../lib/config";
import type { Logger } from "../lib/platform/logger";
import type { Readiness } from "../lib/platform/http-routes";
import type { SubgraphTokens } from "./subgraph-tokens";

/**
 * What the gateway's /ready says of a subgraph: `ok`; `unavailable` (no answer within 2 s); `unready` (it answers,
 * but its own readiness fails: its database); `untrusted` (it refuses the gateway's signature: service keys out of step).
 */
export type SubgraphState = "ok" | "unavailable" | "unready" | "untrusted";

const PROBE_TIMEOUT_MS = 2_000;

/**
 * The gateway's readiness: a signed round trip to each subgraph's /internal/ready, which checks the gateway's token
 * as every GraphQL call does and then its own readiness. The token is the one the gateway reuses for its calls and
 * the subgraph keeps its verification, so a probe costs one request per subgraph; concurrent /ready calls share it.
 */
export function subgraphReadiness(urls: Record<SubgraphName, string>, tokens: SubgraphTokens, log: Logger): () => Promise<Readiness> {
  const probe = async (name: SubgraphName, url: string): Promise<SubgraphState> => {
    try {
      const token = await tokens.get(name, null);
      const res = await fetch(`${url}/internal/ready`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
      await res.arrayBuffer();
      if (res.status === 401) {
        log.error({ subgraph: name }, "subgraph refuses the gateway's service token: service keys out of step (not ready)");
        return "untrusted";
      }
      return res.ok ? "ok" : res.status === 503 ? "unready" : "unavailable";
    } catch {
      return "unavailable";
    }
  };
  let inFlight: Promise<Readiness> | undefined;
  const check = async (): Promise<Readiness> => {
    const entries = await Promise.all(Object.entries(urls).map(async ([name, url]) => [name, await probe(name as SubgraphName, url)] as const));
    return { ready: entries.every(([, state]) => state === "ok"), detail: { subgraphs: Object.fromEntries(entries) } };
  };
  return () => (inFlight ??= check().finally(() => (inFlight = undefined)));
}
