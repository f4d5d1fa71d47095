import { central, citizenOwner, coordinatorOther, coordinatorOwn } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { SCREEN, TRANSFER, ok, procedure, snapshot } from "./helpers/procedure";
import { START, codes, useTestStack } from "./helpers/stack";

const READ = `query($id: ID!) { complaint(id: $id) {
  status admissibility inadmissibilityReason admissibilityNote concernsDecisionWithAppealRoute appealRoute
  timeline { kind status at note fromDirectorate toDirectorate }
  letters { kind language text } } }`;

const ROUTE = "Beroep bij de Raad voor Vreemdelingenbetwistingen binnen 30 dagen";

/**
 * "Welke klachten worden niet aanvaard? ... klachten over de inhoud van een
 * beslissing als hiervoor een reglementair beroep mogelijk is": only the
 * content of such a decision is excluded, so the form's checkbox no longer
 * decides; the coordinator screens the complaint like any other.
 */
describe.each(DATABASE_KINDS)("screening by a person for decisions with an appeal route [%s]", (kind) => {
  const t = useTestStack(kind);
  const p = procedure(t);
  const read = async (id: string, as = central) => ok(await t.query(READ, { id }, as)).complaint;

  it("a complaint about a decision with an appeal route is received (RECEIVED, PENDING), with the appeal-route letter, and waits for the coordinator", async () => {
    t.clock.set(START);
    const filed = await p.filed({ concernsDecisionWithAppealRoute: true, appealRoute: ` ${ROUTE} ` });
    const c = await read(filed.id, coordinatorOwn);
    expect(c).toMatchObject({
      status: "RECEIVED",
      admissibility: "PENDING",
      inadmissibilityReason: null,
      admissibilityNote: null,
      concernsDecisionWithAppealRoute: true,
      appealRoute: ROUTE,
      timeline: [{ kind: "STATUS_CHANGE", status: "RECEIVED", at: START, note: null, fromDirectorate: null, toDirectorate: null }],
    });
    expect(c.letters.map((l: { kind: string }) => l.kind)).toEqual(["APPEAL_ROUTE"]);
  });

  it("the coordinator may declare it inadmissible (DECISION_WITH_APPEAL_ROUTE): the note naming the route is required; the letter names it", async () => {
    const filed = await p.filed({ concernsDecisionWithAppealRoute: true, language: "FR" });
    const before = await snapshot(t);
    const missing = await t.query(SCREEN, { id: filed.id, admissible: false, reason: "DECISION_WITH_APPEAL_ROUTE", note: "  " }, coordinatorOwn);
    expect(codes(missing)).toEqual(["BAD_USER_INPUT"]);
    expect(missing.errors![0].message).toMatch(/Name the appeal route/);
    expect(await snapshot(t)).toEqual(before);

    await p.screen(filed.id, false, "DECISION_WITH_APPEAL_ROUTE", "Recours au Conseil du contentieux des étrangers");
    await t.settle();
    const c = await read(filed.id);
    expect(c).toMatchObject({
      status: "INADMISSIBLE",
      admissibility: "INADMISSIBLE",
      inadmissibilityReason: "DECISION_WITH_APPEAL_ROUTE",
      admissibilityNote: "Recours au Conseil du contentieux des étrangers",
    });
    expect(c.letters.map((l: { kind: string; language: string }) => [l.kind, l.language])).toEqual([
      ["APPEAL_ROUTE", "FR"],
      ["INADMISSIBILITY", "FR"],
    ]);
    expect(c.letters[1].text).toContain("Recours au Conseil du contentieux des étrangers");
  });

  it("the coordinator may find it ADMISSIBLE with a note saying which parts are handled (required); no inadmissibility letter", async () => {
    const filed = await p.filed({ concernsDecisionWithAppealRoute: true, appealRoute: ROUTE });
    const before = await snapshot(t);
    const bare = await t.query(SCREEN, { id: filed.id, admissible: true }, coordinatorOwn);
    expect(codes(bare)).toEqual(["BAD_USER_INPUT"]);
    expect(bare.errors![0].message).toMatch(/say in the note which parts of it are handled/);
    expect(await snapshot(t)).toEqual(before);

    const parts = "We handle the treatment at the counter; the refusal itself goes to the Raad voor Vreemdelingenbetwistingen.";
    const screened = await p.screen(filed.id, true, undefined, parts);
    expect(screened).toMatchObject({ status: "RECEIVED", admissibility: "ADMISSIBLE", inadmissibilityReason: null, admissibilityNote: parts });
    await t.settle();
    expect((await read(filed.id)).letters.map((l: { kind: string }) => l.kind)).toEqual(["APPEAL_ROUTE"]);
    // The first line goes on as for any admissible complaint.
    expect((await p.acknowledge(filed.id)).acknowledgedAt).toBeTruthy();
  });

  it("a complaint without the checkbox is still found admissible without a note", async () => {
    const filed = await p.filed();
    expect(await p.screen(filed.id, true)).toMatchObject({ admissibility: "ADMISSIBLE", admissibilityNote: null });
  });

  it.each([
    ["NL", "Overgedragen van Algemene Directie Dienst Vreemdelingenzaken aan Stafdienst ICT: Over het online portaal"],
    ["FR", "Transférée de Direction générale Office des étrangers à Service d'encadrement ICT : Over het online portaal"],
    ["DE", "Übertragen von "],
    ["EN", "Transferred from "],
  ])(
    "timeline kinds: a transfer entry (TRANSFER) keeps the status the complaint had, names both directorates as fields, its note in the complaint's language (%s)",
    async (language, note) => {
      const filed = await p.filed({ language });
      await p.acknowledge(filed.id);
      await t.settle();
      const moved = ok(await t.query(TRANSFER, { id: filed.id, to: "ICT", note: " Over het online portaal " }, coordinatorOwn)).transferComplaint;
      expect(moved.directorate).toEqual({ code: "ICT" });
      const c = await read(filed.id, coordinatorOther);
      expect(c.timeline.map((e: { kind: string; status: string }) => [e.kind, e.status])).toEqual([
        ["STATUS_CHANGE", "RECEIVED"],
        ["STATUS_CHANGE", "ACKNOWLEDGED"],
        ["TRANSFER", "ACKNOWLEDGED"],
      ]);
      const transfer = c.timeline[2];
      expect([transfer.fromDirectorate, transfer.toDirectorate]).toEqual(["IMMIGRATION_OFFICE", "ICT"]);
      expect(transfer.note.startsWith(note)).toBe(true);
      expect(transfer.note.endsWith(": Over het online portaal")).toBe(true);
      // Names, not codes; and not English for a complaint in another language.
      expect(transfer.note).not.toMatch(/IMMIGRATION_OFFICE/);
      if (language !== "EN") expect(transfer.note).not.toMatch(/Transferred/);
    },
  );

  it("the system's admissibility note of an anonymous registration is in the complaint's language", async () => {
    t.clock.set(START);
    const anonymous = (language: string) =>
      p.register({
        channel: "POST",
        receivedAt: START,
        category: "OFFICIAL_CONDUCT",
        directorate: "IMMIGRATION_OFFICE",
        subject: "Unsigned letter",
        description: "An unsigned letter.",
        language,
      });
    expect((await anonymous("DE")).admissibilityNote).toBe("Ohne Namen des Beschwerdeführers erfasst: eine anonyme Beschwerde wird nicht bearbeitet.");
    const nl = await anonymous("NL");
    expect(nl.admissibilityNote).toBe("Geregistreerd zonder naam van de klager: een anonieme klacht wordt niet behandeld.");
    expect(nl.timeline[1]).toEqual({ status: "INADMISSIBLE", at: START, note: nl.admissibilityNote });
  });

  it("the owner sees the form's answer and the screening note of their complaint", async () => {
    const filed = await p.filed({ concernsDecisionWithAppealRoute: true, appealRoute: ROUTE });
    await p.screen(filed.id, true, undefined, "The treatment at the counter is handled.");
    expect(await read(filed.id, citizenOwner)).toMatchObject({
      concernsDecisionWithAppealRoute: true,
      appealRoute: ROUTE,
      admissibilityNote: "The treatment at the counter is handled.",
    });
  });
});
