import type { ApolloServerOptions, BaseContext } from "@apollo/server";
import { createFormatError } from "../errors";

/** The Apollo Server settings the gateway and the subgraphs share: outside development, no introspection, stack traces or schema hints. */
export function apolloServerOptions(production: boolean) {
  return {
    formatError: createFormatError(production),
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    introspection: !production,
    csrfPrevention: true,
    // runtime/main.ts stops the servers in order (stop accepting, drain, then close the database).
    stopOnTerminationSignals: false,
  } satisfies Partial<ApolloServerOptions<BaseContext>>;
}
