import { ConfigError, loadConfig } from "../../lib/config";
import { corsPolicy } from "../../gateway/cors";

const APP = "https://app.example.be";
const preflight = (origin?: string) => ({
  method: "OPTIONS",
  headers: { ...(origin ? { origin } : {}), "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
});
const post = (origin?: string) => ({ method: "POST", headers: origin ? { origin } : {} });

describe("CORS_ORIGINS", () => {
  it("is empty by default (same origin only) and read as a comma-separated list of exact origins", () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: "" }).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ` ${APP} ,http://localhost:5173,` }).corsOrigins).toEqual([APP, "http://localhost:5173"]);
  });

  it.each([
    ["*"],
    ["null"],
    ["app.example.be"],
    [`${APP}/`],
    [`${APP}/app`],
    ["https://App.example.be"],
    ["https://app.example.be:443"],
    ["ftp://app.example.be"],
    [`${APP}?x=1`],
  ])("%s is a configuration error naming the setting", (value) => {
    expect(() => loadConfig({ CORS_ORIGINS: `http://localhost:5173,${value}` })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(`CORS_ORIGINS entries must be exact origins like https://app.example.be`);
  });
});

describe("corsPolicy", () => {
  const decide = corsPolicy([APP]);

  it("answers an allowed origin's preflight: 204, that origin, GET and POST, the four headers, the exposed headers, a max-age, no credentials", () => {
    expect(decide(preflight(APP))).toEqual({
      preflight: true,
      status: 204,
      headers: {
        vary: "Origin",
        "access-control-allow-origin": APP,
        "access-control-allow-methods": "GET, POST",
        "access-control-allow-headers": "content-type, authorization, apollo-require-preflight, x-consistency-token, accept-language",
        "access-control-expose-headers": "x-request-id, x-consistency-token",
        "access-control-max-age": "600",
      },
    });
  });

  it("refuses any other origin's preflight, with no grant", () => {
    for (const origin of ["https://other.example.be", "http://app.example.be", `${APP}:8443`, "null"]) {
      expect(decide(preflight(origin))).toEqual({ preflight: true, status: 403, headers: { vary: "Origin" } });
    }
  });

  it("grants an allowed origin's requests and exposes the headers; other and same-origin requests get only Vary", () => {
    expect(decide(post(APP))).toEqual({
      preflight: false,
      headers: { vary: "Origin", "access-control-allow-origin": APP, "access-control-expose-headers": "x-request-id, x-consistency-token" },
    });
    expect(decide(post("https://other.example.be"))).toEqual({ preflight: false, headers: { vary: "Origin" } });
    expect(decide(post())).toEqual({ preflight: false, headers: { vary: "Origin" } });
  });

  it("an OPTIONS that is not a preflight (no Origin or no Access-Control-Request-Method) goes on to the GraphQL server", () => {
    expect(decide({ method: "OPTIONS", headers: { origin: APP } }).preflight).toBe(false);
    expect(decide(preflight()).preflight).toBe(false);
  });

  it("without CORS_ORIGINS nothing is granted and the answers do not vary by origin", () => {
    const none = corsPolicy([]);
    expect(none(preflight(APP))).toEqual({ preflight: true, status: 403, headers: {} });
    expect(none(post(APP))).toEqual({ preflight: false, headers: {} });
  });
});
