import { central, citizenOwner, coordinatorOther, coordinatorOwn, otherCitizen, paperInput } from "./helpers/callers";
import { DATABASE_KINDS, type DatabaseKind } from "./helpers/databases";
import { Letter } from "../subgraphs/intake/letters/letter.entity";
import { ok, procedure, snapshot } from "./helpers/procedure";
import { codeIn, mailTo, startSmtp, type TestSmtp, type TestSmtpOptions } from "./helpers/smtp";
import { codes, startTestStack, useTestStack, type TestStack } from "./helpers/stack";
import { hooked } from "./helpers/hooked";
import { EXPORT, FLAG, UPDATE } from "./helpers/personal-data";

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

const MAIL_LETTERS = `query($id: ID!) { complaint(id: $id) { letters { kind delivery sentAt waitingForConfirmation text } } }`;
const TRAIL = `query($id: ID!) { auditTrail(complaintId: $id) { complaint { action what actorRole } } }`;

/** A suite's stack that mails through a real SMTP server of its own (`smtp` options: refusals), with `env`. */
function useMailingStack(kind: DatabaseKind, smtpOptions: TestSmtpOptions = {}, env: NodeJS.ProcessEnv = {}) {
  let smtp: TestSmtp | undefined;
  let t: TestStack | undefined;
  beforeAll(async () => {
    smtp = await startSmtp(0, smtpOptions);
    t = await startTestStack(kind, { env: { SMTP_URL: smtp.url, ...env } });
  });
  afterAll(async () => {
    await t?.stop();
    await smtp?.close();
  });
  return { t: hooked("beforeAll", () => t), smtp: hooked("beforeAll", () => smtp) };
}

