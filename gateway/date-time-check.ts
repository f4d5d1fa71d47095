import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, ValuesOfCorrectTypeRule, getVariableValues, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { withStrictDateTime } from "../lib/graphql/date-time-scalar";
import { dateTimeMessage, type DateTimeReason } from "../lib/graphql/date-time";
import { fieldError } from "../lib/field-errors";
import { localise, msg, translate, worded, wordedLater } from "../lib/i18n/message";

/** The reason the DateTime scalar gave (lib/graphql/date-time-scalar.ts), carried by graphql-js as the original error. */
const reasonOf = (refused: GraphQLError) =>
  (refused.originalError as { extensions?: { dateTimeReason?: DateTimeReason } } | undefined)?.extensions?.dateTimeReason;

/** BAD_USER_INPUT (400) with a field error for a form: INVALID_DATE with its reason, at the variable's path. */
function refusedError(message: string, refused: GraphQLError, path?: string) {
  const reason = reasonOf(refused);
  const fieldErrors = reason && path ? [fieldError(path, "INVALID_DATE", { reason }, dateTimeMessage(reason, path))] : undefined;
  return new GraphQLError(message, {
    nodes: refused.nodes,
    extensions: { code: "BAD_USER_INPUT", http: { status: 400 }, ...(fieldErrors && { fieldErrors }) },
  });
}

/** graphql-js's message for a refused literal, with the scalar's reason (English here) said in the request's language. */
function literalRefused(refused: GraphQLError) {
  const reason = reasonOf(refused);
  const error = refusedError(refused.message, refused);
  if (!reason) return error;
  const english = translate(dateTimeMessage(reason), "en");
  return wordedLater(error, (language) => refused.message.replace(english, translate(dateTimeMessage(reason), language)));
}

/** graphql-js says `Variable "$d" got invalid value "2026-11-02" at "filter.receivedFrom"; <the scalar's message>`: said again in the request's language. */
const VARIABLE_PREFIX = /^Variable "\$(\w+)" got invalid value (.*?)(?: at "([^"]+)")?$/s;

function variableRefused(refused: GraphQLError) {
  const problem = refused.originalError?.message ?? "";
  const prefix = problem && refused.message.endsWith(`; ${problem}`) ? refused.message.slice(0, -problem.length - 2) : refused.message;
  const m = VARIABLE_PREFIX.exec(prefix);
  if (!m) return refusedError(refused.message, refused);
  const [, variable, value, at] = m;
  const path = at ?? variable;
  const reason = reasonOf(refused);
  const message = msg(at ? "input.variableAt" : "input.variable", { variable, value, at: at ?? "", problem: reason ? dateTimeMessage(reason) : problem });
  return worded(refusedError(localise(message), refused, path), message);
}

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
          if (variable) throw variableRefused(variable);
          if (literal) throw literalRefused(literal);
        },
      };
    },
  };
}
