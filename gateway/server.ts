import { randomUUID } from "node:crypto";
import type http from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { CallerVerifier } from "../lib/auth/caller-verifier";
import { IdentityProviderUnavailable } from "../lib/auth/jwks-keys";
import { refusalReason } from "../lib/auth/refusal-reason";
import { reloadServiceKeys, type ServiceTokens } from "../lib/auth/service-tokens";
import type { Caller } from "../lib/auth/caller";
import type { RequestLimits, RequestRates, SubgraphName } from "../lib/config";
import { identityProviderUnavailable, invalidToken } from "../lib/errors";
import { apolloServerOptions } from "../lib/graphql/apollo-options";
import { bodyErrorCodes, requestLogFields, requestLogPlugin, type RequestObservation } from "../lib/graphql/request-log";
import { HttpError, bearerToken, executeGraphQL, type GraphQLHttpResult } from "../lib/platform/http";
import { GRAPHQL_PATHS, createServiceServers, type ServerOptions } from "../lib/platform/http-routes";
import { jwksAdminRoutes } from "./admin-routes";
import { annualReportRoute } from "./reports/route";
import type { GatewayContext } from "./context";
import { withCors } from "./cors";
import { explorerLandingPage, loadExplorer } from "./explorer";
import { CONSISTENCY_TOKEN_HEADER, consistencyToken, decodeConsistencyToken, encodeConsistencyToken } from "./consistency-token";
import { dateTimeCheck } from "./date-time-check";
import { deduplicateInFlight } from "./in-flight";
import { requestLimitsRule, variableCost } from "./limits";
import { MeasuredDataSource } from "./measured-data-source";
import { operationResolution } from "./operation-resolution";
import { requestGuard } from "./request-guard";
import { RateLimitedError, fromTrustedProxy, requestRates } from "./request-rates";
import { subgraphFetcher } from "./subgraph-fetcher";
import { subgraphReadiness } from "./subgraph-readiness";
import { SubgraphTokens } from "./subgraph-tokens";
import { msg } from "../lib/i18n/message";
import { requestLanguage, type MessageLanguage } from "../lib/i18n/language";
import { rewordIn } from "../lib/i18n/message";
import { localisedErrorsPlugin } from "../lib/graphql/localised-errors";

export interface GatewayOptions extends ServerOptions {
  supergraphSdl: string;
  /** Where each subgraph listens (overrides the URLs in the supergraph). */
  subgraphUrls: Record<SubgraphName, string>;
  verifyCaller: CallerVerifier;
  tokens: ServiceTokens;
  limits: RequestLimits;
  rates: RequestRates;
  /** Browser origins granted CORS (CORS_ORIGINS); empty = same origin only. */
  corsOrigins: readonly string[];
}

export interface GatewayServer {
  httpServer: http.Server;
  /** /metrics on its own port (METRICS_PORT). */
  metricsServer?: http.Server;
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
  /** Fetches the identity provider's keys now (SIGHUP); nothing to do without AUTH_JWKS_URL. */
  refreshCallerKeys(): Promise<void>;
  /** SIGHUP: the service keys read again (a new signing key, public keys added or removed) and the caller keys fetched. */
  reload(): void;
}

/** `err` with its message said in `language`, when it was made from the catalogue. */
function saidIn(err: unknown, language: MessageLanguage): unknown {
  const said = rewordIn(err, language);
  if (said !== undefined) (err as Error).message = said;
  return err;
}