describe.each(DATABASE_KINDS)("personal data: rectification [%s]", (kind) => {
  const { t, smtp } = useMailingStack(kind);
  const letters = async (id: string) => ok(await t.query(MAIL_LETTERS, { id }, central)).complaint.letters;

  it("the owner corrects the e-mail address: a code goes there, letters wait for it, then go to the new address, not the old", async () => {
    const step = procedure(t);
    const { id } = await step.filed();
    await t.settle();
    const fresh = `an.rectified.${kind}@example.org`;
    const updated = ok(await t.query(UPDATE, { id, input: { email: fresh, name: "An Peeters-Claes" } }, citizenOwner)).updateComplainant;
    expect(updated.complainant).toMatchObject({ name: "An Peeters-Claes", email: fresh, kind: "PERSON" });
    expect(updated.emailAddressConfirmed).toBe(false);
    await t.settle();
    const [codeMail] = mailTo(smtp, fresh);
    expect(codeIn(codeMail)).toMatch(/^\d{6}$/);

    await step.acknowledge(id);
    await t.settle();
    const ack = (await letters(id)).find((l: { kind: string }) => l.kind === "ACKNOWLEDGEMENT");
    expect(ack).toMatchObject({ delivery: "EMAIL", sentAt: null, waitingForConfirmation: true });
    expect(ack.text).toContain("An Peeters-Claes");
    expect(mailTo(smtp, fresh)).toHaveLength(1);

    ok(
      await t.query(`mutation($id: ID!, $code: String!) { confirmEmail(complaintId: $id, code: $code) { id } }`, { id, code: codeIn(codeMail) }, citizenOwner),
    );
    await t.settle();
    const delivered = mailTo(smtp, fresh);
    expect(delivered.map((m) => m.subject)).toEqual([expect.any(String), expect.stringMatching(/Ontvangstbevestiging/)]);
    expect(
      mailTo(smtp, "an@example.be")
        .filter((m) => /Ontvangstbevestiging/.test(m.subject ?? ""))
        .map((m) => m.text),
    ).not.toContainEqual(expect.stringContaining("An Peeters-Claes"));
    const trail = ok(await t.query(TRAIL, { id }, central)).auditTrail.complaint;
    expect(trail).toContainEqual({ action: "CHANGE", what: "updateComplainant", actorRole: "citizen" });
  });

  it("the owner changing back to the address their identity proves needs no code", async () => {
    const step = procedure(t);
    const { id } = await step.filed({ complainant: { kind: "PERSON", name: "An Peeters", email: `an.other.${kind}@example.org` } });
    const back = ok(await t.query(UPDATE, { id, input: { email: "an@example.be" } }, citizenOwner)).updateComplainant;
    expect(back.emailAddressConfirmed).toBe(true);
  });

  it("a letter still waiting for the old, unconfirmed address goes to the corrected one once that is proven", async () => {
    const step = procedure(t);
    const old = `an.typo.${kind}@example.org`;
    const { id } = await step.filed({ complainant: { kind: "PERSON", name: "An Peeters", email: old } });
    await step.acknowledge(id);
    await t.settle();
    expect((await letters(id)).find((l: { kind: string }) => l.kind === "ACKNOWLEDGEMENT")).toMatchObject({ waitingForConfirmation: true, sentAt: null });
    const sentBefore = mailTo(smtp, "an@example.be").length;
    // The identity proves the corrected address: the waiting letter goes there now.
    ok(await t.query(UPDATE, { id, input: { email: "an@example.be" } }, citizenOwner));
    await t.settle();
    expect((await letters(id)).find((l: { kind: string }) => l.kind === "ACKNOWLEDGEMENT")).toMatchObject({
      waitingForConfirmation: false,
      sentAt: expect.any(String),
    });
    expect(mailTo(smtp, "an@example.be")).toHaveLength(sentBefore + 1);
    expect(mailTo(smtp, old).filter((m) => /Ontvangstbevestiging/.test(m.subject ?? ""))).toEqual([]);
  });

  it("staff correct a paper complainant on a written request; later letters use the new data", async () => {
    const step = procedure(t);
    const c = await step.register(paperInput());
    await t.settle();
    const input = { name: "Marie Dubois-Lambert", postalAddress: "Rue Neuve 7, 1000 Bruxelles", phone: "+32 2 555 12 34" };
    const updated = ok(await t.query(UPDATE, { id: c.id, input }, coordinatorOwn)).updateComplainant;
    expect(updated.complainant).toEqual({ kind: "PERSON", organisation: null, email: null, ...input });
    await step.acknowledge(c.id);
    await t.settle();
    const ack = (await letters(c.id)).find((l: { kind: string }) => l.kind === "ACKNOWLEDGEMENT");
    expect(ack.delivery).toBe("PAPER");
    expect(ack.text).toContain("Marie Dubois-Lambert\nRue Neuve 7, 1000 Bruxelles");
    expect(ack.text).not.toContain("Rue Haute");
    const byCentral = ok(await t.query(UPDATE, { id: c.id, input: { organisation: "ASBL Exemple" } }, central)).updateComplainant;
    expect(byCentral.complainant.organisation).toBe("ASBL Exemple");
    const trail = ok(await t.query(TRAIL, { id: c.id }, central)).auditTrail.complaint;
    expect(trail.filter((e: { what: string }) => e.what === "updateComplainant").map((e: { actorRole: string }) => e.actorRole)).toEqual([
      "coordinator",
      "central-service",
    ]);
  });

  it("outside the caller's scope: NOT_FOUND, the same as for a complaint that does not exist; nothing changes", async () => {
    const { id } = await procedure(t).filed();
    const before = await snapshot(t);
    for (const who of [coordinatorOther, otherCitizen]) {
      for (const target of [id, "00000000-0000-4000-8000-000000000000"]) {
        const r = await t.query(UPDATE, { id: target, input: { phone: "0470 12 34 56" } }, who);
        expect(codes(r)).toEqual(["NOT_FOUND"]);
      }
    }
    expect(await snapshot(t)).toEqual(before);
  });

  it("checked as at filing: refused input changes nothing", async () => {
    const { id } = await procedure(t).filed();
    const before = await snapshot(t);
    const refused = async (input: Record<string, unknown>) => {
      const r = await t.query(UPDATE, { id, input }, citizenOwner);
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
      return (r.errors![0].extensions!.fieldErrors as { path: string; code: string }[] | undefined)?.map((e) => [e.path, e.code]);
    };
    expect(await refused({ email: "not an address" })).toEqual([["email", "INVALID_EMAIL"]]);
    expect(await refused({ phone: "call me" })).toEqual([["phone", "INVALID_PHONE"]]);
    expect(await refused({ name: "   " })).toEqual([["name", "REQUIRED"]]);
    expect(await refused({ name: null })).toEqual([["name", "REQUIRED"]]);
    expect(await refused({ email: null })).toEqual([["postalAddress", "CONTACT_REQUIRED"]]);
    expect(await refused({})).toBeUndefined();
    expect(await snapshot(t)).toEqual(before);
  });

  it("an anonymous registration has no complainant to correct: CONFLICT", async () => {
    const c = await procedure(t).register(paperInput({ complainant: null }));
    const r = await t.query(UPDATE, { id: c.id, input: { name: "Someone" } }, central);
    expect(codes(r)).toEqual(["CONFLICT"]);
  });
});

