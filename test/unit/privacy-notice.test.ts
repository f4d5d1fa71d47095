import { DEFAULT_PRIVACY, loadConfig } from "../../lib/config";
import { Language } from "../../lib/domain/enums";
import { privacyNotice, shortPrivacyNotice } from "../../subgraphs/intake/privacy/notice";

describe("privacy notice", () => {
  it.each(Object.values(Language))("%s: every part filled in from the settings, no placeholder left", (language) => {
    const settings = { controller: "CONTROLLER-X", dpoContact: "dpo-x@example.be", noticeUrl: "https://example.be/privacy" };
    const notice = privacyNotice(language, settings);
    const all = JSON.stringify(notice);
    expect(all).not.toMatch(/\{(controller|dpo|url|years)\}/);
    expect(notice.controller).toContain("CONTROLLER-X");
    expect(notice.dataProtectionOfficer).toContain("dpo-x@example.be");
    expect(notice.howToExercise).toContain("dpo-x@example.be");
    expect(notice.rights.map((r) => r.right)).toEqual(["ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "COMPLAINT"]);
    expect(notice.retentionYears).toBeNull();
    expect(notice.sections).toHaveLength(7);
    const short = shortPrivacyNotice(language, settings);
    expect(short).toContain("CONTROLLER-X");
    expect(short).toContain("https://example.be/privacy");
    expect(short).toContain("dpo-x@example.be");
  });

  it("the retention says the years when RETENTION_YEARS is set, the archive selection list otherwise", () => {
    const unset = privacyNotice(Language.NL, DEFAULT_PRIVACY);
    expect(unset.retention).toContain("selectielijst");
    expect(unset.controller).toContain("FOD Binnenlandse Zaken, Leuvenseweg");
    expect(privacyNotice(Language.DE, DEFAULT_PRIVACY).controller).toContain("FÖD Inneres, Rue de Louvain");
    const set = privacyNotice(Language.EN, { ...DEFAULT_PRIVACY, retentionYears: 7 });
    expect(set.retention).toContain("for 7 years after");
    expect(set.retentionYears).toBe(7);
  });

  it("settings: FOD defaults, overrides, and refusals", () => {
    expect(loadConfig({}).privacy).toEqual(DEFAULT_PRIVACY);
    expect(loadConfig({ RETENTION_YEARS: "10", PRIVACY_DPO_CONTACT: "privacy@example.be" }).privacy).toMatchObject({
      retentionYears: 10,
      dpoContact: "privacy@example.be",
    });
    expect(() => loadConfig({ RETENTION_YEARS: "0" })).toThrow(/RETENTION_YEARS must be an integer between 1 and 100/);
    expect(() => loadConfig({ PRIVACY_NOTICE_URL: "ftp://x" })).toThrow(/PRIVACY_NOTICE_URL must be an http\(s\) URL/);
    expect(() => loadConfig({ PRIVACY_CONTROLLER: "a\nb" })).toThrow(/PRIVACY_CONTROLLER must be one line/);
  });
});
