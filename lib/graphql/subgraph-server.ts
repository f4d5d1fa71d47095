import { randomUUID } from "node:crypto";
import type http from "node:http";
import { ApolloServer } from "@apollo/server";
import { decodeProtectedHeader } from "jose";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { auditPlugin } from "../audit/audit-middleware";
import { AuditRecorder } from "../audit/audit-recorder";
import type { Clock } from "../platform/clock";
import type { ServiceTokens } from "../auth/service-tokens";
import { SUBGRAPHS, type SubgraphName } from "../config";
import { readFeedPage } from "../events/outbox";
import { HttpError, bearerToken, executeGraphQL, readBody, sendJson } from "../platform/http";
import { GRAPHQL_PATHS, createServiceServers, type ServerOptions } from "../platform/http-routes";
import { schemaBehind } from "../platform/schema-check";
import { apolloServerOptions } from "./apollo-options";
import { consistencyPlugin, type ConsistencyOptions } from "./consistency-plugin";
import { bodyErrorCodes, requestLogFields, requestLogPlugin, type RequestObservation } from "./request-log";
import type { RequestContext } from "./context";
import { requestLanguage } from "../i18n/language";
import { rewordIn } from "../i18n/message";
import { localisedErrorsPlugin } from "./localised-errors";
import type { PeerEndpoint } from "../platform/peer-calls";

export interface SubgraphServerOptions<TContext extends RequestContext> extends ServerOptions {
  name: SubgraphName;
  schema: GraphQLSchema;
  dataSource: DataSource;
  clock: Clock;
  tokens: ServiceTokens;
  /** Adds the subgraph's own per-request parts (loaders, services) to the verified identity. */
  context: (base: RequestContext) => TContext;
  /** Catching up with the peers' events before deciding, and reporting this subgraph's feed position after a mutation. */
  consistency: Omit<ConsistencyOptions, "dataSource">;
  /** Background work to stop with the server (event consumers). */
  onStop?: () => Promise<void>;
  /** The migrations its database lacks (lib/platform/schema-check.ts): /ready is 503 while there are any. */
  pendingMigrations: () => Promise<string[]>;
  /** Calls its peers make on it (the directorates' release of a complaint to transfer). */
  peerEndpoints?: readonly PeerEndpoint[];
}

export interface SubgraphServer {
  name: SubgraphName;
  httpServer: http.Server;
  /** /metrics on its own port (METRICS_PORT). */
  metricsServer?: http.Server;
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

const FEED_MAX = 1000;

const REQUEST_ID = /^[A-Za-z0-9-]{1,100}$/;

/** The `kid` a refused token names, for the log line (never the token). */
function keyIdOf(token: string): string | undefined {
  try {
    const kid = (decodeProtectedHeader(token).kid ?? "").slice(0, 100);
    return kid || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A subgraph's HTTP server, not yet listening: GraphQL for the gateway only,
 * the outbox feed for peer subgraphs only, /health and /ready for anyone,
 * /metrics for loopback or the metrics token.
 */
export async function createSubgraphServer<TContext extends RequestContext>(options: SubgraphServerOptions<TContext>): Promise<SubgraphServer> {
  const { name, tokens, dataSource, log, metrics } = options;
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    logger: log,
    ...apolloServerOptions(options.production),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      metrics.apolloPlugin<TContext>(),
      requestLogPlugin<TContext>(log),
      auditPlugin(dataSource, log),
      consistencyPlugin<TContext>({ ...options.consistency, dataSource }),
      localisedErrorsPlugin<TContext>(),
    ],
  });
  await apollo.start();
  const peers = SUBGRAPHS.filter((s) => s !== name);