/** Apollo Gateway behind our HTTP handler: verifies the caller, signs for subgraphs. Built, not listening. */
export async function createGateway(options: GatewayOptions): Promise<GatewayServer> {
  const { log, metrics, limits } = options;
  const fetchDuration = metrics.histogram("ibz_subgraph_fetch_duration_seconds", "Gateway to subgraph fetch latency", ["subgraph", "outcome"]);
  const subgraphTokens = new SubgraphTokens(options.tokens);
  const fetcher = deduplicateInFlight(subgraphFetcher());
  // Development only: GraphiQL from node_modules as the landing page (production has none).
  const explorer = options.production ? null : loadExplorer(log);
  // Apollo Gateway otherwise probes cloud metadata endpoints at start and sends host figures to apollographql.com
  // (at start, hourly, at stop): a government service does not report to a vendor, and NetworkPolicies block it anyway.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: log,
    buildService: ({ name, url }) => {
      const subgraph = name as SubgraphName;
      return new MeasuredDataSource(subgraph, options.subgraphUrls[subgraph] ?? url ?? "", subgraphTokens, fetcher, fetchDuration, log);
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: log,
    ...apolloServerOptions(options.production),
    // Both run before the query planner: a refused operation never reaches a subgraph.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [requestLimitsRule(limits)],
    allowBatchedHttpRequests: false,
    plugins: [
      metrics.apolloPlugin<GatewayContext>(),
      requestLogPlugin<GatewayContext>(log),
      // Both refuse before the query planner, so no subgraph is called.
      operationResolution<GatewayContext>(),
      variableCost<GatewayContext>(limits),
      dateTimeCheck<GatewayContext>(),
      consistencyToken(),
      localisedErrorsPlugin<GatewayContext>(),
      explorer ? explorerLandingPage(explorer.html) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const refusals = metrics.counter("ibz_auth_refusals_total", "Caller tokens not accepted, by reason", ["reason"]);
  const identify = async (req: http.IncomingMessage, res: http.ServerResponse, requestId: string): Promise<Caller | null> => {
    const token = bearerToken(req);
    if (token === undefined) return null;
    try {
      return await options.verifyCaller(token);
    } catch (err) {
      if (err instanceof IdentityProviderUnavailable) {
        // The provider's outage, not the caller's token: a server-side fault the client may retry.
        refusals.inc({ reason: "provider_unavailable" });
        log.warn({ requestId, reason: err.message }, "caller token not checked: identity provider unavailable");
        res.setHeader("retry-after", "30");
        throw identityProviderUnavailable();
      }
      refusals.inc({ reason: refusalReason(err) });
      log.info({ requestId, reason: (err as Error).message }, "caller token refused");
      throw invalidToken(msg("auth.invalidToken"));
    }
  };
  const admit = requestRates(options.rates);

  const guard = requestGuard(limits);
  /** One id per client request: in the response header, every log line and every subgraph call. */
  const graphql = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const requestId = randomUUID();
    res.setHeader("x-request-id", requestId);
    const positions = decodeConsistencyToken(req.headers[CONSISTENCY_TOKEN_HEADER]);
    // Answers refused before execution keep the client's positions; Apollo's answers replace it with the request's (consistencyToken).
    res.setHeader(CONSISTENCY_TOKEN_HEADER, encodeConsistencyToken(positions));
    const started = performance.now();
    let result: GraphQLHttpResult;
    const observed: RequestObservation = {};
    let known: Caller | null = null;
    const acceptLanguage = req.headers["accept-language"];
    let language = requestLanguage(acceptLanguage, undefined);
    try {
      // Messages follow Accept-Language, else the token's locale (known once it is verified), else Dutch (lib/i18n).
      // No language scope (AsyncLocalStorage) around the request: it would slow every promise of the process. Errors
      // are said in the request's language once formatted (localisedErrorsPlugin), or here for one refused before.
      const caller = identify(req, res, requestId).catch((err: unknown) => {
        throw saidIn(err, requestLanguage(acceptLanguage, undefined));
      });
      known = await caller.catch(() => null);
      language = requestLanguage(acceptLanguage, known?.locale);
      // A refused token is answered by Apollo Server (UNAUTHENTICATED); its request counts against its address.
      await admit(known, req);
      const context = async () => ({ caller: await caller, requestId, language, positions, observed });
      result = await executeGraphQL(apollo, req, res, context, options.bodyLimitBytes, guard);
    } catch (err) {
      saidIn(err, language);
      if (err instanceof RateLimitedError) res.setHeader("retry-after", String(err.retryAfterSeconds));
      const ms = Math.round(performance.now() - started);
      if (err instanceof HttpError)
        log.warn({ requestId, ...requestLogFields(observed, known, err.status, ms, [err.code]), reason: err.message }, "request rejected");
      throw err;
    }
    const fields = { requestId, ...requestLogFields(observed, known, result.status, Math.round(performance.now() - started), bodyErrorCodes(result.body)) };
    if (result.status >= 400) log.warn(fields, "request rejected");
    else log.info(fields, "request");
  };

  const ready = subgraphReadiness(options.subgraphUrls, subgraphTokens, log);
  const servers = createServiceServers(
    // A client's traceparent is adopted only from a trusted proxy; anyone else's request starts a new trace.
    { ...options, service: "gateway", readiness: ready, adoptTraceContext: fromTrustedProxy(options.rates) },
    [
      { paths: GRAPHQL_PATHS, handle: withCors(options.corsOrigins, graphql) },
      annualReportRoute({ apollo, tokens: options.tokens, identify, admit, log }),
      ...(explorer?.routes ?? []),
    ],
    jwksAdminRoutes(options.verifyCaller.keys, options.metricsToken),
  );

  return {
    httpServer: servers.httpServer,
    metricsServer: servers.metricsServer,
    listen: servers.listen,
    async stop() {
      await servers.close();
      await apollo.stop();
    },
    refreshCallerKeys: async () => options.verifyCaller.keys?.refresh(true),
    reload() {
      reloadServiceKeys(options.tokens, log);
      void options.verifyCaller.keys?.refresh(true);
    },
  };
}
