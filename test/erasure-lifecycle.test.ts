import { randomBytes, randomUUID } from "node:crypto";
import type { Caller } from "../lib/auth/caller";
import { OutboxEvent } from "../lib/events/event.entities";
import { central, citizenOwner, coordinatorOther, coordinatorOwn } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { EXPORT, FLAG, UPDATE, codeSentTo, mailFilesHolding, tablesHolding } from "./helpers/personal-data";
import { ANSWER, DECIDE_ESCALATION, REQUEST_ESCALATION, TRANSFER, days, ok, procedure } from "./helpers/procedure";
import { REASONED_ANSWER, REASONED_DECISION, REMEDY } from "./helpers/reasoned";
import { codes, useTestStack } from "./helpers/stack";

const T0 = "2026-02-02T09:00:00.000Z";
const STATS = `received inadmissible acknowledgedWithinDeadline answeredWithinDeadline overdue escalated founded partlyFounded unfounded medianDaysToAnswer`;
const REPORT = `query { annualReport(year: 2026) { year totals { ${STATS} } byDirectorate { directorate { code } statistics { ${STATS} } } inadmissibleByReason { reason count } } }`;
const ERASE = `mutation($id: ID!, $reason: ErasureReasonInput!) { erasePersonalData(complaintId: $id, reason: $reason) { id reference personalDataErasedAt } }`;
/** Everything personal a complaint shows, across the three subgraphs. */
const EVERYTHING = `query($id: ID!) { complaint(id: $id) {
  reference status channel language category receivedAt personalDataErasedAt subject description desiredOutcome appealRoute admissibilityNote
  complainant { kind name organisation email phone postalAddress } timeline { status at note } letters { kind subject text }
  firstLine { answeredAt answer outcome remedy } escalation { status reason decision outcome remedy decidedAt } } }`;
const AUDIT = `query($id: ID!) { auditTrail(complaintId: $id) { complaint { at actorSub actorRole action what } } }`;
const CONFIRM = `mutation($id: ID!, $code: String!) { confirmEmail(complaintId: $id, code: $code) { id } }`;
const SPECIAL = `query($id: ID!) { complaint(id: $id) { specialCategories { categories reason } } }`;
const reason = (ground = "NO_LONGER_NEEDED") => ({ ground, explanation: "Letter of the complainant of 3 May asking for erasure." });

/**
 * Issue 16, the whole lifecycle through the gateway, one scenario: a complaint filed with unique strings in every text,
 * corrected by its owner with new unique contact data (the new address confirmed), flagged for special categories with a
 * unique reason, answered and decided in both lines, exported (the access copy), erased: none of the strings left in any
 * response, any table of the three databases or any .eml file; the annual report the same; the erasure audited; again
 * is fine; an old event does not bring a text back.
 */
