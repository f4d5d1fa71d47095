import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { decodeJwt } from "jose";
import type { Caller } from "../lib/auth/caller";
import { central, coordinatorOwn, otherCitizen } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok, procedure } from "./helpers/procedure";
import { codeIn, mailTo, startSmtp, type TestSmtp } from "./helpers/smtp";
import { START, codes, startTestStack, type TestStack } from "./helpers/stack";

const LETTERS = `query($id: ID!) { complaint(id: $id) { letters { kind delivery sentAt waitingForConfirmation subject text } } }`;
const CONFIRM = `mutation($id: ID!, $code: String!) { confirmEmail(complaintId: $id, code: $code) { id letters { kind sentAt waitingForConfirmation } } }`;
const REQUEST = `mutation($id: ID!) { requestEmailConfirmation(complaintId: $id) { id } }`;
const CONFIRMED = `query($id: ID!) { complaint(id: $id) { emailAddressConfirmed } }`;

/** What a phisher types into the form, every string of which must stay away from the stranger's inbox. */
const HOSTILE = {
  name: "Dear customer, your residence permit is REVOKED, pay at http://evil.example",
  organisation: "Belgian State Payments http://evil.example/org",
  subject: "URGENT: pay http://evil.example/subject",
  description: "Your permit is revoked unless you pay at http://evil.example/description today.",
  appealRoute: "Appeal only by paying EUR 250 at http://evil.example/appeal",
};
const STRANGER = "stranger@example.org";

const citizen = (sub: string, claims: Partial<Caller> = {}): Caller => ({ sub, role: "citizen", ...claims });

