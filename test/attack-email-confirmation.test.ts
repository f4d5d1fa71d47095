import type { Caller } from "../lib/auth/caller";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok, procedure } from "./helpers/procedure";
import { startSmtp, type TestSmtp } from "./helpers/smtp";
import { START, codes, startTestStack, type TestStack } from "./helpers/stack";

const CONFIRM = `mutation($id: ID!, $code: String!) { confirmEmail(complaintId: $id, code: $code) { id } }`;
const REQUEST = `mutation($id: ID!) { requestEmailConfirmation(complaintId: $id) { id } }`;

const citizen = (sub: string): Caller => ({ sub, role: "citizen" });
const recipient = (mail: TestSmtp["received"][number]) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : null);
const codeIn = (mail: TestSmtp["received"][number]) => /: (\d{6})\s*$/m.exec(mail.text ?? "")?.[1];
const outcome = (r: { errors?: { extensions?: { code?: string; reason?: unknown } }[] }) =>
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

  const mailTo = (address: string) => smtp.received.filter((m) => recipient(m) === address);

  it("10 wrong guesses at the same moment: exactly 5 are evaluated, the right code is then refused too", async () => {
    const owner = citizen("guess-1");
    const address = "guess@example.org";
    const c = await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: address }, concernsDecisionWithAppealRoute: true }, owner);
    await t.settle();
    const code = codeIn(mailTo(address)[0])!;
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
    expect(mailTo(address)).toHaveLength(3);
    // The next Brussels day: no quota row for the address exists yet.
    t.clock.set("2026-03-03T09:00:00.000Z");
    const asked = await Promise.all(accounts.map((as, i) => t.query(REQUEST, { id: filed[i].id }, as)));
    expect(asked.map(outcome).sort()).toEqual(["OK", "OK", "OK", "RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED"]);
    await t.settle();
    expect(mailTo(address)).toHaveLength(6);
  });

  it("a code cannot be used for another account's complaint with the same address (NOT_FOUND), nor after its release", async () => {
    const address = "shared@example.org";
    const [mine, theirs] = [citizen("share-1"), citizen("share-2")];
    const a = await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: address }, concernsDecisionWithAppealRoute: true }, mine);
    const b = await p.file({ complainant: { kind: "PERSON", name: "Jo Maes", email: address }, concernsDecisionWithAppealRoute: true }, theirs);
    await t.settle();
    const codeFor = (reference: string) => codeIn(mailTo(address).find((m) => m.text?.includes(reference))!)!;
    const [codeA, codeB] = [codeFor(a.reference), codeFor(b.reference)];
    expect(codes(await t.query(CONFIRM, { id: b.id, code: codeB }, mine))).toEqual(["NOT_FOUND"]);
    ok(await t.query(CONFIRM, { id: a.id, code: codeA }, mine));
    expect(outcome(await t.query(CONFIRM, { id: a.id, code: codeA }, mine))).toBe("CONFLICT:ALREADY_CONFIRMED");
    // The other account still needs its own code: mine does not prove the address for it.
    if (codeA !== codeB) expect(outcome(await t.query(CONFIRM, { id: b.id, code: codeA }, theirs))).toBe("BAD_USER_INPUT");
    ok(await t.query(CONFIRM, { id: b.id, code: codeB }, theirs));
  });
});
