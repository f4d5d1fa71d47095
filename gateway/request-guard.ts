import type { RequestLimits } from "../lib/config";
import { HttpError, type GraphQLHttpRequest } from "../lib/http";

/**
 * What the gateway refuses before Apollo Server sees the request: batched
 * operations (a JSON array) and a query text over GRAPHQL_MAX_QUERY_BYTES.
 * Mutations over GET and requests without a CSRF preflight are refused by
 * Apollo Server itself (csrfPrevention).
 */
export function requestGuard(limits: RequestLimits) {
  return ({ method, search, body }: GraphQLHttpRequest): void => {
    if (Array.isArray(body)) throw new HttpError(400, "Batched operations are not supported; send one operation per request");
    const query = method === "GET" ? new URLSearchParams(search).get("query") : (body as { query?: unknown } | undefined)?.query;
    if (typeof query === "string" && Buffer.byteLength(query) > limits.maxQueryBytes) {
      throw new HttpError(413, `The query is larger than ${limits.maxQueryBytes} bytes`, "PAYLOAD_TOO_LARGE");
    }
  };
}
