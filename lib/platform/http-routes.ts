import type http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { Drain } from "./drain";
import { HttpError, close, createHttpServer, listen, sendJson, type RequestHandler } from "./http";
import type { Logger } from "./logger";
import { type Metrics, serveMetrics } from "./metrics";
import { tracedRequests } from "./spans";

/** What the gateway and every subgraph server are built with. */
export interface ServerOptions {
  production: boolean;
  log: Logger;
  /** This process's registry, served on /metrics. */
  metrics: Metrics;
  metricsToken?: string;
  /** Serve /metrics on this port alone, not on the main one (METRICS_PORT); 0 = any free port. */
  metricsPort?: number;
  hstsMaxAgeSeconds?: number;
  shutdownTimeoutMs: number;
  /** How long a stopping server keeps serving with /ready at 503 before it closes its listener (SHUTDOWN_DRAIN_MS); 0 when absent. */
  shutdownDrainMs?: number;
  bodyLimitBytes: number;
}

/** Whether the process can serve now; `detail` is added to the /ready answer. */
export interface Readiness {
  ready: boolean;
  detail?: Record<string, unknown>;
}

export interface Route {
  paths: readonly string[];
  /** Only this method; any method when absent. */
  method?: "GET" | "POST";
  /** Also every path that starts with this (`/reports/annual/`): the route parses the rest. */
  prefix?: string;
  handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void>;
}

export const GRAPHQL_PATHS = ["/", "/graphql"] as const;

export interface ServiceServerOptions extends ServerOptions {
  /** The name in the /health and /ready answers. */
  service: string;
  readiness: () => Promise<Readiness>;
  /** Whether a request's W3C `traceparent` is adopted (lib/platform/spans.ts); every request's by default. */
  adoptTraceContext?: (req: http.IncomingMessage) => boolean;
}

/**
 * A process's HTTP server, not yet listening: /health (alive) and /ready for anyone,
 * /metrics for loopback or the metrics token (unless it has its own port), then the process's own routes; anything else is 404.
 */
function createServiceServer(options: ServiceServerOptions, routes: readonly Route[], drain: Drain): http.Server {
  const { service, metrics, log } = options;
  const all: Route[] = [
    { paths: ["/health"], handle: async (_req, res) => sendJson(res, 200, { status: "ok", service }) },
    {
      paths: ["/ready"],
      handle: async (_req, res) => {
        // A stopping process says so at once, whatever its dependencies: the load balancer is to stop sending here.
        if (drain.stopping) return sendJson(res, 503, { status: "stopping", service });
        const { ready, detail } = await options.readiness();
        sendJson(res, ready ? 200 : 503, { status: ready ? "ok" : "unavailable", service, ...detail });
      },
    },
    ...(options.metricsPort === undefined ? [metricsRoute(options)] : []),
    ...routes,
  ];
  const traced = tracedRequests(service, GRAPHQL_PATHS, options.adoptTraceContext ?? (() => true), router(all));
  return createHttpServer(metrics.observeHttp(traced), (err, res) => log.error({ err, requestId: res.getHeader("x-request-id") }, "request failed"), {
    hstsMaxAgeSeconds: options.hstsMaxAgeSeconds,
  });
}

const metricsRoute = (options: ServerOptions): Route => ({
  paths: ["/metrics"],
  method: "GET",
  handle: (req, res) => serveMetrics(req, res, options.metrics, options.metricsToken),
});

function router(routes: readonly Route[]): RequestHandler {
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = routes.find(
      (r) =>
        (r.paths.includes(url.pathname) || (r.prefix !== undefined && url.pathname.startsWith(r.prefix))) &&
        (r.method === undefined || r.method === req.method),
    );
    if (!route) throw new HttpError(404, "Not found", "NOT_FOUND");
    await route.handle(req, res, url);
  };
}

/** A process's servers: the main one, and one serving /metrics alone when `metricsPort` is set. */
export interface ServiceServers {
  httpServer: http.Server;
  metricsServer?: http.Server;
  /** Listens on `port` (and the metrics port); resolves to the main server's URL. */
  listen: (port: number, host: string) => Promise<string>;
  /**
   * Stops the main server: serves on for shutdownDrainMs with /ready at 503 and keep-alive ending (lib/platform/drain.ts), then closes
   * its listener and lets the requests in flight finish (within shutdownTimeoutMs); the metrics server closes last.
   */
  close: () => Promise<void>;
}

export function createServiceServers(options: ServiceServerOptions, routes: readonly Route[], operatorRoutes: readonly Route[] = []): ServiceServers {
  const { metricsPort } = options;
  // The operator's routes go where /metrics goes: with METRICS_PORT, off the public port.
  const drain = new Drain();
  const httpServer = createServiceServer(options, metricsPort === undefined ? [...routes, ...operatorRoutes] : routes, drain);
  drain.attach(httpServer);
  const metricsServer =
    metricsPort === undefined
      ? undefined
      : createHttpServer(router([metricsRoute(options), ...operatorRoutes]), (err) => options.log.error({ err }, "metrics request failed"), {
          hstsMaxAgeSeconds: options.hstsMaxAgeSeconds,
        });
  return {
    httpServer,
    metricsServer,
    listen: async (port, host) => {
      if (metricsServer) await listen(metricsServer, metricsPort as number, host);
      return listen(httpServer, port, host);
    },
    close: async () => {
      drain.begin();
      if (options.shutdownDrainMs) await sleep(options.shutdownDrainMs);
      await Promise.all([close(httpServer, options.shutdownTimeoutMs), metricsServer && close(metricsServer, 0)]);
    },
  };
}
