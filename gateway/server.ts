import { randomUUID } from "node:crypto";
import type http from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { CallerVerifier } from "../lib/auth/caller-verifier";
import type { ServiceTokens } from "../lib/auth/service-tokens";
import type { SubgraphName } from "../lib/config";
import { createFormatError, invalidToken } from "../lib/errors";
import { HttpError, bearerToken, close, createHttpServer, executeGraphQL, listen, sendJson } from "../lib/http";
import type { Logger } from "../lib/logger";
import type { GatewayContext } from "./context";
import { SignedDataSource } from "./signed-data-source";
import { deduplicateInFlight } from "./in-flight";
import { subgraphFetcher } from "./subgraph-fetcher";
import { SubgraphTokens } from "./subgraph-tokens";

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens (overrides the URLs in the supergraph). */
  subgraphUrls: Record<SubgraphName, string>;
  verifyCaller: CallerVerifier;
  tokens: ServiceTokens;
  production: boolean;
  log: Logger;
  bodyLimitBytes: number;
}

export interface GatewayServer {
  httpServer: http.Server;
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

/** Apollo Gateway behind our HTTP handler: verifies the caller, signs for subgraphs. Built, not listening. */
export async function createGateway(options: GatewayOptions): Promise<GatewayServer> {
  const { log } = options;
  const subgraphTokens = new SubgraphTokens(options.tokens);
  const fetcher = deduplicateInFlight(subgraphFetcher());
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const subgraph = name as SubgraphName;
      return new SignedDataSource(subgraph, options.subgraphUrls[subgraph] ?? url ?? "", subgraphTokens, fetcher);
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createFormatError(options.production),
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    introspection: !options.production,
    csrfPrevention: true,
    plugins: options.production ? [ApolloServerPluginLandingPageDisabled()] : [],
  });
  await apollo.start();

  const context = async (req: http.IncomingMessage): Promise<GatewayContext> => {
    const requestId = randomUUID();
    const token = bearerToken(req);
    if (token === undefined) return { caller: null, requestId };
    try {
      return { caller: await options.verifyCaller(token), requestId };
    } catch (err) {
      log.info({ requestId, reason: (err as Error).message }, "caller token refused");
      throw invalidToken("The access token is invalid or expired");
    }
  };

  const httpServer = createHttpServer(
    async (req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname === "/health") {
        sendJson(res, 200, { status: "ok", service: "gateway" });
        return;
      }
      if (url.pathname === "/" || url.pathname === "/graphql") {
        await executeGraphQL(apollo, req, res, () => context(req), options.bodyLimitBytes);
        return;
      }
      throw new HttpError(404, "Not found", "NOT_FOUND");
    },
    (err) => log.error({ err }, "request failed"),
  );

  return {
    httpServer,
    listen: (port, host) => listen(httpServer, port, host),
    async stop() {
      await close(httpServer);
      await apollo.stop();
    },
  };
}
