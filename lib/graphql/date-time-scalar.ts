import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema, type ValueNode } from "graphql";
import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { DateTimeResolver } from "graphql-scalars";
import { parseDateTime } from "./date-time";

function parseStrict(value: unknown): Date {
  const parsed = parseDateTime(value);
  if ("problem" in parsed) throw new GraphQLError(parsed.problem, { extensions: { code: "BAD_USER_INPUT", dateTimeReason: parsed.reason } });
  return parsed.date;
}

/**
 * Not a GraphQLError, so graphql-js names the type and the literal and points
 * at it; lib/errors.ts reads the code from this original error.
 */
class LiteralRefused extends Error {
  constructor(
    message: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }
}

const strictInput = {
  parseValue: parseStrict,
  parseLiteral(ast: ValueNode): Date {
    try {
      // A non-string literal (a number, a boolean) is refused by the same rule.
      return parseStrict(ast.kind === Kind.STRING ? ast.value : null);
    } catch (err) {
      throw new LiteralRefused((err as GraphQLError).message, (err as GraphQLError).extensions);
    }
  },
};

/** graphql-scalars' DateTime for output (unchanged), the rule in lib/graphql/date-time.ts for input. */
export const DateTimeScalar = new GraphQLScalarType({ ...DateTimeResolver.toConfig(), ...strictInput });

/** A copy of `schema` whose DateTime scalar parses input by the same rule (the gateway's API schema). */
export function withStrictDateTime(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.SCALAR_TYPE]: (type) => (type.name === "DateTime" ? new GraphQLScalarType({ ...type.toConfig(), ...strictInput }) : type),
  });
}
