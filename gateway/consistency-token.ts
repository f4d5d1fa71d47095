import type { ApolloServerPlugin } from "@apollo/server";
import { advancePositions, positionsFrom, type FeedPositions } from "../lib/events/positions";
import type { GatewayContext } from "./context";

/** Response header with the positions a client echoes to see its own changes; request header with the echoed value. */
export const CONSISTENCY_TOKEN_HEADER = "x-consistency-token";

const VERSION = "1.";
/** Three producers' positions fit in far less; a longer value is not read. */
const MAX_TOKEN_LENGTH = 256;

/**
 * The token: opaque to clients, "1." and the feed positions as base64url JSON.
 * It carries the positions themselves, so any gateway replica can use it. It is
 * not signed: a forged position costs the subgraphs one read of a feed each
 * (they catch up to a position or to the producer's end, whichever comes first).
 */
export function encodeConsistencyToken(positions: FeedPositions): string {
  return VERSION + Buffer.from(JSON.stringify(positions)).toString("base64url");
}

/** The positions in a client's token; none when absent, too long or not a token (ignored, never an error). */
export function decodeConsistencyToken(header: string | string[] | undefined): FeedPositions {
  if (typeof header !== "string" || header.length > MAX_TOKEN_LENGTH || !header.startsWith(VERSION)) return {};
  try {
    return positionsFrom(JSON.parse(Buffer.from(header.slice(VERSION.length), "base64url").toString("utf8")));
  } catch {
    return {};
  }
}

/** Every response carries the token: the client's positions moved forward by what this request's mutations committed. */
export function consistencyToken(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (contextValue.positions) response.http.headers.set(CONSISTENCY_TOKEN_HEADER, encodeConsistencyToken(contextValue.positions));
        },
      };
    },
  };
}

/** Records a subgraph's reported feed end in the request's positions, for its later fetches and the response token. */
export function reached(context: Partial<GatewayContext>, positions: FeedPositions): void {
  if (context.positions) advancePositions(context.positions, positions);
}
