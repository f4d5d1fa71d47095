import { loadConfig } from "../../lib/config";

describe("MAIL_CLAIM_MS", () => {
  it("defaults to 120 s, above the SMTP transport's 10 s connect and 30 s socket timeouts, so two replicas never send one letter at once", () => {
    expect(loadConfig({}).mail.claimMs).toBe(120_000);
    expect(loadConfig({ MAIL_CLAIM_MS: "15000" }).mail.claimMs).toBe(15_000);
  });

  it("refuses less than a second", () => {
    expect(() => loadConfig({ MAIL_CLAIM_MS: "999" })).toThrow(/MAIL_CLAIM_MS/);
  });
});
