import { loadConfig, type ConfigError } from "../../lib/config";

const problems = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    return (err as ConfigError).problems;
  }
};

describe("observability settings are validated with the rest of the configuration", () => {
  it("traces are off without OTEL_EXPORTER_OTLP_ENDPOINT, on with an http(s) URL", () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SERVICE_NAME: "ibz-gw" }).tracing).toEqual({
      endpoint: "http://collector:4318",
      serviceName: "ibz-gw",
    });
  });

  it("refuses an endpoint that is not http(s), a protocol the exporter does not speak, the per-signal endpoint, a service name with spaces", () => {
    expect(problems({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toEqual([
      expect.stringMatching(/^OTEL_EXPORTER_OTLP_ENDPOINT must be an http\(s\) URL/),
    ]);
    expect(problems({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4317", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" })).toEqual([
      expect.stringMatching(/^OTEL_EXPORTER_OTLP_PROTOCOL must be http\/json/),
    ]);
    expect(problems({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://c:4318/v1/traces" })).toEqual([
      expect.stringMatching(/not OTEL_EXPORTER_OTLP_TRACES_ENDPOINT/),
    ]);
    expect(problems({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_SERVICE_NAME: "my service" })).toEqual([expect.stringMatching(/^OTEL_SERVICE_NAME/)]);
  });

  it("APP_COMMIT: a commit id, or refused", () => {
    expect(loadConfig({ APP_COMMIT: "5d0813f" }).appCommit).toBe("5d0813f");
    expect(problems({ APP_COMMIT: "x y" })).toEqual([expect.stringMatching(/^APP_COMMIT must be a commit id/)]);
  });
});