  // 401s before GraphQL: a call without the gateway's (or a peer's) signature.
  const refusals = metrics.counter("ibz_auth_refusals_total", "Service tokens not accepted, by reason", ["reason"]);
  const verify = async (req: http.IncomingMessage, issuers: readonly ("gateway" | SubgraphName)[]) => {
    const token = bearerToken(req);
    if (!token) {
      refusals.inc({ reason: "service_token_missing" });
      throw new HttpError(401, "Missing service token", "UNAUTHENTICATED");
    }
    try {
      return await tokens.verify(token, issuers);
    } catch (err) {
      // Our own processes' keys out of step (or someone without a key): the caller of the gateway is not at fault.
      refusals.inc({ reason: "service_token_invalid" });
      log.warn({ reason: (err as Error).message, kid: keyIdOf(token), path: req.url?.split("?")[0] }, "service token refused");
      throw new HttpError(401, "Invalid service token", "UNAUTHENTICATED");
    }
  };

  const feed = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
    await verify(req, peers);
    const after = Number(url.searchParams.get("after") ?? 0);
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 100), FEED_MAX);
    if (!Number.isInteger(after) || after < 0 || !Number.isInteger(limit) || limit < 1) {
      throw new HttpError(400, "after and limit must be non-negative integers");
    }
    sendJson(res, 200, await readFeedPage(dataSource, after, limit));
  };

  const graphql = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const identity = await verify(req, ["gateway"]);
    // Only a signed gateway call gets here, so its request id is the client request's.
    const sent = String(req.headers["x-request-id"] ?? "");
    const requestId = REQUEST_ID.test(sent) ? sent : randomUUID();
    const requestLog = log.child({ requestId });
    const started = performance.now();
    const observed: RequestObservation = {};
    const context = async () =>
      options.context({
        caller: identity.caller,
        viaGateway: true,
        requestId,
        log: requestLog,
        audit: new AuditRecorder(identity.caller, requestId, options.clock),
        observed,
      });
    // No language scope (AsyncLocalStorage) around the request: it would slow every promise of the process. Errors are
    // said in the language the gateway forwarded once formatted (localisedErrorsPlugin), or here for one refused before.
    let result;
    try {
      result = await executeGraphQL(apollo, req, res, context, options.bodyLimitBytes);
    } catch (err) {
      const said = rewordIn(err, requestLanguage(req.headers["accept-language"], identity.caller?.locale));
      if (said !== undefined) (err as Error).message = said;
      throw err;
    }
    const ms = Math.round(performance.now() - started);
    requestLog.info(requestLogFields(observed, identity.caller, result.status, ms, bodyErrorCodes(result.body)), "request");
  };

  const peerRoute = (endpoint: PeerEndpoint) => async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const { caller } = await verify(req, endpoint.callers);
    let request: unknown = null;
    try {
      request = endpoint.parse(JSON.parse(await readBody(req, options.bodyLimitBytes)));
    } catch (err) {
      if (err instanceof HttpError) throw err;
    }
    if (request === null || !caller) throw new HttpError(400, `Not a request for ${endpoint.path} made for a caller`);
    sendJson(res, 200, await endpoint.handle(request, caller, log));
  };

  const ready = async () => {
    try {
      await dataSource.query("SELECT 1");
      const pending = await options.pendingMigrations();
      return pending.length ? { ready: false, detail: schemaBehind(pending) } : { ready: true };
    } catch {
      return { ready: false };
    }
  };

  /** The gateway's /ready probe: its signature checked as on every call, then this subgraph's own readiness. */
  const signedReady = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    await verify(req, ["gateway"]);
    const { ready: isReady, detail } = await ready();
    sendJson(res, isReady ? 200 : 503, { status: isReady ? "ok" : "unavailable", service: name, ...detail });
  };

  const servers = createServiceServers({ ...options, service: name, readiness: ready }, [
    { paths: ["/internal/events"], method: "GET", handle: feed },
    { paths: ["/internal/ready"], method: "GET", handle: signedReady },
    ...(options.peerEndpoints ?? []).map((e) => ({ paths: [e.path], method: "POST" as const, handle: peerRoute(e) })),
    { paths: GRAPHQL_PATHS, handle: graphql },
  ]);

  return {
    name,
    httpServer: servers.httpServer,
    metricsServer: servers.metricsServer,
    listen: servers.listen,
    async stop() {
      // The consumers run on while the server drains: a request in flight may still catch up with a peer's feed.
      await servers.close();
      await options.onStop?.();
      await apollo.stop();
    },
  };
}