const STATUS = `query($id: ID!) { complaint(id: $id) { letters { id kind delivery status sentAt emailFailedAt postedAt } } }`;
const POSTED = `mutation($id: ID!, $at: DateTime!) { markLetterPosted(letterId: $id, postedAt: $at) { id status postedAt } }`;

describe.each(DATABASE_KINDS)("personal data: letters fall back to post [%s]", (kind) => {
  /** 550 (refused for good) for addresses with "refused", 451 (try later) for those with "busy". */
  const refuse = (address: string) => (address.includes("refused") ? 550 : address.includes("busy") ? 451 : null);
  const { t, smtp } = useMailingStack(kind, { refuse }, { LETTER_EMAIL_MAX_ATTEMPTS: "3", MAIL_RETRY_MS: "1000" });
  /** A citizen whose identity proves `email`, so letters are e-mailed at once. */
  const citizen = (email: string) => ({ sub: `citizen-${email}`, role: "citizen" as const, email, emailVerified: true });
  const ackOf = async (id: string) => ok(await t.query(STATUS, { id }, central)).complaint.letters.find((l: { kind: string }) => l.kind === "ACKNOWLEDGEMENT");
  async function acknowledged(email: string, postalAddress: string | null) {
    const step = procedure(t);
    const { id } = await step.filed({ complainant: { kind: "PERSON", name: "Piet Smet", email, postalAddress } }, citizen(email));
    await step.acknowledge(id);
    await t.settle();
    return id;
  }

  it("refused for good (550) with a postal address: the letter goes by post and waits for markLetterPosted", async () => {
    const id = await acknowledged(`piet.refused.${kind}@example.org`, "Kerkstraat 1, 9000 Gent");
    const ack = await ackOf(id);
    expect(ack).toMatchObject({ delivery: "PAPER", status: "TO_BE_POSTED", sentAt: null, emailFailedAt: t.clock.now().toISOString(), postedAt: null });
    expect(mailTo(smtp, `piet.refused.${kind}@example.org`)).toEqual([]);
    const at = t.clock.now().toISOString();
    expect(ok(await t.query(POSTED, { id: ack.id, at }, coordinatorOwn)).markLetterPosted).toEqual({ id: ack.id, status: "POSTED", postedAt: at });
  });

  it("refused for good without a postal address: UNDELIVERABLE, not retried; a postal address given later sends it by post", async () => {
    const email = `jan.refused.${kind}@example.org`;
    const id = await acknowledged(email, null);
    expect(await ackOf(id)).toMatchObject({ delivery: "EMAIL", status: "UNDELIVERABLE", sentAt: null, emailFailedAt: expect.any(String) });
    t.clock.set(new Date(t.clock.now().getTime() + 3_600_000));
    await t.settle();
    expect(await ackOf(id)).toMatchObject({ status: "UNDELIVERABLE" });
    ok(await t.query(UPDATE, { id, input: { postalAddress: "Kerkstraat 2, 9000 Gent" } }, citizen(email)));
    expect(await ackOf(id)).toMatchObject({ delivery: "PAPER", status: "TO_BE_POSTED" });
  });

  it("a temporary failure (451) is retried; after LETTER_EMAIL_MAX_ATTEMPTS failures the letter goes by post", async () => {
    const id = await acknowledged(`piet.busy.${kind}@example.org`, "Kerkstraat 3, 9000 Gent");
    expect(await ackOf(id)).toMatchObject({ delivery: "EMAIL", status: "SENDING", emailFailedAt: null });
    const statuses: string[] = [];
    for (let i = 0; i < 2; i++) {
      t.clock.set(new Date(t.clock.now().getTime() + 3_600_000));
      await t.settle();
      statuses.push((await ackOf(id)).status);
    }
    expect(statuses).toEqual(["SENDING", "TO_BE_POSTED"]);
    expect(await ackOf(id)).toMatchObject({ delivery: "PAPER", emailFailedAt: t.clock.now().toISOString() });
  });

  it("a temporary failure without a postal address goes on being retried", async () => {
    const id = await acknowledged(`jan.busy.${kind}@example.org`, null);
    for (let i = 0; i < 4; i++) {
      t.clock.set(new Date(t.clock.now().getTime() + 3_600_000));
      await t.settle();
    }
    const ack = await ackOf(id);
    expect(ack).toMatchObject({ delivery: "EMAIL", status: "SENDING", emailFailedAt: null });
    const row = await t.stack.subgraphs.intake.dataSource.getRepository(Letter).findOneByOrFail({ id: ack.id });
    expect(row.attempts).toBe(5);
  });
});