describe.each(DATABASE_KINDS)("letters only to an address the complainant proved [%s]", (kind) => {
  let smtp: TestSmtp;
  let t: TestStack;
  let p: ReturnType<typeof procedure>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestStack(kind, { env: { SMTP_URL: smtp.url } });
    p = procedure(t);
  });
  afterAll(async () => {
    await t.stop();
    await smtp.close();
  });
  beforeEach(() => t.clock.set(START));

  const letters = async (id: string) => ok(await t.query(LETTERS, { id }, central)).complaint.letters;
  const confirmed = async (id: string) => ok(await t.query(CONFIRMED, { id }, central)).complaint.emailAddressConfirmed;
  const fileAs = (as: Caller, email: string, overrides: Record<string, unknown> = {}) =>
    p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email }, ...overrides }, as);

  it("phishing: accounts without (or with another) verified address file with a stranger's address and hostile text; the stranger gets only ≤ 3 code messages holding none of it", async () => {
    const phishers = [
      citizen("phisher-1"),
      citizen("phisher-2", { email: "phisher@example.net", emailVerified: true }),
      citizen("phisher-3", { email: STRANGER }), // claims the address, but the provider did not verify it
      citizen("phisher-4"),
      citizen("phisher-5"),
    ];
    const filed = [];
    for (const as of phishers) {
      for (let i = 0; i < 2; i++) {
        filed.push(
          await p.file(
            {
              complainant: { kind: "COMPANY", name: HOSTILE.name, organisation: HOSTILE.organisation, email: STRANGER },
              subject: HOSTILE.subject,
              description: HOSTILE.description,
              concernsDecisionWithAppealRoute: true,
              appealRoute: HOSTILE.appealRoute,
            },
            as,
          ),
        );
      }
      await t.settle();
    }
    const received = mailTo(smtp, STRANGER);
    // One code per account while it is valid, three messages per address per day in all.
    expect(received).toHaveLength(3);
    for (const mail of received) {
      expect(mail.messageId).toMatch(/^<confirmation-[0-9a-f-]{36}@ibz-complaints>$/);
      expect(codeIn(mail)).toMatch(/^\d{6}$/);
      for (const typed of Object.values(HOSTILE)) {
        expect(mail.subject).not.toContain(typed);
        expect(mail.text).not.toContain(typed);
      }
      expect(mail.text).not.toMatch(/evil\.example|REVOKED/);
    }
    // The accounts past the limit got no code: guessing is refused, asking again is limited, nothing changes.
    const late = filed[filed.length - 1].id;
    const guess = await t.query(CONFIRM, { id: late, code: "123456" }, phishers[4]);
    expect(guess.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "NO_CODE" });
    expect(codes(await t.query(REQUEST, { id: late }, phishers[4]))).toEqual(["RATE_LIMITED"]);
    await t.settle();
    expect(mailTo(smtp, STRANGER)).toHaveLength(3);
    // The official letter exists, waiting, visible to the owner and staff as waiting.
    for (const c of filed) {
      expect(await letters(c.id)).toEqual([expect.objectContaining({ kind: "APPEAL_ROUTE", delivery: "EMAIL", sentAt: null, waitingForConfirmation: true })]);
    }
  });

  it("a postal address beside an unconfirmed e-mail address: the letter goes by post, nothing is e-mailed", async () => {
    const address = "post-only@example.org";
    const c = await fileAs(citizen("post-1"), address, {
      complainant: { kind: "PERSON", name: "Jo Maes", email: address, postalAddress: "Kerkstraat 1, 2000 Antwerpen" },
      concernsDecisionWithAppealRoute: true,
    });
    await t.settle();
    expect(await letters(c.id)).toEqual([expect.objectContaining({ kind: "APPEAL_ROUTE", delivery: "PAPER", sentAt: null, waitingForConfirmation: false })]);
    expect(mailTo(smtp, address).map((m) => m.messageId?.startsWith("<confirmation-"))).toEqual([true]);
  });

  it("the caller's own verified address: letters go at once, no code is asked", async () => {
    const address = "verified@example.be";
    const c = await p.admissible(
      { complainant: { kind: "PERSON", name: "Jo Maes", email: address } },
      citizen("verified-1", { email: "Verified@Example.be", emailVerified: true }),
    );
    await p.acknowledge(c.id);
    await t.settle();
    expect(await letters(c.id)).toEqual([
      expect.objectContaining({ kind: "ACKNOWLEDGEMENT", delivery: "EMAIL", sentAt: START, waitingForConfirmation: false }),
    ]);
    expect(mailTo(smtp, address).map((m) => m.subject)).toEqual([(await letters(c.id))[0].subject]);
    expect(await confirmed(c.id)).toBe(true);
    const again = await t.query(REQUEST, { id: c.id }, citizen("verified-1", { email: address, emailVerified: true }));
    expect(codes(again)).toEqual(["CONFLICT"]);
  });

  it("confirming releases the waiting letters once (five confirmations at the same moment: one wins); later complaints with that address need no code", async () => {
    const owner = citizen("confirm-1");
    const address = "jo.confirm@example.be";
    const c = await fileAs(owner, address);
    await t.settle();
    await p.screen(c.id, true);
    await p.acknowledge(c.id);
    await t.settle();
    const [codeMail] = mailTo(smtp, address);
    expect(mailTo(smtp, address)).toHaveLength(1);
    expect(await letters(c.id)).toEqual([expect.objectContaining({ kind: "ACKNOWLEDGEMENT", sentAt: null, waitingForConfirmation: true })]);
    expect(await confirmed(c.id)).toBe(false);

    // Not for anyone else: another citizen does not see the complaint, staff may not confirm.
    expect(codes(await t.query(CONFIRM, { id: c.id, code: codeIn(codeMail) }, otherCitizen))).toEqual(["NOT_FOUND"]);
    expect(codes(await t.query(CONFIRM, { id: c.id, code: codeIn(codeMail) }, coordinatorOwn))).toEqual(["FORBIDDEN"]);

    // Five tabs confirm at once (all five tries of the code): one wins, the others change nothing.
    const all = await Promise.all([0, 1, 2, 3, 4].map(() => t.query(CONFIRM, { id: c.id, code: codeIn(codeMail) }, owner)));
    expect(all.map((r) => codes(r)[0] ?? "OK").sort()).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "OK"]);
    await t.settle();
    const sent = mailTo(smtp, address).slice(1);
    expect(sent.map((m) => m.messageId?.startsWith("<letter-"))).toEqual([true]);
    expect(await letters(c.id)).toEqual([expect.objectContaining({ kind: "ACKNOWLEDGEMENT", sentAt: START, waitingForConfirmation: false })]);
    await t.settle();
    expect(await confirmed(c.id)).toBe(true);
    expect(mailTo(smtp, address)).toHaveLength(2);

    const later = await fileAs(owner, address, { concernsDecisionWithAppealRoute: true });
    await t.settle();
    expect(await letters(later.id)).toEqual([expect.objectContaining({ kind: "APPEAL_ROUTE", sentAt: START, waitingForConfirmation: false })]);
    expect(
      mailTo(smtp, address)
        .slice(2)
        .map((m) => m.messageId?.startsWith("<letter-")),
    ).toEqual([true]);
  });

  it("a code allows 5 tries and lives 24 hours; a new code replaces it", async () => {
    const owner = citizen("codes-1");
    const address = "jo.codes@example.be";
    const c = await fileAs(owner, address, { concernsDecisionWithAppealRoute: true });
    await t.settle();
    const first = codeIn(mailTo(smtp, address)[0])!;
    const wrong = first === "000000" ? "111111" : "000000";
    for (let left = 4; left >= 0; left--) {
      const r = await t.query(CONFIRM, { id: c.id, code: wrong }, owner);
      expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors?.[0].extensions?.attemptsLeft).toBe(left);
    }
    const sixth = await t.query(CONFIRM, { id: c.id, code: first }, owner);
    expect(codes(sixth)).toEqual(["CONFLICT"]);
    expect(sixth.errors?.[0].extensions?.reason).toBe("TOO_MANY_ATTEMPTS");

    ok(await t.query(REQUEST, { id: c.id }, owner));
    await t.settle();
    const second = codeIn(mailTo(smtp, address)[1])!;
    t.clock.set(new Date(Date.parse(START) + 24 * 3600 * 1000));
    const expired = await t.query(CONFIRM, { id: c.id, code: second }, owner);
    expect(codes(expired)).toEqual(["CONFLICT"]);
    expect(expired.errors?.[0].extensions?.reason).toBe("CODE_EXPIRED");

    ok(await t.query(REQUEST, { id: c.id }, owner));
    await t.settle();
    const third = codeIn(mailTo(smtp, address)[2])!;
    if (third !== second) expect(codes(await t.query(CONFIRM, { id: c.id, code: second }, owner))).toEqual(["BAD_USER_INPUT"]);
    ok(await t.query(CONFIRM, { id: c.id, code: third }, owner));
    await t.settle();
    expect(await letters(c.id)).toEqual([
      expect.objectContaining({ kind: "APPEAL_ROUTE", waitingForConfirmation: false, sentAt: t.clock.now().toISOString() }),
    ]);
    const done = await t.query(CONFIRM, { id: c.id, code: third }, owner);
    expect(done.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_CONFIRMED" });
  });

  it("at most 3 confirmation messages per address per Brussels day, also when asked for at the same moment; the next day 3 more", async () => {
    const owner = citizen("quota-1");
    const address = "jo.quota@example.be";
    const c = await fileAs(owner, address);
    await t.settle();
    const asked = await Promise.all([0, 1, 2, 3, 4].map(() => t.query(REQUEST, { id: c.id }, owner)));
    expect(asked.map((r) => codes(r)[0] ?? "OK").sort()).toEqual(["OK", "OK", "RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED"]);
    await t.settle();
    expect(mailTo(smtp, address)).toHaveLength(3);
    // START is 10:00 in Brussels; the day turns at 23:00 UTC in March (CET).
    t.clock.set("2026-03-02T22:59:00.000Z");
    expect(codes(await t.query(REQUEST, { id: c.id }, owner))).toEqual(["RATE_LIMITED"]);
    t.clock.set("2026-03-02T23:00:00.000Z");
    ok(await t.query(REQUEST, { id: c.id }, owner));
    await t.settle();
    expect(mailTo(smtp, address)).toHaveLength(4);
  });

  it("staff-registered complaints keep the address staff typed: letters go without confirmation", async () => {
    const address = "by.post@example.org";
    const c = await p.register({
      channel: "EMAIL",
      receivedAt: START,
      complainant: { kind: "PERSON", name: "Marie Dubois", email: address },
      category: "SERVICE_QUALITY",
      directorate: "IMMIGRATION_OFFICE",
      subject: "Mail received",
      description: "Typed in from an e-mail.",
      language: "FR",
    });
    await t.settle();
    await p.screen(c.id, true);
    await p.acknowledge(c.id);
    await t.settle();
    expect(await letters(c.id)).toEqual([
      expect.objectContaining({ kind: "ACKNOWLEDGEMENT", delivery: "EMAIL", sentAt: START, waitingForConfirmation: false }),
    ]);
    expect(mailTo(smtp, address).map((m) => m.messageId?.startsWith("<letter-"))).toEqual([true]);
    expect(await confirmed(c.id)).toBeNull();
  });
});

describe("npm run token: the email_verified claim", () => {
  const token = (...args: string[]) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-token-"));
    try {
      const out = execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "token.js"), "--role", "citizen", "--sub", "x", ...args], {
        env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: "development" },
      });
      return decodeJwt(out.toString().trim());
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };

  it("--email sets email_verified: true; --email-unverified leaves it out; no --email, no claim", () => {
    expect(token("--email", "jo@example.be")).toMatchObject({ email: "jo@example.be", email_verified: true });
    expect(token("--email", "jo@example.be", "--email-unverified").email_verified).toBeUndefined();
    expect(token().email_verified).toBeUndefined();
  });
});