describe.each(DATABASE_KINDS)("erasure of personal data [%s]", (kind) => {
  const t = useTestStack(kind, { clock: T0 });
  const mark = `zq${randomBytes(5).toString("hex")}`;
  // The owner's correction and the special-category reason: strings of their own, so each is proven gone by itself.
  const fix = `zr${randomBytes(5).toString("hex")}`;
  const why = `zs${randomBytes(5).toString("hex")}`;
  const phone = `+32 4${(randomBytes(4).readUInt32BE() % 90_000_000) + 10_000_000}`;
  const corrected = { name: `Bea ${fix}name`, email: `${fix}@example.org`, phone, postalAddress: `Lane ${fix} 2, 9000 Gent` };
  const needles = [mark, fix, why, phone];
  let exported: Record<string, any>;
  // Its own account with the unique address, proven by the identity provider, so the letters are e-mailed (.eml files).
  const owner: Caller = { sub: `erasure-owner-${kind}`, role: "citizen", name: `An ${mark}`, email: `${mark}@example.be`, emailVerified: true };
  let id: string;

  beforeAll(async () => {
    const p = procedure(t);
    const c = await p.file(
      {
        complainant: { kind: "PERSON", name: `An ${mark}name`, email: `${mark}@example.be`, postalAddress: `Street ${mark} 1, 1000 Brussel` },
        subject: `Subject ${mark}`,
        description: `Description ${mark}`,
        desiredOutcome: `Outcome ${mark}`,
        triedOfficialHandlingFirst: true,
        directorate: "ICT",
      },
      owner,
    );
    id = c.id;
    await t.settle();
    // The owner corrects every contact field; the new address is not the identity's, so it is confirmed by code.
    const updated = ok(await t.query(UPDATE, { id, input: corrected }, owner)).updateComplainant;
    expect(updated).toMatchObject({ complainant: corrected, emailAddressConfirmed: false });
    await t.settle();
    ok(await t.query(CONFIRM, { id, code: codeSentTo(t.config.mail.dir, corrected.email) }, owner));
    await t.settle();
    ok(await t.query(TRANSFER, { id, to: "IMMIGRATION_OFFICE", note: `Transfer note ${mark}` }, coordinatorOther));
    await t.settle();
    ok(await t.query(FLAG, { id, categories: ["HEALTH"], reason: `Health data ${why}` }, coordinatorOwn));
    await p.screen(id, true, undefined, `Screening note ${mark}`);
    await p.acknowledge(id);
    ok(await t.query(ANSWER, { id, input: { answer: `${REASONED_ANSWER} ${mark}`, outcome: "FOUNDED", remedy: `${REMEDY} ${mark}` } }, coordinatorOwn));
    await t.settle();
    t.clock.set(days(T0, 5));
    const escalation = ok(await t.query(REQUEST_ESCALATION, { id, reason: `Reason ${mark}` }, owner)).requestEscalation;
    await t.settle();
    t.clock.set(days(T0, 12));
    const input = { decision: `${REASONED_DECISION} ${mark}`, outcome: "PARTLY_FOUNDED", remedy: `${REMEDY} ${mark}` };
    ok(await t.query(DECIDE_ESCALATION, { id: escalation.id, input }, central));
    await t.settle();
    exported = ok(await t.query(EXPORT, { id }, owner)).personalDataExport.document;
    await t.settle();
  });

  it("the access copy holds each subgraph's part with the corrected data and the flag, and no staff identity", () => {
    expect(exported.intake.complaint).toMatchObject({
      id,
      subject: `Subject ${mark}`,
      complainant: corrected,
      specialCategories: { categories: ["HEALTH"], reason: `Health data ${why}` },
    });
    expect(exported.intake.letters.length).toBeGreaterThanOrEqual(3);
    expect(exported.directorates.firstLine).toMatchObject({ directorate: "IMMIGRATION_OFFICE", outcome: "FOUNDED", remedy: `${REMEDY} ${mark}` });
    expect(exported.escalation.escalations).toEqual([expect.objectContaining({ reason: `Reason ${mark}`, outcome: "PARTLY_FOUNDED" })]);
    const text = JSON.stringify(exported);
    for (const staff of [coordinatorOwn.sub, coordinatorOther.sub, central.sub]) expect(text).not.toContain(staff);
  });

  it("before the erasure the unique strings are in every subgraph, its responses and the letters' files (the checks below can fail)", async () => {
    const read = JSON.stringify(ok(await t.query(EVERYTHING, { id }, central)));
    for (const part of ["Subject", "Description", "Outcome", "Screening note", "Transfer note", "Reason"]) expect(read).toContain(`${part} ${mark}`);
    expect(JSON.parse(read).complaint.complainant).toEqual({ kind: "PERSON", organisation: null, ...corrected });
    expect(ok(await t.query(SPECIAL, { id }, central)).complaint.specialCategories.reason).toBe(`Health data ${why}`);
    expect(await tablesHolding(t, why)).toContain("intake.complaint");
    expect(await tablesHolding(t, fix)).toEqual(expect.arrayContaining(["intake.complaint", "intake.email_confirmation", "intake.letter"]));
    expect(mailFilesHolding(t, fix).length).toBeGreaterThanOrEqual(3);
    const tables = await tablesHolding(t, mark);
    expect(tables).toEqual(
      expect.arrayContaining(["intake.complaint", "intake.letter", "intake.email_confirmation", "directorates.complaint_case", "escalation.escalation"]),
    );
    expect(tables).toEqual(expect.arrayContaining(["intake.outbox_event", "directorates.outbox_event", "escalation.outbox_event", "intake.status_change"]));
    // The letters go to the corrected address with the corrected name; the answer and the decision quote the texts.
    expect(mailFilesHolding(t, mark).length).toBeGreaterThanOrEqual(2);
  });

  it("a complaint not finished is refused (CONFLICT) on NO_LONGER_NEEDED, changing nothing; an answer is final only after the escalation window", async () => {
    const p = procedure(t);
    const answered = await p.answered();
    t.clock.set(days(T0, 12 + 89));
    const early = await t.query(ERASE, { id: answered.id, reason: reason() }, central);
    expect(codes(early)).toEqual(["CONFLICT"]);
    expect(early.errors![0].message).toMatch(/finished only on/);
    expect(ok(await t.query(EVERYTHING, { id: answered.id }, central)).complaint.personalDataErasedAt).toBeNull();
    t.clock.set(days(T0, 12 + 91));
    const late = ok(await t.query(ERASE, { id: answered.id, reason: reason() }, central)).erasePersonalData;
    expect(late.personalDataErasedAt).toBe(days(T0, 12 + 91));
    // Past the window the second line may no longer be asked either.
    const asked = await t.query(REQUEST_ESCALATION, { id: answered.id, reason: "Too late" }, citizenOwner);
    expect(codes(asked)).toEqual(["CONFLICT"]);
    t.clock.set(days(T0, 12));
  });

  it("an open complaint is erased only on a legal ground that allows it earlier", async () => {
    const open = await procedure(t).admissible();
    expect(codes(await t.query(ERASE, { id: open.id, reason: reason() }, central))).toEqual(["CONFLICT"]);
    const erased = ok(await t.query(ERASE, { id: open.id, reason: reason("LEGAL_OBLIGATION") }, central)).erasePersonalData;
    expect(erased.personalDataErasedAt).toBe(days(T0, 12));
    expect(codes(await t.query(ERASE, { id: open.id, reason: { ground: "LEGAL_OBLIGATION", explanation: "  " } }, central))).toEqual(["BAD_USER_INPUT"]);
  });

  it("erasure leaves no personal text in any response, table or .eml file; the annual report is the same; the erasure is audited; again is fine", async () => {
    await t.settle();
    const before = ok(await t.query(REPORT, {}, central)).annualReport;
    const kept = ok(await t.query(EVERYTHING, { id }, central)).complaint;

    const erased = ok(await t.query(ERASE, { id, reason: reason() }, central)).erasePersonalData;
    expect(erased.personalDataErasedAt).toBe(days(T0, 12));
    await t.settle();

    for (const as of [central, coordinatorOwn, owner]) {
      const read = ok(await t.query(EVERYTHING, { id }, as)).complaint;
      expect(JSON.stringify(read)).not.toContain(mark);
      expect(read).toMatchObject({
        reference: kept.reference,
        status: "CLOSED",
        channel: "ONLINE_FORM",
        language: kept.language,
        category: kept.category,
        receivedAt: kept.receivedAt,
        subject: "",
        description: "",
        desiredOutcome: null,
        complainant: null,
        firstLine: { answeredAt: kept.firstLine.answeredAt, answer: null, outcome: "FOUNDED", remedy: null },
        escalation: { status: "DECIDED", reason: "", decision: null, outcome: "PARTLY_FOUNDED", remedy: null, decidedAt: kept.escalation.decidedAt },
      });
      expect(read.timeline.map((s: { note: string | null }) => s.note)).toEqual(read.timeline.map(() => null));
      expect(read.letters.map((l: { kind: string }) => l.kind)).toEqual(kept.letters.map((l: { kind: string }) => l.kind));
      expect(read.letters.every((l: { subject: string; text: string }) => l.subject === "" && l.text === "")).toBe(true);
    }
    expect(ok(await t.query(SPECIAL, { id }, central)).complaint.specialCategories).toBeNull();
    for (const needle of needles) {
      expect([needle, await tablesHolding(t, needle)]).toEqual([needle, []]);
      expect([needle, mailFilesHolding(t, needle)]).toEqual([needle, []]);
    }
    expect(ok(await t.query(REPORT, {}, central)).annualReport).toEqual(before);

    const trail = ok(await t.query(AUDIT, { id }, central)).auditTrail.complaint;
    const erasures = trail.filter((e: { what: string }) => e.what.startsWith("erasePersonalData"));
    expect(erasures).toEqual([
      {
        at: days(T0, 12),
        actorSub: central.sub,
        actorRole: "central-service",
        action: "CHANGE",
        what: `erasePersonalData NO_LONGER_NEEDED: ${reason().explanation}`,
      },
    ]);

    const again = await t.query(ERASE, { id, reason: reason() }, central);
    expect(again.errors).toBeUndefined();
    await t.settle();
    for (const needle of needles) expect([needle, await tablesHolding(t, needle)]).toEqual([needle, []]);
    expect(ok(await t.query(REPORT, {}, central)).annualReport).toEqual(before);
  });

  it("an older event that still carries the answer, delivered after the erasure, brings nothing back", async () => {
    const late = `late${mark}`;
    const directorates = t.stack.subgraphs.directorates.dataSource;
    const answered = await directorates.getRepository(OutboxEvent).findOneByOrFail({ complaintId: id, type: "ComplaintAnswered" });
    const payload = { ...JSON.parse(answered.payload), answer: `${REASONED_ANSWER} ${late}`, remedy: `${REMEDY} ${late}` };
    await directorates
      .getRepository(OutboxEvent)
      .insert({ id: randomUUID(), type: "ComplaintAnswered", complaintId: id, payload: JSON.stringify(payload), occurredAt: answered.occurredAt });
    const letters = ok(await t.query(EVERYTHING, { id }, central)).complaint.letters.length;
    await t.settle();
    // Only the injected event itself holds it: no subgraph copied it.
    expect(await tablesHolding(t, late)).toEqual(["directorates.outbox_event"]);
    expect(mailFilesHolding(t, late)).toEqual([]);
    expect(ok(await t.query(EVERYTHING, { id }, central)).complaint.letters).toHaveLength(letters);
  });
});
