import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { Caller } from "../auth/caller";
import { isConnectionError } from "../errors";
import type { Logger } from "../platform/logger";
import { describeRequestSpan } from "../platform/spans";

/** What one request's log line reports beside status and duration; filled by `requestLogPlugin` as the request runs. */
export interface RequestObservation {
  /** The operation's name, once resolved (absent for an anonymous operation or one that did not parse). */
  operation?: string;
}

export interface ObservedContext extends BaseContext {
  requestId: string;
  observed?: RequestObservation;
}

/** The fields of the per-request line: never the caller's `sub`, name or e-mail, only the role. */
export function requestLogFields(observed: RequestObservation, caller: Caller | null | undefined, status: number, ms: number, codes: readonly string[]) {
  return { operation: observed.operation ?? null, role: caller?.role ?? "anonymous", status, ms, codes };
}

/** The codes of a response's errors as the client reads them (after formatError). */
export function responseErrorCodes(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  return (errors ?? []).map((e) => (typeof e.extensions?.code === "string" ? e.extensions.code : "INTERNAL_SERVER_ERROR"));
}

/** The codes of the errors in a response body sent at once; none for a body that is not JSON. */
export function bodyErrorCodes(body: string | undefined): string[] {
  // A body without the key is not parsed again: on the public directory that parse was about 2 % of the subgraph's CPU.
  if (!body?.includes('"errors"')) return [];
  try {
    return responseErrorCodes((JSON.parse(body) as { errors?: GraphQLFormattedError[] }).errors);
  } catch {
    return [];
  }
}

/** The formatted errors of a response about to be sent. */
export function sentErrors(request: GraphQLRequestContextWillSendResponse<BaseContext>): readonly GraphQLFormattedError[] | undefined {
  const body = request.response.body;
  return body.kind === "single" ? body.singleResult.errors : body.initialResult.errors;
}

/**
 * Records the operation name for the request line, and logs each internal error (one the client reads as
 * INTERNAL_SERVER_ERROR) with its stack and the request id; an unreachable database (SERVICE_UNAVAILABLE) at warn.
 */
export function requestLogPlugin<TContext extends ObservedContext>(log: Logger): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, operation, contextValue }) => {
        const name = request.operationName ?? operation?.name?.value;
        if (contextValue.observed) contextValue.observed.operation = name;
        describeRequestSpan({ "graphql.operation.name": name ?? "", "ibz.request_id": contextValue.requestId });
      },
      willSendResponse: async (request) => {
        // The response's errors are the request's, formatted, in the same order: what the client reads decides.
        const codes = responseErrorCodes(sentErrors(request));
        (request.errors ?? []).forEach((error, i) => {
          if (codes[i] !== "INTERNAL_SERVER_ERROR" && codes[i] !== "SERVICE_UNAVAILABLE") return;
          const cause = error.originalError ?? error;
          const fields = { requestId: request.contextValue.requestId, operation: request.contextValue.observed?.operation ?? null, path: error.path };
          // A subgraph's internal error reaches the gateway without its stack: the subgraph logged it under the same request id.
          if (error.extensions?.serviceName) log.warn({ ...fields, subgraph: error.extensions.serviceName, code: codes[i] }, "subgraph answered an error");
          else if (isConnectionError(cause)) log.warn({ ...fields, err: cause }, "database unreachable");
          else if (codes[i] === "INTERNAL_SERVER_ERROR") log.error({ ...fields, err: cause }, "internal error");
        });
      },
    }),
  };
}
