import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind } from "graphql";
import { localise, msg, worded } from "../lib/i18n/message";

/**
 * An `operationName` that names no operation of the document, or several
 * operations and no name: Apollo Server without a gateway answers
 * OPERATION_RESOLUTION_FAILURE (400); the gateway's executor would throw a 500.
 * Refused here, before planning.
 */
export function operationResolution<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (operation) return;
          const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          const message = request.operationName
            ? msg("operation.unknown", { name: request.operationName })
            : operations > 1
              ? msg("operation.several")
              : msg("operation.none");
          throw worded(new GraphQLError(localise(message), { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } }), message);
        },
      };
    },
  };
}
