import { timingSafeEqual } from "node:crypto";
import type http from "node:http";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { responseErrorCodes, sentErrors } from "../graphql/request-log";
import { HttpError, type RequestHandler } from "./http";

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** The suffix Apollo Gateway adds to the name of each subgraph fetch of an operation: `Name__intake__0`. */
const SUBGRAPH_FETCH_SUFFIX = /__[a-z]+__\d+$/;
const ROUTES = new Set(["/", "/graphql", "/health", "/ready", "/metrics", "/internal/events", "/internal/ready"]);

/** One process's (one server's) Prometheus registry and the metrics every server has. No personal data in labels. */
export class Metrics {
  readonly registry = new Registry();
  private readonly httpRequests: Counter<"route" | "status">;
  private readonly requests: Counter<"operation">;
  private readonly errors: Counter<"operation" | "code">;
  private readonly duration: Histogram<"operation">;

  /** `operations`: the names labelled as themselves (operation-names.ts); any other is `other`. */
  constructor(
    readonly service: string,
    private readonly operations: ReadonlySet<string> = new Set(),
  ) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: "ibz_" });
    this.httpRequests = this.counter("ibz_http_requests_total", "HTTP requests by route and status", ["route", "status"]);
    this.requests = this.counter("ibz_graphql_requests_total", "GraphQL requests by operation name", ["operation"]);
    this.errors = this.counter("ibz_graphql_errors_total", "GraphQL errors by operation name and code", ["operation", "code"]);
    this.duration = this.histogram("ibz_graphql_request_duration_seconds", "GraphQL request latency by operation name", ["operation"]);
  }

  counter<L extends string>(name: string, help: string, labelNames: L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  histogram<L extends string>(name: string, help: string, labelNames: L[], buckets = LATENCY_BUCKETS): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  /** A gauge; `collect` (may be async) sets its values at each scrape. */
  gauge<L extends string>(name: string, help: string, labelNames: L[], collect?: (gauge: Gauge<L>) => void | Promise<void>): Gauge<L> {
    const gauge: Gauge<L> = new Gauge({ name, help, labelNames, registers: [this.registry], ...(collect ? { collect: () => collect(gauge) } : {}) });
    return gauge;
  }

  /** `anonymous`, a known operation's name (a subgraph fetch by the name of its operation), or `other`. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    const operation = name.replace(SUBGRAPH_FETCH_SUFFIX, "");
    return this.operations.has(operation) ? operation : "other";
  }

  /** Requests, errors and latency per operation; `invalid` for what did not parse or validate. Errors are counted by the code the client reads (after formatError). */
  apolloPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => {
        const end = this.duration.startTimer();
        let operation = "invalid";
        return {
          didResolveOperation: async (request) => {
            operation = this.operationLabel(request.operationName);
          },
          willSendResponse: async (request) => {
            for (const code of responseErrorCodes(sentErrors(request))) this.errors.inc({ operation, code });
            this.requests.inc({ operation });
            end({ operation });
          },
        };
      },
    };
  }

  /** Counts every HTTP response by route and status. */
  observeHttp(handler: RequestHandler): RequestHandler {
    return (req, res) => {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      const route = ROUTES.has(path) ? path : "other";
      res.once("finish", () => this.httpRequests.inc({ route, status: String(res.statusCode) }));
      return handler(req, res);
    };
  }
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** The operator's access rule (/metrics, the gateway's /admin/*): a loopback client, or `Bearer <METRICS_TOKEN>` when that is set. */
export function isOperator(req: http.IncomingMessage, token?: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
  const tokenOk = token !== undefined && presented !== undefined && sameSecret(presented, token);
  return tokenOk || LOOPBACK.has(req.socket.remoteAddress ?? "");
}

/**
 * GET /metrics in the Prometheus text format, for loopback clients, or for
 * anyone presenting `Bearer <METRICS_TOKEN>` when that is set.
 */
export async function serveMetrics(req: http.IncomingMessage, res: http.ServerResponse, metrics: Metrics, token?: string): Promise<void> {
  if (!isOperator(req, token)) throw new HttpError(403, "Metrics are not public", "FORBIDDEN");
  const body = await metrics.registry.metrics();
  res.writeHead(200, { "content-type": metrics.registry.contentType });
  res.end(body);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
