import { randomUUID } from "node:crypto";
import type http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { auditPlugin } from "../audit/audit-middleware";
import { AuditRecorder } from "../audit/audit-recorder";
import type { Clock } from "../clock";
import type { ServiceTokens } from "../auth/service-tokens";
import { SUBGRAPHS, type SubgraphName } from "../config";
import { createFormatError } from "../errors";
import { readFeed } from "../events/outbox";
import { HttpError, bearerToken, close, createHttpServer, executeGraphQL, listen, sendJson } from "../http";
import type { Logger } from "../logger";
import { type Metrics, serveMetrics } from "../metrics";
import type { RequestContext } from "./context";

export interface SubgraphServerOptions<TContext extends RequestContext> {
  name: SubgraphName;
  schema: GraphQLSchema;
  dataSource: DataSource;
  clock: Clock;
  tokens: ServiceTokens;
  production: boolean;
  log: Logger;
  metrics: Metrics;
  metricsToken?: string;
  hstsMaxAgeSeconds?: number;
  shutdownTimeoutMs: number;
  bodyLimitBytes: number;
  /** Adds the subgraph's own per-request parts (loaders, services) to the verified identity. */
  context: (base: RequestContext) => TContext;
  /** Background work to stop with the server (event consumers). */
  onStop?: () => Promise<void>;
}

export interface SubgraphServer {
  name: SubgraphName;
  httpServer: http.Server;
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

const FEED_MAX = 1000;

const REQUEST_ID = /^[A-Za-z0-9-]{1,100}$/;

/**
 * A subgraph's HTTP server, not yet listening: GraphQL for the gateway only,
 * the outbox feed for peer subgraphs only, /health and /ready for anyone,
 * /metrics for loopback or the metrics token.
 */
export async function createSubgraphServer<TContext extends RequestContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<SubgraphServer> {
  const { name, tokens, dataSource, log, metrics } = options;
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: createFormatError(options.production),
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    introspection: !options.production,
    csrfPrevention: true,
    // runtime/main.ts stops the servers in order (stop accepting, drain, then close the database).
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), metrics.apolloPlugin<TContext>(), auditPlugin(dataSource, log)],
  });
  await apollo.start();
  const peers = SUBGRAPHS.filter((s) => s !== name);

  const verify = async (req: http.IncomingMessage, issuers: readonly ("gateway" | SubgraphName)[]) => {
    const token = bearerToken(req);
    if (!token) throw new HttpError(401, "Missing service token", "UNAUTHENTICATED");
    try {
      return await tokens.verify(token, issuers);
    } catch {
      throw new HttpError(401, "Invalid service token", "UNAUTHENTICATED");
    }
  };

  const httpServer = createHttpServer(
    metrics.observeHttp(async (req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname === "/health") {
        sendJson(res, 200, { status: "ok", service: name });
        return;
      }
      if (url.pathname === "/ready") {
        try {
          await dataSource.query("SELECT 1");
          sendJson(res, 200, { status: "ok", service: name });
        } catch {
          sendJson(res, 503, { status: "unavailable", service: name });
        }
        return;
      }
      if (url.pathname === "/metrics" && req.method === "GET") {
        await serveMetrics(req, res, metrics, options.metricsToken);
        return;
      }
      if (url.pathname === "/internal/events" && req.method === "GET") {
        await verify(req, peers);
        const after = Number(url.searchParams.get("after") ?? 0);
        const limit = Math.min(Number(url.searchParams.get("limit") ?? 100), FEED_MAX);
        if (!Number.isInteger(after) || after < 0 || !Number.isInteger(limit) || limit < 1) {
          throw new HttpError(400, "after and limit must be non-negative integers");
        }
        sendJson(res, 200, { events: await readFeed(dataSource, after, limit) });
        return;
      }
      if (url.pathname === "/" || url.pathname === "/graphql") {
        const identity = await verify(req, ["gateway"]);
        // Only a signed gateway call gets here, so its request id is the client request's.
        const sent = String(req.headers["x-request-id"] ?? "");
        const requestId = REQUEST_ID.test(sent) ? sent : randomUUID();
        const requestLog = log.child({ requestId });
        const started = performance.now();
        const result = await executeGraphQL(
          apollo,
          req,
          res,
          async () =>
            options.context({
              caller: identity.caller,
              viaGateway: true,
              requestId,
              log: requestLog,
              audit: new AuditRecorder(identity.caller, requestId, options.clock),
            }),
          options.bodyLimitBytes,
        );
        requestLog.info({ status: result.status, ms: Math.round(performance.now() - started) }, "request");
        return;
      }
      sendJson(res, 404, { errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
    }),
    (err) => log.error({ err }, "request failed"),
    { hstsMaxAgeSeconds: options.hstsMaxAgeSeconds },
  );

  return {
    name,
    httpServer,
    listen: (port, host) => listen(httpServer, port, host),
    async stop() {
      await options.onStop?.();
      await close(httpServer, options.shutdownTimeoutMs);
      await apollo.stop();
    },
  };
}
