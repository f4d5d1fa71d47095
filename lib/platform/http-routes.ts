import type http from "node:http";
import { HttpError, createHttpServer, sendJson } from "./http";
import type { Logger } from "./logger";
import { type Metrics, serveMetrics } from "./metrics";

/** What the gateway and every subgraph server are built with. */
export interface ServerOptions {
  production: boolean;
  log: Logger;
  /** This process's registry, served on /metrics. */
  metrics: Metrics;
  metricsToken?: string;
  hstsMaxAgeSeconds?: number;
  shutdownTimeoutMs: number;
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
  method?: "GET";
  handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void>;
}

export const GRAPHQL_PATHS = ["/", "/graphql"] as const;

export interface ServiceServerOptions extends ServerOptions {
  /** The name in the /health and /ready answers. */
  service: string;
  readiness: () => Promise<Readiness>;
}

/**
 * A process's HTTP server, not yet listening: /health (alive) and /ready for anyone,
 * /metrics for loopback or the metrics token, then the process's own routes; anything else is 404.
 */
export function createServiceServer(options: ServiceServerOptions, routes: readonly Route[]): http.Server {
  const { service, metrics, log } = options;
  const all: Route[] = [
    { paths: ["/health"], handle: async (_req, res) => sendJson(res, 200, { status: "ok", service }) },
    {
      paths: ["/ready"],
      handle: async (_req, res) => {
        const { ready, detail } = await options.readiness();
        sendJson(res, ready ? 200 : 503, { status: ready ? "ok" : "unavailable", service, ...detail });
      },
    },
    { paths: ["/metrics"], method: "GET", handle: (req, res) => serveMetrics(req, res, metrics, options.metricsToken) },
    ...routes,
  ];
  return createHttpServer(
    metrics.observeHttp(async (req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const route = all.find((r) => r.paths.includes(url.pathname) && (r.method === undefined || r.method === req.method));
      if (!route) throw new HttpError(404, "Not found", "NOT_FOUND");
      await route.handle(req, res, url);
    }),
    (err) => log.error({ err }, "request failed"),
    { hstsMaxAgeSeconds: options.hstsMaxAgeSeconds },
  );
}
