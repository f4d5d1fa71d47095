import type { Caller } from "../lib/auth/caller";
import { DATABASE_KINDS } from "./helpers/databases";
import { procedure } from "./helpers/procedure";
import { codes, useTestStack } from "./helpers/stack";

const READ = `query($id: ID!) { complaint(id: $id) { id } }`;
const BY_REFERENCE = `query($r: String!) { complaintByReference(reference: $r) { id } }`;
const MINE = `{ myComplaints { id } }`;
const REQUEST = `mutation($id: ID!) { requestEmailConfirmation(complaintId: $id) { id } }`;
const CONFIRM = `mutation($id: ID!, $code: String!) { confirmEmail(complaintId: $id, code: $code) { id } }`;
const ESCALATE = `mutation($id: ID!, $reason: String!) { requestEscalation(complaintId: $id, reason: $reason) { id } }`;

const citizen = (sub: string): Caller => ({ sub, role: "citizen" });

/**
 * Account ids that MySQL's default collation holds equal (case, accents,
 * trailing spaces) are different accounts: none reads or touches another's complaints.
 */
describe.each(DATABASE_KINDS)("account ids match exactly [%s]", (kind) => {
  const t = useTestStack(kind);
  const alice = citizen("alice");
  let complaint: { id: string; reference: string };
  const codeRow = () =>
    t.stack.subgraphs.intake.dataSource.query<Record<string, unknown>[]>("SELECT ownerSub, attempts, codeHash, codeExpiresAt FROM email_confirmation");

  beforeAll(async () => {
    complaint = await procedure(t).file({ complainant: { kind: "PERSON", name: "Alice Peeters", email: "alice@example.org" } }, alice);
    await t.settle();
  });

  it.each(["ALICE", "alicé", "alice ", "Alice"])(
    "%j: alice's complaint is NOT_FOUND by id and reference, not in myComplaints, its code untouched",
    async (sub) => {
      const lookalike = citizen(sub);
      const before = await codeRow();
      expect(before).toHaveLength(1);
      expect(before[0].codeHash).toMatch(/^[0-9a-f]{64}$/);
      const byId = await t.query(READ, { id: complaint.id }, lookalike);
      const byReference = await t.query(BY_REFERENCE, { r: complaint.reference }, lookalike);
      const mine = await t.query(MINE, {}, lookalike);
      const request = await t.query(REQUEST, { id: complaint.id }, lookalike);
      const confirm = await t.query(CONFIRM, { id: complaint.id, code: "000000" }, lookalike);
      const escalate = await t.query(ESCALATE, { id: complaint.id, reason: "Not satisfied" }, lookalike);
      expect({
        byId: codes(byId),
        byReference: codes(byReference),
        mine: mine.data?.myComplaints,
        request: codes(request),
        confirm: codes(confirm),
        escalate: codes(escalate),
      }).toEqual({ byId: ["NOT_FOUND"], byReference: ["NOT_FOUND"], mine: [], request: ["NOT_FOUND"], confirm: ["NOT_FOUND"], escalate: ["NOT_FOUND"] });
      expect(await codeRow()).toEqual(before);
      // alice herself still reads it.
      expect((await t.query(READ, { id: complaint.id }, alice)).data?.complaint).toEqual({ id: complaint.id });
    },
  );

  it("an account whose id differs from alice's only in case files with her address: filed, her code row untouched, his own complaint NOT_FOUND to her", async () => {
    const before = (await codeRow()).filter((r) => r.ownerSub === "alice");
    const theirs = await procedure(t).file({ complainant: { kind: "PERSON", name: "Alice Peeters", email: "alice@example.org" } }, citizen("ALICE"));
    await t.settle();
    expect((await codeRow()).filter((r) => r.ownerSub === "alice")).toEqual(before);
    expect(codes(await t.query(READ, { id: theirs.id }, alice))).toEqual(["NOT_FOUND"]);
    expect((await t.query(MINE, {}, alice)).data?.myComplaints).toEqual([{ id: complaint.id }]);
  });
});
