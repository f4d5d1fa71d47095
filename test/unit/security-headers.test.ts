import { ConfigError, loadConfig } from "../../lib/config";
import { securityHeaders } from "../../lib/platform/http";

describe("security headers and HSTS_MAX_AGE", () => {
  it("HSTS_MAX_AGE is off by default and read as seconds", () => {
    expect(loadConfig({}).hstsMaxAgeSeconds).toBe(0);
    expect(loadConfig({ HSTS_MAX_AGE: "31536000" }).hstsMaxAgeSeconds).toBe(31_536_000);
  });

  it.each([["-1"], ["1.5"], ["a year"], ["63072001"]])("HSTS_MAX_AGE=%s is a configuration error naming the setting", (value) => {
    expect(() => loadConfig({ HSTS_MAX_AGE: value })).toThrow(ConfigError);
    expect(() => loadConfig({ HSTS_MAX_AGE: value })).toThrow(/HSTS_MAX_AGE must be an integer between 0 and 63072000/);
  });

  it("Strict-Transport-Security only with a max-age", () => {
    expect(securityHeaders()).toEqual({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "content-security-policy": "frame-ancestors 'none'",
      "referrer-policy": "no-referrer",
    });
    expect(securityHeaders({ hstsMaxAgeSeconds: 600 })["strict-transport-security"]).toBe("max-age=600");
  });
});
