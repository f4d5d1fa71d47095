import { loadConfig } from "../../lib/config";

/** What production needs besides (not read by the drain; only so that loadConfig accepts NODE_ENV=production). */
const PRODUCTION = {
  NODE_ENV: "production",
  AUTH_JWKS_URL: "https://idp.example.be/jwks",
  AUTH_ISSUER: "https://idp.example.be",
  SERVICE_KEYS_DIR: "/app/keys",
  MAIL_DIR: "/app/data/mail",
};

describe("SHUTDOWN_DRAIN_MS", () => {
  it("defaults to 5 s in production (a balancer polling /ready every 2 s sees two failures) and to 0 in development (nothing in front)", () => {
    expect(loadConfig(PRODUCTION).shutdownDrainMs).toBe(5_000);
    expect(loadConfig({}).shutdownDrainMs).toBe(0);
    expect(loadConfig({ ...PRODUCTION, SHUTDOWN_DRAIN_MS: "0" }).shutdownDrainMs).toBe(0);
    expect(loadConfig({ SHUTDOWN_DRAIN_MS: "750" }).shutdownDrainMs).toBe(750);
  });

  it("refuses a negative, fractional or over-two-minute drain", () => {
    for (const value of ["-1", "1.5", "120001", "soon"]) expect(() => loadConfig({ SHUTDOWN_DRAIN_MS: value })).toThrow(/SHUTDOWN_DRAIN_MS/);
  });
});
