/* eslint-disable @typescript-eslint/no-require-imports -- loaded only when traces are on: off costs no SDK in memory */
import { SpanKind } from "@opentelemetry/api";
import type { Sampler } from "@opentelemetry/sdk-trace";
// Types only (erased): the modules themselves are required inside startTracingSdk.
import type * as SdkNode from "@opentelemetry/sdk-node";
import type * as OtlpHttp from "@opentelemetry/exporter-trace-otlp-http";
import type * as SdkTrace from "@opentelemetry/sdk-trace";
import type * as InstrumentationHttp from "@opentelemetry/instrumentation-http";
import type * as InstrumentationMysql2 from "@opentelemetry/instrumentation-mysql2";
import type { TracingConfig } from "../tracing-config";

export interface TracingSdk {
  /** Exports the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * The OpenTelemetry Node SDK with OTLP/HTTP (JSON) export. HTTP instrumentation covers the outgoing calls (the
 * gateway's subgraph fetches carry `traceparent`); incoming requests get their span from lib/platform/spans.ts,
 * which decides whether the caller's `traceparent` is adopted (TRUSTED_PROXIES). MySQL statements get theirs from
 * the mysql2 instrumentation, SQLite statements from spans.ts's query runner wrapper.
 */
export function startTracingSdk(settings: TracingConfig, serviceName: string): TracingSdk {
  const { NodeSDK } = require("@opentelemetry/sdk-node") as typeof SdkNode;
  const { OTLPTraceExporter } = require("@opentelemetry/exporter-trace-otlp-http") as typeof OtlpHttp;
  const { HttpInstrumentation } = require("@opentelemetry/instrumentation-http") as typeof InstrumentationHttp;
  const { MySQL2Instrumentation } = require("@opentelemetry/instrumentation-mysql2") as typeof InstrumentationMysql2;
  const { ParentBasedSampler, SamplingDecision } = require("@opentelemetry/sdk-trace") as typeof SdkTrace;
  // A trace starts at a request or an event's application, never at a lone SQL statement or HTTP call: the
  // background loops' polls (feed cursors, the letter queue) would otherwise make a trace of every statement.
  const roots: Sampler = {
    shouldSample: (_context, _traceId, _name, kind) => ({
      decision: kind === SpanKind.CLIENT ? SamplingDecision.NOT_RECORD : SamplingDecision.RECORD_AND_SAMPLED,
    }),
    toString: () => "IbzRootSampler",
  };
  const sdk = new NodeSDK({
    serviceName,
    sampler: new ParentBasedSampler({ root: roots }),
    // Batched (OTEL_BSP_* tune it); shutdown() exports what is left.
    traceExporter: new OTLPTraceExporter({ url: `${settings.endpoint.replace(/\/$/, "")}/v1/traces` }),
    instrumentations: [
      // Outgoing only, and only within a traced request: feed polls and health checks start no trace of their own.
      new HttpInstrumentation({ disableIncomingRequestInstrumentation: true, requireParentforOutgoingSpans: true }),
      new MySQL2Instrumentation(),
    ],
  });
  sdk.start();
  return sdk;
}
