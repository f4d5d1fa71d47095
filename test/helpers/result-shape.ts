import { execute, parse, type GraphQLError, type GraphQLScalarType, type GraphQLSchema } from "graphql";
import { apiSchema } from "./api-schema";

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** schema/api.graphql with a DateTime that accepts only what the API promises: an ISO instant at UTC. */
function strictApiSchema(): GraphQLSchema {
  const schema = apiSchema();
  const dateTime = schema.getType("DateTime") as GraphQLScalarType;
  dateTime.serialize = (value: unknown) => {
    if (typeof value !== "string" || !ISO_INSTANT.test(value)) throw new TypeError(`not an ISO instant at UTC: ${JSON.stringify(value)}`);
    return value;
  };
  return schema;
}

/**
 * Whether `data`, a gateway response, is a result the operation can have under the schema: the operation is
 * executed against schema/api.graphql with every field read back from `data` (by its response key), so
 * graphql-js itself checks the nullability, enum values and scalar kinds, and a field missing from `data` is
 * an error. Returns the problems (empty when it conforms) and what graphql-js made of it, to compare with
 * `data` for fields the operation did not ask for.
 */
export function checkResult(document: string, variables: Record<string, unknown>, data: unknown): { problems: string[]; echoed: unknown } {
  const result = execute({
    schema: strictApiSchema(),
    document: parse(document),
    variableValues: variables,
    rootValue: data,
    fieldResolver: (source: Record<string, unknown>, _args, _context, info) => {
      if (!(info.path.key in source)) throw new Error(`missing from the response: ${String(info.path.key)}`);
      return source[info.path.key as string];
    },
  }) as { data?: unknown; errors?: readonly GraphQLError[] };
  return { problems: (result.errors ?? []).map((e) => `${e.path?.join(".") ?? ""}: ${e.message}`), echoed: result.data };
}