describe.each(DATABASE_KINDS)("personal data: access copy [%s]", (kind) => {
  const t = useTestStack(kind);
  const unique = `zebra-${kind}-${Date.now()}`;
  let escalated: { id: string; escalationId: string };
  beforeAll(async () => {
    const step = procedure(t);
    const c = await step.admissible({ description: `My file ${unique} was lost twice.` });
    await step.answer(c.id, "PARTLY_FOUNDED");
    await t.settle();
    const escalation = await step.requestEscalation(c.id, `The answer ignores ${unique}.`);
    await t.settle();
    await step.decide(escalation.id, "FOUNDED");
    await t.settle();
    // Staff read the complainant's data: the access log shows it by role and directorate.
    ok(await t.query(`query($id: ID!) { complaint(id: $id) { complainant { name } firstLine { answer } } }`, { id: c.id }, coordinatorOwn));
    escalated = { id: c.id, escalationId: escalation.id };
  });

  it("the owner gets one JSON document with each subgraph's part and one access log, without staff identities", async () => {
    const { complaintId, document } = ok(await t.query(EXPORT, { id: escalated.id }, citizenOwner)).personalDataExport;
    expect(complaintId).toBe(escalated.id);
    expect(document.complaintId).toBe(escalated.id);
    expect(document.intake.complaint).toMatchObject({
      id: escalated.id,
      description: `My file ${unique} was lost twice.`,
      complainant: { name: "An Peeters" },
    });
    expect(document.intake.complaint).not.toHaveProperty("registeredBy");
    expect(document.intake.timeline.map((e: { status: string }) => e.status)).toContain("RECEIVED");
    expect(document.intake.letters.map((l: { kind: string }) => l.kind)).toEqual(
      expect.arrayContaining(["ACKNOWLEDGEMENT", "FIRST_LINE_ANSWER", "ESCALATION_RECEIPT", "ESCALATION_DECISION"]),
    );
    expect(document.directorates.firstLine).toMatchObject({ directorate: "IMMIGRATION_OFFICE", outcome: "PARTLY_FOUNDED", answer: expect.any(String) });
    expect(document.escalation.escalations).toEqual([
      expect.objectContaining({ reason: `The answer ignores ${unique}.`, status: "DECIDED", outcome: "FOUNDED", decision: expect.any(String) }),
    ]);
    const log = document.accessLog as Record<string, unknown>[];
    for (const entry of log) expect(Object.keys(entry).sort()).toEqual(["action", "at", "directorate", "part", "role", "what"]);
    expect(log).toContainEqual(expect.objectContaining({ part: "intake", role: "coordinator", directorate: "IMMIGRATION_OFFICE", action: "READ" }));
    expect(log).toContainEqual(expect.objectContaining({ part: "directorates", role: "coordinator", action: "CHANGE", what: "answerComplaint" }));
    expect(log).toContainEqual(expect.objectContaining({ part: "escalation", role: "central-service", action: "CHANGE", what: "decideEscalation" }));
    expect(log.map((e) => e.at)).toEqual([...log.map((e) => e.at)].sort());
    const text = JSON.stringify(document);
    for (const staff of [coordinatorOwn.sub, central.sub]) expect(text).not.toContain(staff);
  });

  it("the central service gets the same document (for a request in writing); the export is itself audited", async () => {
    const byCentral = ok(await t.query(EXPORT, { id: escalated.id }, central)).personalDataExport.document;
    expect(byCentral.intake.complaint.id).toBe(escalated.id);
    const trail = ok(
      await t.query(
        `query($id: ID!) { auditTrail(complaintId: $id) { complaint { what actorRole } firstLine { what } escalation { what } } }`,
        { id: escalated.id },
        central,
      ),
    ).auditTrail;
    expect(trail.complaint).toContainEqual({ what: "PersonalDataExport.document", actorRole: "central-service" });
    expect(trail.firstLine).toContainEqual({ what: "PersonalDataExport.firstLine" });
    expect(trail.escalation).toContainEqual({ what: "PersonalDataExport.escalation" });
  });

  it("a paper complaint: the central service only; another citizen, a coordinator of another directorate: NOT_FOUND; coordinators: FORBIDDEN", async () => {
    const paper = await procedure(t).register(paperInput());
    await t.settle();
    expect(ok(await t.query(EXPORT, { id: paper.id }, central)).personalDataExport.document.intake.complaint.complainant.name).toBe("Marie Dubois");
    expect(codes(await t.query(EXPORT, { id: paper.id }, citizenOwner))).toEqual(["NOT_FOUND"]);
    expect(codes(await t.query(EXPORT, { id: escalated.id }, otherCitizen))).toEqual(["NOT_FOUND"]);
    expect(codes(await t.query(EXPORT, { id: escalated.id }, coordinatorOwn))).toEqual(["FORBIDDEN"]);
    expect(codes(await t.query(EXPORT, { id: escalated.id }, coordinatorOther))).toEqual(["FORBIDDEN"]);
    expect(codes(await t.query(EXPORT, { id: escalated.id }, null))).toEqual(["UNAUTHENTICATED"]);
  });
});

