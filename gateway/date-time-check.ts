import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, ValuesOfCorrectTypeRule, getVariableValues, validate, type GraphQLSchema } from "graphql";
import { withStrictDateTime } from "../lib/graphql/date-time-scalar";

/**
 * The gateway's API schema takes any DateTime (its scalars have no rules);
 * this checks DateTime variables and literals by the rule in lib/graphql/date-time.ts before
 * the query planner, so a date-only or out-of-range value never reaches a
 * subgraph: BAD_USER_INPUT (400) naming the variable.
 */
export function dateTimeCheck<TContext extends object>(): ApolloServerPlugin<TContext> {
  let strict: GraphQLSchema | undefined;
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          strict = withStrictDateTime(apiSchema);
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (!strict || !operation) return;
          const [literal] = validate(strict, document, [ValuesOfCorrectTypeRule]);
          const [variable] = getVariableValues(strict, operation.variableDefinitions ?? [], request.variables ?? {}).errors ?? [];
          const refused = variable ?? literal;
          if (refused) throw new GraphQLError(refused.message, { nodes: refused.nodes, extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
        },
      };
    },
  };
}
