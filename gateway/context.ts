import type { Caller } from "../lib/auth/caller";
import type { SubgraphName } from "../lib/config";
import type { MessageLanguage } from "../lib/i18n/language";
import type { FeedPositions } from "../lib/events/positions";
import type { RequestObservation } from "../lib/graphql/request-log";

export interface GatewayContext {
  caller: Caller | null;
  requestId: string;
  /** The language of this request's messages (Accept-Language, else the token's locale, else nl), forwarded to every subgraph. */
  language: MessageLanguage;
  /** Subgraph tokens signed for this request, reused across its fetches. */
  subgraphTokens?: Map<SubgraphName, Promise<string>>;
  /** The producers' feed positions this request must see: the client's consistency token, then what its mutations committed. */
  positions: FeedPositions;
  /** What the request's log line reports (lib/graphql/request-log.ts). */
  observed?: RequestObservation;
}
