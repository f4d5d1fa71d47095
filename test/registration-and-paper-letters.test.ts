import type { Caller } from "../lib/auth/caller";
import { DirectorateCode } from "../lib/domain/enums";
import { central, citizenOwner, coordinatorOther, coordinatorOwn, otherCitizen } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { REGISTER, days, ok, paperInput, procedure, snapshot } from "./helpers/procedure";
import { START, codes, useTestStack } from "./helpers/stack";

const POST = `mutation($id: ID!, $at: DateTime!) { markLetterPosted(letterId: $id, postedAt: $at) { id kind delivery createdAt postedAt } }`;
const TRAIL = `query($id: ID!) { auditTrail(complaintId: $id) { complaint { action what actorSub } } }`;
const TRIED = `query($id: ID!) { complaint(id: $id) { id triedOfficialHandlingFirst } }`;
const ACKNOWLEDGED_IN_TIME = `query { annualReport(year: 2026) { byDirectorate { directorate { code } statistics { received acknowledgedWithinDeadline } } } }`;

const crisisCoordinator: Caller = { sub: "coord-crisis", role: "coordinator", directorate: DirectorateCode.CRISIS_CENTRE };

describe.each(DATABASE_KINDS)("registration, paper letters and the question before filing [%s]", (kind) => {
  const t = useTestStack(kind);
  const p = procedure(t);

  describe("registerComplaint needs a way to answer", () => {
    it("a named complainant with neither postal address nor e-mail can never be answered: BAD_USER_INPUT, field error complainant CONTACT_REQUIRED, nothing stored", async () => {
      t.clock.set(START);
      const before = await snapshot(t);
      for (const complainant of [
        { kind: "PERSON", name: "Piet Claes" },
        { kind: "PERSON", name: "Piet Claes", phone: "02 500 21 11", postalAddress: null, email: null },
      ]) {
        const r = await t.query(REGISTER, { input: paperInput({ complainant }) }, coordinatorOwn);
        expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
        expect(r.errors![0].extensions!.fieldErrors).toEqual([{ path: "complainant", code: "CONTACT_REQUIRED", params: {}, message: r.errors![0].message }]);
        expect(r.errors![0].message).toMatch(/register it without a complainant \(anonymous\)/);
      }
      expect(await snapshot(t)).toEqual(before);
    });

    it("with an e-mail address only, or recorded explicitly as anonymous (no complainant), it is accepted", async () => {
      const byMail = await p.register(paperInput({ channel: "EMAIL", complainant: { kind: "PERSON", name: "Piet Claes", email: "piet@example.be" } }));
      expect(byMail).toMatchObject({ status: "RECEIVED", complainant: { name: "Piet Claes", email: "piet@example.be" } });
      const anonymous = await p.register(paperInput({ complainant: null }));
      expect(anonymous).toMatchObject({ status: "INADMISSIBLE", inadmissibilityReason: "ANONYMOUS", complainant: null });
    });
  });

  describe("markLetterPosted: staff record when a paper letter was posted", () => {
    it("not in the future, not before the letter was made, not an e-mailed letter; nothing changes on a refusal", async () => {
      t.clock.set(START);
      const { letter } = await p.paperLetter();
      expect(letter).toMatchObject({ kind: "INADMISSIBILITY", delivery: "PAPER", createdAt: START, postedAt: null });
      const before = await snapshot(t);
      const future = await t.query(POST, { id: letter.id, at: days(START, 1) }, coordinatorOwn);
      expect(codes(future)).toEqual(["BAD_USER_INPUT"]);
      expect(future.errors![0].message).toMatch(/future/);
      const early = await t.query(POST, { id: letter.id, at: new Date(Date.parse(START) - 1).toISOString() }, coordinatorOwn);
      expect(codes(early)).toEqual(["BAD_USER_INPUT"]);
      expect(early.errors![0].message).toMatch(/before the letter was made/);
      expect(codes(await t.query(POST, { id: "00000000-0000-4000-8000-000000000000", at: START }, central))).toEqual(["NOT_FOUND"]);
      expect(await snapshot(t)).toEqual(before);

      const mailed = await p.filed({ concernsDecisionWithAppealRoute: true });
      const { letters } = ok(await t.query(`query($id: ID!) { complaint(id: $id) { letters { id delivery } } }`, { id: mailed.id }, central)).complaint;
      expect(letters).toEqual([{ id: expect.any(String), delivery: "EMAIL" }]);
      const beforeMailed = await snapshot(t);
      const emailed = await t.query(POST, { id: letters[0].id, at: START }, central);
      expect(codes(emailed)).toEqual(["CONFLICT"]);
      expect(emailed.errors![0].message).toMatch(/only paper letters are posted/);
      expect(await snapshot(t)).toEqual(beforeMailed);
    });

    it("once: exposed on Letter, audited as a CHANGE; a second call is CONFLICT", async () => {
      t.clock.set(START);
      const { complaintId, letter } = await p.paperLetter();
      t.clock.set(days(START, 2));
      const posted = ok(await t.query(POST, { id: letter.id, at: days(START, 1) }, coordinatorOwn)).markLetterPosted;
      expect(posted).toEqual({ id: letter.id, kind: "INADMISSIBILITY", delivery: "PAPER", createdAt: START, postedAt: days(START, 1) });
      const again = await t.query(POST, { id: letter.id, at: days(START, 2) }, central);
      expect(codes(again)).toEqual(["CONFLICT"]);
      expect(again.errors![0].message).toMatch(/already recorded as posted/);
      const read = ok(await t.query(`query($id: ID!) { complaint(id: $id) { letters { id postedAt } } }`, { id: complaintId }, coordinatorOwn)).complaint;
      expect(read.letters).toEqual([{ id: letter.id, postedAt: days(START, 1) }]);
      const trail = ok(await t.query(TRAIL, { id: complaintId }, central)).auditTrail.complaint;
      expect(trail.filter((e: { what: string }) => e.what === "markLetterPosted")).toEqual([
        { action: "CHANGE", what: "markLetterPosted", actorSub: coordinatorOwn.sub },
      ]);
    });

    it("six staff record the same letter at once: one wins, one LetterPosted event", async () => {
      t.clock.set(START);
      const { letter } = await p.paperLetter();
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => t.query(POST, { id: letter.id, at: START }, i % 2 ? central : coordinatorOwn)));
      expect(results.map((r) => codes(r)[0] ?? "OK").sort()).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "OK"]);
      const events = await t.stack.subgraphs.intake.dataSource.query("SELECT payload FROM outbox_event WHERE type = 'LetterPosted'");
      expect(events.filter((e: { payload: string }) => JSON.parse(e.payload).letterId === letter.id)).toHaveLength(1);
    });

    it("only the complaint's coordinator and the central service: another directorate's coordinator NOT_FOUND, citizens FORBIDDEN", async () => {
      t.clock.set(START);
      const { letter } = await p.paperLetter();
      expect(codes(await t.query(POST, { id: letter.id, at: START }, coordinatorOther))).toEqual(["NOT_FOUND"]);
      expect(codes(await t.query(POST, { id: letter.id, at: START }, citizenOwner))).toEqual(["FORBIDDEN"]);
      expect(ok(await t.query(POST, { id: letter.id, at: START }, central)).markLetterPosted.postedAt).toBe(START);
    });

    it("U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst: the annual figures count a paper acknowledgement from the day it was posted", async () => {
      t.clock.set(START);
      // Received five days before START: the week ends two days after START.
      const registered = async () => {
        const c = await p.register(paperInput({ directorate: "CRISIS_CENTRE" }), central);
        await t.settle();
        await p.acknowledge(c.id, crisisCoordinator);
        await t.settle();
        const { letters } = ok(await t.query(`query($id: ID!) { complaint(id: $id) { letters { id kind delivery } } }`, { id: c.id }, central)).complaint;
        expect(letters).toEqual([{ id: expect.any(String), kind: "ACKNOWLEDGEMENT", delivery: "PAPER" }]);
        return letters[0].id as string;
      };
      const onTime = await registered();
      const late = await registered();
      const crisis = async () =>
        ok(await t.query(ACKNOWLEDGED_IN_TIME, {}, central)).annualReport.byDirectorate.find(
          (r: { directorate: { code: string } }) => r.directorate.code === "CRISIS_CENTRE",
        ).statistics;
      expect(await crisis()).toEqual({ received: 2, acknowledgedWithinDeadline: 2 });
      t.clock.set(days(START, 4));
      ok(await t.query(POST, { id: onTime, at: days(START, 1) }, crisisCoordinator));
      ok(await t.query(POST, { id: late, at: days(START, 3) }, crisisCoordinator));
      await t.settle();
      expect(await crisis()).toEqual({ received: 2, acknowledgedWithinDeadline: 1 });
    });
  });

  describe("the question before filing: did you first turn to the official handling your file?", () => {
    it("stored from the form and from a registration, visible to the owner, the coordinator and the central service, not to others", async () => {
      t.clock.set(START);
      const filed = await p.filed({ triedOfficialHandlingFirst: true });
      for (const who of [citizenOwner, coordinatorOwn, central]) {
        expect(ok(await t.query(TRIED, { id: filed.id }, who)).complaint).toEqual({ id: filed.id, triedOfficialHandlingFirst: true });
      }
      for (const who of [otherCitizen, coordinatorOther]) {
        const r = await t.query(TRIED, { id: filed.id }, who);
        expect(codes(r)).toEqual(["NOT_FOUND"]);
        expect(r.data?.complaint ?? null).toBeNull();
      }
      const registered = await p.register(paperInput({ triedOfficialHandlingFirst: false }));
      expect(ok(await t.query(TRIED, { id: registered.id }, coordinatorOwn)).complaint.triedOfficialHandlingFirst).toBe(false);
      const unasked = await p.filed();
      expect(ok(await t.query(TRIED, { id: unasked.id }, coordinatorOwn)).complaint.triedOfficialHandlingFirst).toBeNull();
    });
  });
});
