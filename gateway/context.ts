import type { Caller } from "../lib/auth/caller";
import type { SubgraphName } from "../lib/config";

export interface GatewayContext {
  caller: Caller | null;
  requestId: string;
  /** Subgraph tokens signed for this request, reused across its fetches. */
  subgraphTokens?: Map<SubgraphName, Promise<string>>;
}
