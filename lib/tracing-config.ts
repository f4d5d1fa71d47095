/** OpenTelemetry traces: on only when OTEL_EXPORTER_OTLP_ENDPOINT is set (README, "Traces"). Read by loadConfig and by the preload. */
export interface TracingConfig {
  /** The OTLP/HTTP collector's base URL; spans go to `<endpoint>/v1/traces`. */
  endpoint: string;
  /** OTEL_SERVICE_NAME, else `ibz-<process>` (gateway, intake, directorates, escalation, or stack for `npm start`). */
  serviceName?: string;
}

/** The OTLP protocols the installed exporter speaks (@opentelemetry/exporter-trace-otlp-http: JSON over HTTP). */
const PROTOCOLS = new Set(["http/json"]);

/** The tracing settings, or undefined when off; `problems` receives what is wrong (the preload then stays off and loadConfig refuses to start). */
export function tracingConfig(env: NodeJS.ProcessEnv, problems: string[] = []): TracingConfig | undefined {
  const before = problems.length;
  // The exporter would prefer it and send spans there even with the base URL unset: one setting, one meaning.
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)
    problems.push("set OTEL_EXPORTER_OTLP_ENDPOINT (the collector's base URL), not OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return undefined;
  try {
    const url = new URL(endpoint);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error();
  } catch {
    problems.push(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  }
  for (const name of ["OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"]) {
    const protocol = env[name];
    if (protocol && !PROTOCOLS.has(protocol)) problems.push(`${name} must be http/json (the exporter installed), got "${protocol}"`);
  }
  const serviceName = env.OTEL_SERVICE_NAME || undefined;
  if (serviceName !== undefined && !/^[\w.-]{1,100}$/.test(serviceName))
    problems.push(`OTEL_SERVICE_NAME may hold letters, digits, . _ - only, got "${serviceName}"`);
  return problems.length > before ? undefined : { endpoint, serviceName };
}
