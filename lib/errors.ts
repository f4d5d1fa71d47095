import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { type FieldError, fieldErrorsOfValidation, type ValidationErrorLike } from "./field-errors";
import { keepWording, localise, msg, rewordIn, worded, wordedLater, type Message } from "./i18n/message";
import type { MessageLanguage } from "./i18n/language";

/** The only error codes a client sees (plus GRAPHQL_VALIDATION_FAILED / PARSE from the server itself). */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED";

// Errors raised while executing leave the HTTP status alone (200 with `errors`),
// so a subgraph's refusal reaches the client as a GraphQL error, not a transport failure.
// The message is put into words here, in the language of the request (lib/i18n): a key of lib/i18n/messages/*.json, never English text.
const error = (code: ErrorCode) => (message: Message, details?: Record<string, unknown>) =>
  worded(new GraphQLError(localise(message), { extensions: { code, ...details } }), message);

export const unauthenticated = error("UNAUTHENTICATED");
export const forbidden = error("FORBIDDEN");
export const badInput = error("BAD_USER_INPUT");
export const notFound = error("NOT_FOUND");
/** The state forbids it now (already done, expired, lost a race). */
export const conflict = error("CONFLICT");
/** A limit is reached; `retryAfter` (seconds) says when it lifts. */
export const rateLimited = error("RATE_LIMITED");

/** Input refused for one field: BAD_USER_INPUT whose message is the field's, with `fieldErrors` naming it for a form. */
export const invalidField = (fieldError: FieldError) =>
  keepWording(fieldError, new GraphQLError(fieldError.message, { extensions: { code: "BAD_USER_INPUT", fieldErrors: [fieldError] } }));

/** A subgraph or a database that cannot be reached now; the client may retry. */
export const SERVICE_UNAVAILABLE = (extra: { path?: (string | number)[] } = {}): GraphQLFormattedError =>
  worded(
    {
      message: localise(msg("service.unavailable")),
      extensions: { code: "SERVICE_UNAVAILABLE" },
      ...extra,
    },
    msg("service.unavailable"),
  );

/** SERVICE_UNAVAILABLE as an error to throw, for a peer subgraph that cannot be reached. */
export const serviceUnavailable = () =>
  worded(new GraphQLError(localise(msg("service.unavailable")), { extensions: { code: "SERVICE_UNAVAILABLE" } }), msg("service.unavailable"));

/** The identity provider's keys cannot be had to check a token: the provider's outage, not the caller's fault; HTTP 503. */
export const identityProviderUnavailable = () =>
  worded(
    new GraphQLError(localise(msg("auth.providerUnavailable")), { extensions: { code: "SERVICE_UNAVAILABLE", retryAfter: 30, http: { status: 503 } } }),
    msg("auth.providerUnavailable"),
  );

/** A bad token, refused before execution: HTTP 401. */
export const invalidToken = (message: Message) =>
  worded(new GraphQLError(localise(message), { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } }), message);

const CLIENT_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "QUERY_REJECTED",
  "SERVICE_UNAVAILABLE",
]);

/**
 * Extensions our own errors add for a front-end (why a state forbids it, tries left, which field is wrong,
 * when to retry, which request limit); kept in production. The table in docs/api.md lists them.
 */
const CLIENT_DETAILS = ["reason", "attemptsLeft", "fieldErrors", "retryAfter", "limit"];

/** Driver errors that mean the database is unreachable (not a bug, not bad input). */
const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_CON_COUNT_ERROR",
  "ER_SERVER_SHUTDOWN",
  "SQLITE_BUSY",
]);

export function isConnectionError(err: unknown): boolean {
  // graphql-js wraps a thrown non-Error (mysql2's pool rejects with a plain object) and keeps it as thrownValue.
  const thrown = (err as { thrownValue?: unknown } | undefined)?.thrownValue;
  if (thrown !== undefined) return isConnectionError(thrown);
  const e = err as { code?: string; driverError?: { code?: string }; message?: string } | undefined;
  const code = e?.driverError?.code ?? e?.code;
  return (code !== undefined && CONNECTION_ERROR_CODES.has(code)) || /connection (is in closed state|lost)|Pool is closed/i.test(e?.message ?? "");
}

/**
 * graphql-js suggests schema names in messages ("Did you mean ...?"); Apollo's
 * hideSchemaDetailsFromClientErrors drops them from validation errors but not
 * from variable coercion errors, so production strips them everywhere.
 */
const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, "");

/**
 * The code a client sees: a literal the DateTime scalar refuses (BAD_USER_INPUT) is
 * reported by graphql-js as a validation failure; it is the same mistake as in a variable.
 */
