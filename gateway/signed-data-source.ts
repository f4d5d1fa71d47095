import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { Fetcher } from "@apollo/utils.fetcher";
import type { SubgraphName } from "../lib/config";
import { FEED_POSITION_HEADER, FEED_POSITIONS_HEADER, hasPositions, isSeq } from "../lib/events/positions";
import { reached } from "./consistency-token";
import type { GatewayContext } from "./context";
import type { SubgraphTokens } from "./subgraph-tokens";

type Received = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["didReceiveResponse"]>>[0];

/**
 * Calls a subgraph with a token the gateway signs for it (audience = that
 * subgraph, ≤ 60 s) carrying the verified caller. Nothing the client sent is
 * passed on but the request id, the request's language (Accept-Language, as
 * the gateway resolved it) and the feed positions the subgraph must catch up to first,
 * all outside the signed token, so tokens stay shared per caller.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: SubgraphName,
    url: string,
    private readonly tokens: SubgraphTokens,
    fetcher: Fetcher,
  ) {
    super({ url, fetcher });
  }

  override async willSendRequest({ request, context: given }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    // Health checks and schema loading pass a bare record instead of the request's context.
    const context: Partial<GatewayContext> = given;
    const headers = request.http?.headers;
    if (!headers) return;
    // One token per subgraph per client request, however many fetches the plan makes.
    const signed = (context.subgraphTokens ??= new Map<SubgraphName, Promise<string>>());
    let token = signed.get(this.subgraph);
    if (!token) {
      token = this.tokens.get(this.subgraph, context.caller ?? null);
      signed.set(this.subgraph, token);
    }
    headers.set("authorization", `Bearer ${await token}`);
    if (context.requestId) headers.set("x-request-id", context.requestId);
    if (context.language) headers.set("accept-language", context.language);
    if (context.positions && hasPositions(context.positions)) headers.set(FEED_POSITIONS_HEADER, JSON.stringify(context.positions));
  }

  /** A mutation's answer says where the subgraph's outbox ends now: later fetches of this request and its response token carry it. */
  override didReceiveResponse({ response, context }: Received): Received["response"] {
    const end = Number(response.http?.headers.get(FEED_POSITION_HEADER) ?? NaN);
    if (isSeq(end)) reached(context, { [this.subgraph]: end });
    return response;
  }
}
