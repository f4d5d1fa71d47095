import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** One error of a GraphQL response, as docs/api.md lists the codes and extensions. */
export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphQLResponse<TResult> {
  status: number;
  data?: TResult | null;
  errors?: GraphQLError[];
}

export interface ClientOptions {
  /** The gateway's URL, e.g. http://127.0.0.1:4000/ */
  url: string;
  /** A function returning the caller's bearer token, or null for an anonymous caller. */
  token?: () => string | null | Promise<string | null>;
  /** Sent as Accept-Language; the messages of errors follow it. */
  language?: string;
  fetch?: typeof fetch;
}

/**
 * A minimal typed client for the generated documents (operations/generated): `execute(FileComplaintDocument, { input })`
 * is typed by the operation. It keeps the session's consistency token: the last `x-consistency-token` the gateway
 * returned is sent with every later request, so this client reads its own writes in every subgraph (docs/api.md).
 */
export function createClient(options: ClientOptions) {
  let consistencyToken: string | null = null;
  const doFetch = options.fetch ?? fetch;
  return {
    async execute<TResult, TVariables>(
      document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string },
      variables: TVariables,
    ): Promise<GraphQLResponse<TResult>> {
      const headers: Record<string, string> = { "content-type": "application/json" };
      const token = options.token ? await options.token() : null;
      if (token) headers.authorization = `Bearer ${token}`;
      if (options.language) headers["accept-language"] = options.language;
      if (consistencyToken) headers["x-consistency-token"] = consistencyToken;
      const res = await doFetch(options.url, { method: "POST", headers, body: JSON.stringify({ query: document.toString(), variables }) });
      consistencyToken = res.headers.get("x-consistency-token") ?? consistencyToken;
      const body = (await res.json()) as { data?: TResult | null; errors?: GraphQLError[] };
      return { status: res.status, data: body.data, errors: body.errors };
    },
    get consistencyToken() {
      return consistencyToken;
    },
  };
}

export type Client = ReturnType<typeof createClient>;
