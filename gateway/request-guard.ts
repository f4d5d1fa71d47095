import type { RequestLimits } from "../lib/config";
import { HttpError, type GraphQLHttpRequest } from "../lib/platform/http";
import { msg } from "../lib/i18n/message";

/**
 * What the gateway refuses before Apollo Server sees the request: batched
 * operations (a JSON array) and a query text over GRAPHQL_MAX_QUERY_BYTES.
 * Mutations over GET and requests without a CSRF preflight are refused by
 * Apollo Server itself (csrfPrevention).
 * Variables are checked too (see checkVariables).
 */
export function requestGuard(limits: RequestLimits) {
  return ({ method, search, body }: GraphQLHttpRequest): void => {
    if (Array.isArray(body)) throw new HttpError(400, msg("request.batched"));
    checkVariables(method === "GET" ? searchVariables(search) : (body as { variables?: unknown } | undefined)?.variables);
    const query = method === "GET" ? new URLSearchParams(search).get("query") : (body as { query?: unknown } | undefined)?.query;
    if (typeof query === "string" && Buffer.byteLength(query) > limits.maxQueryBytes) {
      throw new HttpError(413, msg("request.queryTooLarge", { max: limits.maxQueryBytes }), "PAYLOAD_TOO_LARGE");
    }
  };
}

/** A GET's `variables` parameter; what is not JSON is left to Apollo Server, which refuses it. */
function searchVariables(search: string): unknown {
  const raw = new URLSearchParams(search).get("variables");
  try {
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Deeper than any input of the contract; graphql-js coerces variables recursively. */
const MAX_VARIABLE_NESTING = 20;
/** In a `u` regex a surrogate pair is one code point, so this matches only unpaired halves. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Variables must be well-formed Unicode (a lone surrogate would be stored as
 * U+FFFD, silently changing what the citizen wrote) and not absurdly nested.
 * Walked without recursion, so no input can exhaust the stack here.
 */
function checkVariables(variables: unknown): void {
  const stack: [unknown, number][] = [[variables, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === "string") {
      if (LONE_SURROGATE.test(value)) throw new HttpError(400, msg("request.invalidUnicode"), "BAD_USER_INPUT");
    } else if (value !== null && typeof value === "object") {
      if (depth >= MAX_VARIABLE_NESTING) throw new HttpError(400, msg("request.tooDeep", { max: MAX_VARIABLE_NESTING }), "BAD_USER_INPUT");
      for (const [key, inner] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key)) throw new HttpError(400, msg("request.invalidUnicode"), "BAD_USER_INPUT");
        stack.push([inner, depth + 1]);
      }
    }
  }
}
