import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema, type ValueNode } from "graphql";
import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { DateTimeResolver } from "graphql-scalars";
import { dateTimeMessage, parseDateTime } from "./date-time";
import { invalidField } from "../errors";
import { fieldError } from "../field-errors";
import { keepWording, msg, worded } from "../i18n/message";
import { isCalendarDate } from "../domain/brussels-calendar";

function parseStrict(value: unknown): Date {
  const parsed = parseDateTime(value);
  if ("problem" in parsed)
    throw worded(new GraphQLError(parsed.problem, { extensions: { code: "BAD_USER_INPUT", dateTimeReason: parsed.reason } }), dateTimeMessage(parsed.reason));
  return parsed.date;
}

function parseCalendarDate(value: unknown): string {
  if (typeof value !== "string" || !isCalendarDate(value)) throw invalidField(fieldError("receivedOn", "INVALID_DATE", {}, msg("date.calendarDate")));
  return value;
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

/** Input parsing by `parse`, for variables and literals alike. */
function strictInputOf<T>(parse: (value: unknown) => T) {
  return {
    parseValue: parse,
    parseLiteral(ast: ValueNode): T {
      try {
        // A non-string literal (a number, a boolean) is refused by the same rule.
        return parse(ast.kind === Kind.STRING ? ast.value : null);
      } catch (err) {
        throw keepWording(err as GraphQLError, new LiteralRefused((err as GraphQLError).message, (err as GraphQLError).extensions));
      }
    },
  };
}

const strictInput = strictInputOf(parseStrict);

/** A calendar date without a time, YYYY-MM-DD; where it stands for a moment it is that day in Brussels. */
export const CalendarDateScalar = new GraphQLScalarType({
  name: "CalendarDate",
  description: "A calendar date, YYYY-MM-DD (RFC 3339 full-date), such as 2026-11-02; as a moment, that day in Brussels.",
  serialize: (value) => parseCalendarDate(value),
  ...strictInputOf(parseCalendarDate),
});

/** graphql-scalars' DateTime for output (unchanged), the rule in lib/graphql/date-time.ts for input. */
export const DateTimeScalar = new GraphQLScalarType({ ...DateTimeResolver.toConfig(), ...strictInput });

const STRICT_INPUT: Record<string, ReturnType<typeof strictInputOf>> = { DateTime: strictInput, CalendarDate: strictInputOf(parseCalendarDate) };

/** A copy of `schema` whose DateTime and CalendarDate scalars parse input by the same rules (the gateway's API schema). */
export function withStrictDateTime(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.SCALAR_TYPE]: (type) => (STRICT_INPUT[type.name] ? new GraphQLScalarType({ ...type.toConfig(), ...STRICT_INPUT[type.name] }) : type),
  });
}
