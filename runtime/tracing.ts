import path from "node:path";
import { tracingConfig } from "../lib/tracing-config";
import type * as TracingSdkModule from "../lib/platform/tracing-sdk";
import type { TracingSdk } from "../lib/platform/tracing-sdk";
import { enableSpans } from "../lib/platform/spans";

/**
 * The first import of every entry point (gateway/index.ts, subgraphs/<name>/index.ts, scripts/start.ts): the
 * OpenTelemetry SDK patches modules (http, mysql2) as they are required, so it must start before anything
 * loads them; a later start would leave them uninstrumented. ES imports run in order, so being the first
 * import is enough (no --require flag to forget in the Dockerfile, compose or the manifests).
 * With OTEL_EXPORTER_OTLP_ENDPOINT unset nothing is loaded: @opentelemetry/api's calls stay no-ops.
 * Invalid settings leave tracing off here; loadConfig (runtime/main.ts) then refuses to start and names them.
 */
const settings = tracingConfig(process.env);

/** `gateway`, `intake`, …, or `stack` for `npm start`: from the entry script's place under dist/. */
function processName(): string {
  const entry = require.main?.filename ?? "";
  const base = path.basename(entry, ".js");
  return base === "index" ? path.basename(path.dirname(entry)) : base === "start" ? "stack" : base;
}

let sdk: TracingSdk | undefined;
if (settings) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK's module only when traces are on
  const { startTracingSdk } = require("../lib/platform/tracing-sdk") as typeof TracingSdkModule;
  sdk = startTracingSdk(settings, settings.serviceName ?? `ibz-${processName()}`);
  enableSpans();
}

/** Exports what is buffered; runtime/main.ts calls it once the servers have stopped. */
export async function stopTracing(): Promise<void> {
  await sdk?.shutdown();
}