function inputCode(formatted: GraphQLFormattedError, original: unknown): string | undefined {
  const code = formatted.extensions?.code as string | undefined;
  const originalCode = (original as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  if (code === "GRAPHQL_VALIDATION_FAILED" && originalCode === "BAD_USER_INPUT") return originalCode;
  // Apollo Server's own refusals of a request (a persisted query's wrong hash or version) carry a 4xx status but no code.
  const status = (original as { extensions?: { http?: { status?: unknown } } } | undefined)?.extensions?.http?.status;
  if (code === "INTERNAL_SERVER_ERROR" && originalCode === undefined && typeof status === "number" && status >= 400 && status < 500) return "BAD_REQUEST";
  return code;
}

function withoutStacktrace(extensions: GraphQLFormattedError["extensions"]): Record<string, unknown> {
  const rest = { ...extensions };
  delete rest.stacktrace;
  return rest;
}

/**
 * Apollo Server `formatError` shared by the gateway and the subgraphs.
 * Known client errors pass; anything else (a driver error, a bug) becomes a
 * bare INTERNAL_SERVER_ERROR outside development so no SQL, path or stack leaks.
 */
export function createFormatError(production: boolean) {
  const format = formatError(production);
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const result = format(formatted, raw);
    return keepWording(result, withoutInternalPath(result));
  };
}

/**
 * A formatted error's texts said in `language`, where they were made before it was known (a subgraph's requests, see
 * `wordedLater`): the message and each field error's. Texts nobody remembered (graphql-js's own) stay as they are.
 */
export function rewordError(error: GraphQLFormattedError, language: MessageLanguage): void {
  const message = rewordIn(error, language);
  if (message !== undefined) (error as { message: string }).message = message;
  const fieldErrors = error.extensions?.fieldErrors;
  if (!Array.isArray(fieldErrors)) return;
  for (const fieldError of fieldErrors as FieldError[]) {
    const text = rewordIn(fieldError, language);
    if (text !== undefined) fieldError.message = text;
  }
}

/** `formatted`'s message with `original`'s text (contained in it: graphql-js may add to it) said in the language asked. */
function wordedAs(formatted: string, original: unknown): ((language: MessageLanguage) => string) | undefined {
  const text = (original as { message?: unknown } | null)?.message;
  if (typeof text !== "string" || !text || !formatted.includes(text)) return undefined;
  return (language) => {
    const said = rewordIn(original, language);
    return said === undefined ? formatted : formatted.replace(text, said);
  };
}

/** Apollo Gateway writes "@" for "each item" in the path of an error from a list's items: the client gets the list's path. */
function withoutInternalPath(error: GraphQLFormattedError): GraphQLFormattedError {
  const at = error.path?.indexOf("@") ?? -1;
  return at < 0 ? error : { ...error, path: error.path!.slice(0, at) };
}

function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const original = raw instanceof GraphQLError ? (raw.originalError ?? raw) : raw;
    const code = inputCode(formatted, original);
    const validationErrors = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions?.validationErrors;
    if (code === "BAD_USER_INPUT" && validationErrors) {
      // type-graphql's "Argument Validation Error" says nothing a form can show.
      // `fields`: class-validator's English sentences, as before; `fieldErrors`: code, params and the message in the request's language.
      const { fields, fieldErrors } = fieldErrorsOfValidation(validationErrors);
      const joined = (language?: MessageLanguage) => fieldErrors.map((f) => (language && rewordIn(f, language)) ?? f.message).join("; ") || formatted.message;
      return wordedLater({ message: joined(), path: formatted.path, extensions: { code, fields, fieldErrors } }, joined);
    }
    if (isConnectionError(original)) {
      return { ...SERVICE_UNAVAILABLE({ path: formatted.path as (string | number)[] | undefined }), locations: formatted.locations };
    }
    if (code && CLIENT_CODES.has(code)) {
      const word = wordedAs(formatted.message, original);
      const wording = <T extends GraphQLFormattedError>(result: T): T => (word ? wordedLater(result, (l) => withoutSuggestions(word(l))) : result);
      // A client's mistake needs no stack trace, not even in development.
      if (!production) return wording({ ...formatted, extensions: { ...withoutStacktrace(formatted.extensions), code } });
      // Only the code and the details a form shows: no stack, no subgraph names, no upstream response.
      const details = Object.fromEntries(CLIENT_DETAILS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [k, formatted.extensions![k]]));
      return wording({
        message: withoutSuggestions(formatted.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, ...details },
      });
    }
    if (!production) return formatted;
    return worded({ message: localise(msg("internal.error")), path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } }, msg("internal.error"));
  };
}
