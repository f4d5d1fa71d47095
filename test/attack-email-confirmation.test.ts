import type { Caller } from "../lib/auth/caller";
import { fileInput } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok, procedure } from "./helpers/procedure";
import { codeIn, mailTo, recipient, startSmtp, type TestSmtp } from "./helpers/smtp";
import { START, codes, startTestStack, type TestStack } from "./helpers/stack";

const CONFIRM = `mutation($id: ID!, $code: String!) { confirmEmail(complaintId: $id, code: $code) { id } }`;
const REQUEST = `mutation($id: ID!) { requestEmailConfirmation(complaintId: $id) { id } }`;

const citizen = (sub: string): Caller => ({ sub, role: "citizen" });
const outcome = (r: { errors?: { extensions?: { code?: string; reason?: string } }[] }) =>
  r.errors?.length ? `${r.errors[0].extensions?.code}${r.errors[0].extensions?.reason ? `:${r.errors[0].extensions.reason}` : ""}` : "OK";

/** Attacks on address confirmation: parallel guesses and parallel requests for codes. */
describe.each(DATABASE_KINDS)("address confirmation under attack [%s]", (kind) => {
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

  const mailFor = (address: string) => mailTo(smtp, address);

  it("10 wrong guesses at the same moment: exactly 5 are evaluated, the right code is then refused too", async () => {
    const owner = citizen("guess-1");
    const address = "guess@example.org";
    const c = await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: address }, concernsDecisionWithAppealRoute: true }, owner);
    await t.settle();
    const code = codeIn(mailFor(address)[0])!;
    const wrong = code === "000000" ? "111111" : "000000";
    const guesses = await Promise.all(Array.from({ length: 10 }, () => t.query(CONFIRM, { id: c.id, code: wrong }, owner)));
    expect(guesses.map(outcome).sort()).toEqual([...Array(5).fill("BAD_USER_INPUT"), ...Array(5).fill("CONFLICT:TOO_MANY_ATTEMPTS")].sort());
    expect(outcome(await t.query(CONFIRM, { id: c.id, code }, owner))).toBe("CONFLICT:TOO_MANY_ATTEMPTS");
  });

  it("six accounts ask for a code to one address at the same moment on a new day: 3 messages, the rest RATE_LIMITED, never a server error", async () => {
    const address = "quota-race@example.org";
    const accounts = Array.from({ length: 6 }, (_, i) => citizen(`quota-race-${i}`));
    const filed: { id: string }[] = [];
    for (const as of accounts) filed.push(await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: address } }, as));
    await t.settle();
    expect(mailFor(address)).toHaveLength(3);
    // The next Brussels day: no quota row for the address exists yet.
    t.clock.set("2026-03-03T09:00:00.000Z");
    const asked = await Promise.all(accounts.map((as, i) => t.query(REQUEST, { id: filed[i].id }, as)));
    expect(asked.map(outcome).sort()).toEqual(["OK", "OK", "OK", "RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED"]);
    await t.settle();
    expect(mailFor(address)).toHaveLength(6);
  });

  it("a code cannot be used for another account's complaint with the same address (NOT_FOUND), nor after its release", async () => {
    const address = "shared@example.org";
    const [mine, theirs] = [citizen("share-1"), citizen("share-2")];
    const a = await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: address }, concernsDecisionWithAppealRoute: true }, mine);
    const b = await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: address }, concernsDecisionWithAppealRoute: true }, theirs);
    await t.settle();
    const codeFor = (reference: string) => codeIn(mailFor(address).find((m) => m.text?.includes(reference))!)!;
    const [codeA, codeB] = [codeFor(a.reference), codeFor(b.reference)];
    expect(codes(await t.query(CONFIRM, { id: b.id, code: codeB }, mine))).toEqual(["NOT_FOUND"]);
    ok(await t.query(CONFIRM, { id: a.id, code: codeA }, mine));
    expect(outcome(await t.query(CONFIRM, { id: a.id, code: codeA }, mine))).toBe("CONFLICT:ALREADY_CONFIRMED");
    // The other account still needs its own code: mine does not prove the address for it.
    if (codeA !== codeB) expect(outcome(await t.query(CONFIRM, { id: b.id, code: codeA }, theirs))).toBe("BAD_USER_INPUT");
    ok(await t.query(CONFIRM, { id: b.id, code: codeB }, theirs));
  });

  it("an address equal to a proven one only under MySQL's accent-insensitive collation (an IDN lookalike domain the phisher owns) proves nothing: the stranger gets no letter", async () => {
    const phisher = citizen("lookalike-1");
    // The phisher owns exámple.org (xn--exmple-qta.org) and proves an address there with the code.
    const own = await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: "victim@exámple.org" } }, phisher);
    await t.settle();
    const code = codeIn(smtp.received.find((m) => m.text?.includes(own.reference))!)!;
    ok(await t.query(CONFIRM, { id: own.id, code }, phisher));
    // Then files with the stranger's address at example.org and hostile text.
    const stranger = "victim@example.org";
    const c = await p.file(
      {
        complainant: { kind: "PERSON", name: "Dear customer, pay at http://evil.example", email: stranger },
        concernsDecisionWithAppealRoute: true,
        appealRoute: "Pay EUR 250 at http://evil.example/appeal",
      },
      phisher,
    );
    await t.settle();
    const received = mailFor(stranger);
    expect(received.map((m) => m.messageId?.replace(/-.*/, ""))).toEqual(["<confirmation"]);
    for (const mail of received) expect(mail.text).not.toMatch(/evil\.example/);
    const read = ok(
      await t.query(`query($id: ID!) { complaint(id: $id) { emailAddressConfirmed letters { waitingForConfirmation sentAt } } }`, { id: c.id }, phisher),
    );
    expect(read.complaint).toEqual({ emailAddressConfirmed: false, letters: [{ waitingForConfirmation: true, sentAt: null }] });
  });

  it("addresses are kept in one form (lower case, domain in punycode), which a verified token's address matches; quoted or non-ASCII names before the @ are refused", async () => {
    const FILE_EMAIL = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id emailAddressConfirmed complainant { email } } }`;
    const input = (email: string) => ({ i: fileInput({ complainant: { kind: "PERSON", name: "Jo Maes", email } }) });
    const verified: Caller = { sub: "forms-1", role: "citizen", email: "Jo@Bücher.example", emailVerified: true };
    const filed = ok(await t.query(FILE_EMAIL, input("JO@BÜCHER.EXAMPLE"), verified)).fileComplaint;
    expect(filed).toMatchObject({ emailAddressConfirmed: true, complainant: { email: "jo@xn--bcher-kva.example" } });
    for (const refused of ['"Dear customer, pay at http://evil.example"@example.org', '"victim@example.org"@evil.example', "jösé@example.org"]) {
      const r = await t.query(FILE_EMAIL, input(refused), verified);
      expect({ refused, codes: codes(r) }).toEqual({ refused, codes: ["BAD_USER_INPUT"] });
    }
  });

  it("one account cannot flood one mailbox through its plus-aliases (flood+1@, flood+2@, …): they share the mailbox's 3 messages a day, then RATE_LIMITED", async () => {
    const flooder = citizen("flood-1");
    const alias = (n: number) => `flood+${n}@example.org`;
    const filed: { id: string }[] = [];
    for (let n = 0; n < 12; n++) filed.push(await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: alias(n) } }, flooder));
    await t.settle();
    const flooded = () => smtp.received.filter((m) => /^flood(\+\d+)?@example\.org$/.test(recipient(m) ?? "")).length;
    expect(flooded()).toBe(3);
    expect(codes(await t.query(REQUEST, { id: filed[11].id }, flooder))).toEqual(["RATE_LIMITED"]);
    expect(codes(await t.query(REQUEST, { id: filed[0].id }, citizen("flood-1")))).toEqual(["RATE_LIMITED"]);
    await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: "flood@example.org" } }, citizen("flood-2"));
    await t.settle();
    expect(flooded()).toBe(3);
    t.clock.set("2026-03-03T09:00:00.000Z");
    ok(await t.query(REQUEST, { id: filed[11].id }, flooder));
    await t.settle();
    expect(mailFor(alias(11))).toHaveLength(1);
  });

  it("a complaint filed before addresses were confirmed (no confirmation row): five requests for a code at the same moment: two more codes within the daily limit, the rest RATE_LIMITED, never a server error", async () => {
    const owner = citizen("legacy-1");
    const address = "legacy@example.org";
    const c = await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: address } }, owner);
    await t.settle();
    await t.stack.subgraphs.intake.dataSource.query("DELETE FROM email_confirmation");
    const before = mailFor(address).length;
    const asked = await Promise.all(Array.from({ length: 5 }, () => t.query(REQUEST, { id: c.id }, owner)));
    expect(asked.map(outcome).sort()).toEqual(["OK", "OK", "RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED"]);
    await t.settle();
    expect(mailFor(address)).toHaveLength(before + 2);
  });
});
