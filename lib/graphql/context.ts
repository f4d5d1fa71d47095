import type { Caller } from "../auth/caller";

/** What every subgraph resolver and rule receives. */
export interface RequestContext {
  /** The end user, as verified by the gateway; null when anonymous. */
  caller: Caller | null;
  /** True only when the request carried a valid gateway signature for this subgraph. */
  viaGateway: boolean;
  requestId: string;
}
