import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, ValuesOfCorrectTypeRule, getVariableValues, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { withStrictDateTime } from "../lib/graphql/date-time-scalar";

/**
 * The gateway's API schema takes any DateTime (its scalars have no rules);
 * this checks DateTime variables and literals by the rule in lib/graphql/date-time.ts before
 * the query planner, so a date-only or out-of-range value never reaches a
 * subgraph: BAD_USER_INPUT (400) naming the variable. The literals of a
 * document are checked once: Apollo Server hands the same parsed document to
 * every request with the same query text, so the verdict is kept beside it.
 */
export function dateTimeCheck<TContext extends object>(): ApolloServerPlugin<TContext> {
  let strict: GraphQLSchema | undefined;
  let literalVerdicts = new WeakMap<DocumentNode, GraphQLError | null>();
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          strict = withStrictDateTime(apiSchema);
          literalVerdicts = new WeakMap();
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (!strict || !operation) return;
          let literal = literalVerdicts.get(document);
          if (literal === undefined) {
            literal = validate(strict, document, [ValuesOfCorrectTypeRule])[0] ?? null;
            literalVerdicts.set(document, literal);
          }
          const definitions = operation.variableDefinitions ?? [];
          const [variable] = definitions.length ? (getVariableValues(strict, definitions, request.variables ?? {}).errors ?? []) : [];
          const refused = variable ?? literal;
          if (refused) throw new GraphQLError(refused.message, { nodes: refused.nodes, extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
        },
      };
    },
  };
}
