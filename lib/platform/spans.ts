import type http from "node:http";
import {
  INVALID_SPAN_CONTEXT,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  propagation,
  trace,
  type Attributes,
  type Link,
  type Span,
} from "@opentelemetry/api";
import type { DataSource, QueryRunner } from "typeorm";
import type { RequestHandler } from "./http";

/**
 * Spans through @opentelemetry/api only: without the SDK (OTEL_EXPORTER_OTLP_ENDPOINT unset, runtime/tracing.ts)
 * every call here is a no-op of the API's, and nothing of the SDK is loaded.
 */
const tracer = () => trace.getTracer("ibz-complaints");

let enabled = false;
const NO_SPAN = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/** Called by runtime/tracing.ts once the SDK runs; until then (and in tests without it) no span is even started. */
export function enableSpans(): void {
  enabled = true;
}

export const spansEnabled = () => enabled;

/** Runs `fn` in a new active span named `name`, ended (with an error status on a throw) when `fn` settles. */
export function inSpan<T>(name: string, options: { kind?: SpanKind; attributes?: Attributes; links?: Link[] }, fn: (span: Span) => Promise<T>): Promise<T> {
  if (!enabled) return fn(NO_SPAN);
  return tracer().startActiveSpan(name, options, async (span) => {
    try {
      return await fn(span);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw err;
    } finally {
      span.end();
    }
  });
}

/**
 * One SERVER span per GraphQL request of `service` (`paths`; the polled routes, /health, /ready, /metrics and the
 * event feed, would bury them).  The caller's W3C `traceparent` is adopted only when `adopt(req)`
 * says so (the gateway: a peer among TRUSTED_PROXIES); otherwise the request starts a new trace, so a client
 * cannot attach its requests to someone else's trace or choose the ids operators search by.
 */
export function tracedRequests(
  service: string,
  paths: readonly string[],
  adopt: (req: http.IncomingMessage) => boolean,
  handler: RequestHandler,
): RequestHandler {
  if (!enabled) return handler;
  return (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (!paths.includes(path)) return handler(req, res);
    const parent = adopt(req) ? propagation.extract(ROOT_CONTEXT, req.headers) : ROOT_CONTEXT;
    const attributes = { "ibz.service": service, "http.request.method": req.method ?? "GET", "url.path": path };
    return context.with(parent, () =>
      inSpan(`${req.method} ${path}`, { kind: SpanKind.SERVER, attributes }, async (span) => {
        res.once("finish", () => {
          span.setAttribute("http.response.status_code", res.statusCode);
          if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        });
        await handler(req, res);
      }),
    );
  };
}

/** Adds to the span of the request being handled (the GraphQL operation's name, the request id). */
export function describeRequestSpan(attributes: Attributes): void {
  trace.getActiveSpan()?.setAttributes(attributes);
}

/** The active span as a W3C `traceparent`, for an outbox event to carry to its consumers; undefined when not tracing. */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** A link to the span a `traceparent` names (the request that produced an event); none when absent or invalid. */
export function linkTo(traceparent: string | undefined): Link[] {
  if (!traceparent) return [];
  const spanContext = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, { traceparent }));
  return spanContext && trace.isSpanContextValid(spanContext) ? [{ context: spanContext }] : [];
}

const TRACED = Symbol("traced statements");

/**
 * A span per SQL statement of a SQLite DataSource (MySQL's come from the mysql2 instrumentation): each query
 * runner TypeORM creates has its `query` wrapped. The statement's text is recorded, never its parameters.
 */
export function traceSqliteStatements(dataSource: DataSource, service: string): void {
  if (!enabled || dataSource.options.type !== "better-sqlite3") return;
  const driver = dataSource.driver as { createQueryRunner: (mode: "master" | "slave") => QueryRunner };
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode) as QueryRunner & { [TRACED]?: true };
    if (runner[TRACED]) return runner;
    runner[TRACED] = true;
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    (runner as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args) => {
      const text = String(args[0]);
      const attributes = { "ibz.service": service, "db.system.name": "sqlite", "db.query.text": text };
      return inSpan(text.trimStart().split(/\s/, 1)[0].toUpperCase(), { kind: SpanKind.CLIENT, attributes }, () => query(...args));
    };
    return runner;
  };
}
