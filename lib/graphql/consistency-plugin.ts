import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, OperationTypeNode, type OperationDefinitionNode } from "graphql";
import type { DataSource } from "typeorm";
import type { CatchUp } from "../events/catch-up";
import { feedEnd } from "../events/outbox";
import { FEED_POSITION_HEADER, FEED_POSITIONS_HEADER, parsePositions } from "../events/positions";
import type { RequestContext } from "./context";

export interface ConsistencyOptions {
  catchUp: CatchUp;
  dataSource: DataSource;
  /** Mutations that decide on this subgraph's own data only (filing, action plan items): no catch-up to the peers' ends before them. */
  ownFactsOnly: readonly string[];
}

/** Root field names of an operation; a fragment at the root counts as a field that needs the peers. */
const rootFields = (operation: OperationDefinitionNode): string[] => operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ""));

/**
 * A subgraph's side of read-your-writes. Before execution: a mutation that
 * decides on peers' facts catches up with every peer feed to its end; any
 * operation catches up to the positions the gateway sent (FEED_POSITIONS_HEADER).
 * After a mutation: the response says how far this subgraph's outbox now
 * reaches (FEED_POSITION_HEADER), so the gateway can pass it on.
 */
export function consistencyPlugin<TContext extends RequestContext>({ catchUp, dataSource, ownFactsOnly }: ConsistencyOptions): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, contextValue }) {
          const decides = operation?.operation === OperationTypeNode.MUTATION && rootFields(operation).some((f) => !ownFactsOnly.includes(f));
          if (decides) await catchUp.toEnd(contextValue.log);
          else await catchUp.to(parsePositions(request.http?.headers.get(FEED_POSITIONS_HEADER)), contextValue.log);
        },
        async willSendResponse({ operation, response, contextValue }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          try {
            response.http.headers.set(FEED_POSITION_HEADER, String(await feedEnd(dataSource)));
          } catch (err) {
            // The database went away (the mutation's own error says so); without a position the client reads eventually consistent.
            contextValue.log.warn({ err: String(err) }, "feed position not read");
          }
        },
      };
    },
  };
}