const FULL_TRAIL = `query($id: ID!) { auditTrail(complaintId: $id) { specialCategoryData complaint { action what } firstLine { action what } escalation { action what } } }`;

describe.each(DATABASE_KINDS)("personal data: special categories [%s]", (kind) => {
  const t = useTestStack(kind);
  /** Escalated and decided, then read by staff in every subgraph: each part of its trail holds reads and changes. */
  async function handledAndRead() {
    const step = procedure(t);
    const c = await step.escalated();
    await step.decide(c.escalationId);
    await t.settle();
    ok(await t.query(`query($id: ID!) { complaint(id: $id) { description firstLine { answer } escalation { reason } } }`, { id: c.id }, central));
    return c;
  }
  const actions = (entries: { action: string }[]) => entries.map((e) => e.action);
  const readsFirst = (entries: { action: string }[]) => {
    const list = actions(entries);
    return list.indexOf("CHANGE") > list.lastIndexOf("READ");
  };

  it("a coordinator of its directorate flags it with a reason: staff see the flag, the complainant's access copy holds it, the change is audited", async () => {
    const { id } = await procedure(t).filed();
    const flagged = ok(
      await t.query(FLAG, { id, categories: ["HEALTH", "RACIAL_OR_ETHNIC_ORIGIN"], reason: "Medical file attached to the complaint." }, coordinatorOwn),
    );
    // Kept in the enum's order.
    expect(flagged.flagSpecialCategories.specialCategories).toEqual({
      categories: ["RACIAL_OR_ETHNIC_ORIGIN", "HEALTH"],
      reason: "Medical file attached to the complaint.",
      flaggedAt: t.clock.now().toISOString(),
    });
    const byCentral = ok(await t.query(`query($id: ID!) { complaint(id: $id) { specialCategories { categories } } }`, { id }, central));
    expect(byCentral.complaint.specialCategories.categories).toEqual(["RACIAL_OR_ETHNIC_ORIGIN", "HEALTH"]);
    const byOwner = await t.query(`query($id: ID!) { complaint(id: $id) { id specialCategories { categories } } }`, { id }, citizenOwner);
    expect(codes(byOwner)).toEqual(["FORBIDDEN"]);
    const copy = ok(await t.query(EXPORT, { id }, citizenOwner)).personalDataExport.document;
    expect(copy.intake.complaint.specialCategories).toMatchObject({
      categories: ["RACIAL_OR_ETHNIC_ORIGIN", "HEALTH"],
      reason: "Medical file attached to the complaint.",
    });
    const trail = ok(await t.query(TRAIL, { id }, central)).auditTrail.complaint;
    expect(trail).toContainEqual({ action: "CHANGE", what: "flagSpecialCategories", actorRole: "coordinator" });
  });

  it("outside the caller's scope NOT_FOUND, citizens FORBIDDEN, a blank reason BAD_USER_INPUT; nothing changes", async () => {
    const { id } = await procedure(t).filed();
    const before = await snapshot(t);
    const vars = { id, categories: ["HEALTH"], reason: "Health data" };
    expect(codes(await t.query(FLAG, vars, coordinatorOther))).toEqual(["NOT_FOUND"]);
    expect(codes(await t.query(FLAG, vars, citizenOwner))).toEqual(["FORBIDDEN"]);
    expect(codes(await t.query(FLAG, { ...vars, reason: "  " }, coordinatorOwn))).toEqual(["BAD_USER_INPUT"]);
    expect(await snapshot(t)).toEqual(before);
  });

  it("the audit trail of a flagged complaint lists its reads first, in every subgraph's part; cleared, it is in time order again", async () => {
    const { id } = await handledAndRead();
    const plain = ok(await t.query(FULL_TRAIL, { id }, central)).auditTrail;
    expect(plain.specialCategoryData).toBe(false);
    // In time order the first entries are changes (filing, screening, answer, escalation), the reads come later.
    for (const part of [plain.complaint, plain.firstLine, plain.escalation]) expect(actions(part)[0]).toBe("CHANGE");

    ok(await t.query(FLAG, { id, categories: ["HEALTH"], reason: "Health data in the description." }, central));
    const flagged = ok(await t.query(FULL_TRAIL, { id }, central)).auditTrail;
    expect(flagged.specialCategoryData).toBe(true);
    for (const [before, after] of [
      [plain.complaint, flagged.complaint],
      [plain.firstLine, flagged.firstLine],
      [plain.escalation, flagged.escalation],
    ]) {
      expect(actions(after)[0]).toBe("READ");
      expect(readsFirst(after)).toBe(true);
      expect(after.filter((e: { action: string }) => e.action === "READ").length).toBeGreaterThanOrEqual(
        before.filter((e: { action: string }) => e.action === "READ").length,
      );
    }

    const cleared = ok(await t.query(FLAG, { id, categories: [], reason: "Flagged by mistake." }, central)).flagSpecialCategories;
    expect(cleared.specialCategories).toBeNull();
    const again = ok(await t.query(FULL_TRAIL, { id }, central)).auditTrail;
    expect(again.specialCategoryData).toBe(false);
    for (const part of [again.complaint, again.firstLine, again.escalation]) expect(actions(part)[0]).toBe("CHANGE");
  });
});
