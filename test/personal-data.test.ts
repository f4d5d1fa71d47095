import { citizenOwner } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok, procedure } from "./helpers/procedure";
import { useTestStack } from "./helpers/stack";

const LETTERS = `query($id: ID!) { complaint(id: $id) { letters { id kind language delivery text } } }`;
const NOTICE = `query($l: Language) { privacyNotice(language: $l) { language controller dataProtectionOfficer retention retentionYears rights { right } fullNoticeUrl sections { title } } }`;

describe.each(DATABASE_KINDS)("personal data: privacy notice [%s]", (kind) => {
  const settings = {
    PRIVACY_CONTROLLER: "FOD Binnenlandse Zaken (test controller)",
    PRIVACY_DPO_CONTACT: "dpo-test@ibz.example",
    PRIVACY_NOTICE_URL: "https://privacy.ibz.example/notice",
    RETENTION_YEARS: "12",
  };
  const t = useTestStack(kind, { env: settings });

  it("privacyNotice is public, in the language asked (NL by default), with the settings", async () => {
    const nl = ok(await t.query(NOTICE, {}, null)).privacyNotice;
    expect(nl.language).toBe("NL");
    expect(nl.controller).toContain(settings.PRIVACY_CONTROLLER);
    expect(nl.dataProtectionOfficer).toContain(settings.PRIVACY_DPO_CONTACT);
    expect(nl.retentionYears).toBe(12);
    expect(nl.retention).toContain("12 jaar");
    expect(nl.fullNoticeUrl).toBe(settings.PRIVACY_NOTICE_URL);
    expect(nl.rights.map((r: { right: string }) => r.right)).toEqual(["ACCESS", "RECTIFICATION", "ERASURE", "RESTRICTION", "COMPLAINT"]);
    const fr = ok(await t.query(NOTICE, { l: "FR" }, null)).privacyNotice;
    expect(fr.language).toBe("FR");
    expect(fr.retention).toContain("12 ans");
    expect(fr.sections[0].title).toBe("Qui traite vos données ?");
  });

  it.each(["NL", "FR", "DE", "EN"])("the acknowledgement letter in %s carries the short notice and where to read it in full", async (language) => {
    const step = procedure(t);
    const { id } = await step.filed({ language });
    await step.acknowledge(id);
    await t.settle();
    const letters = ok(await t.query(LETTERS, { id }, citizenOwner)).complaint.letters;
    const ack = letters.find((l: { kind: string }) => l.kind === "ACKNOWLEDGEMENT");
    expect(ack.language).toBe(language);
    expect(ack.text).toContain(settings.PRIVACY_CONTROLLER);
    expect(ack.text).toContain(settings.PRIVACY_DPO_CONTACT);
    expect(ack.text).toContain(settings.PRIVACY_NOTICE_URL);
    // In the complaint's language.
    const opening = { NL: "verwerkt uw gegevens enkel", FR: "traite vos données uniquement", DE: "verarbeitet Ihre Daten nur", EN: "processes your data only" };
    expect(ack.text).toContain(opening[language as keyof typeof opening]);
  });
});
