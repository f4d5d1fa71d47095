import type { DataSource } from "typeorm";
import { central, citizenOwner, coordinatorOther, coordinatorOwn } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok, procedure } from "./helpers/procedure";
import { START, codes, useTestStack } from "./helpers/stack";

const TRAIL = `query($id: ID!) { auditTrail(complaintId: $id) {
  complaintId
  complaint { at actorSub actorRole actorDirectorate action what requestId }
  firstLine { at actorSub actorRole actorDirectorate action what requestId }
  escalation { at actorSub actorRole actorDirectorate action what requestId }
} }`;

interface Entry {
  at: string;
  actorSub: string;
  actorRole: string;
  actorDirectorate: string | null;
  action: "READ" | "CHANGE";
  what: string;
  requestId: string;
}
type Trail = { complaintId: string; complaint: Entry[]; firstLine: Entry[]; escalation: Entry[] };

const COORDINATOR = { actorSub: coordinatorOwn.sub, actorRole: "coordinator", actorDirectorate: "IMMIGRATION_OFFICE" };
const CENTRAL = { actorSub: central.sub, actorRole: "central-service", actorDirectorate: null };
const OWNER = { actorSub: citizenOwner.sub, actorRole: "citizen", actorDirectorate: null };

describe.each(DATABASE_KINDS)("audit trail [%s]", (kind) => {
  const t = useTestStack(kind);
  const p = procedure(t);
  beforeEach(() => t.clock.set(START));

  const trail = async (id: string): Promise<Trail> => ok(await t.query(TRAIL, { id }, central)).auditTrail;
  const LIST_AT = "2026-03-06T08:00:00.000Z";
  /** The entries written at LIST_AT, not those of the mutations that made the fixture (they returned personal data too). */
  const atListTime = (entries: Entry[]) => entries.filter((e) => e.at === LIST_AT);

  it("a coordinator's read of personal data is recorded in each owning subgraph: who, which fields, when, one request id", async () => {
    const c = await p.admissible();
    await p.acknowledge(c.id);
    await p.answer(c.id);
    await t.settle();
    const readAt = "2026-03-05T14:30:00.000Z";
    t.clock.set(readAt);
    ok(
      await t.query(
        `query($id: ID!) { complaint(id: $id) { reference status complainant { name } description firstLine { answer outcome } } }`,
        { id: c.id },
        coordinatorOwn,
      ),
    );

    const { complaint, firstLine } = await trail(c.id);
    // The procedure's own mutations returned personal data too (and were recorded); look at this read only.
    const reads = complaint.filter((e) => e.action === "READ" && e.at === readAt);
    expect(reads).toEqual([{ ...COORDINATOR, at: readAt, action: "READ", what: "complainant,description", requestId: expect.any(String) }]);
    const answerRead = firstLine.filter((e) => e.action === "READ" && e.at === readAt);
    expect(answerRead).toEqual([{ ...COORDINATOR, at: readAt, action: "READ", what: "answer", requestId: reads[0].requestId }]);
    expect(reads[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("every change is recorded where it happened: filing, screening, acknowledgement, answer, escalation and decision", async () => {
    const c = await p.admissible();
    await p.acknowledge(c.id);
    await p.answer(c.id);
    await t.settle();
    const escalation = await p.requestEscalation(c.id);
    await t.settle();
    await p.decide(escalation.id);
    const changes = (entries: Entry[]) =>
      entries.filter((e) => e.action === "CHANGE").map(({ actorSub, actorRole, actorDirectorate, what }) => ({ actorSub, actorRole, actorDirectorate, what }));

    const { complaint, firstLine, escalation: second } = await trail(c.id);
    expect(changes(complaint)).toEqual([
      { ...OWNER, what: "fileComplaint" },
      { ...COORDINATOR, what: "screenComplaint" },
    ]);
    expect(changes(firstLine)).toEqual([
      { ...COORDINATOR, what: "acknowledgeComplaint" },
      { ...COORDINATOR, what: "answerComplaint" },
    ]);
    expect(changes(second)).toEqual([
      { ...OWNER, what: "requestEscalation" },
      { ...CENTRAL, what: "decideEscalation" },
    ]);
  });

  it("a list records one read per complaint listed with personal data; reading only status and reference records nothing", async () => {
    const filed = [await p.admissible(), await p.admissible()];
    t.clock.set(LIST_AT);
    ok(await t.query(`query { complaints(filter: { directorate: IMMIGRATION_OFFICE }, first: 100) { items { id status reference } } }`, {}, coordinatorOwn));
    for (const c of filed) expect(atListTime((await trail(c.id)).complaint)).toEqual([]);

    const listed = ok(
      await t.query(`query { complaints(filter: { directorate: IMMIGRATION_OFFICE }, first: 100) { items { id subject } } }`, {}, coordinatorOwn),
    ).complaints.items as { id: string }[];
    for (const c of filed) {
      expect(listed.map((i) => i.id)).toContain(c.id);
      const reads = atListTime((await trail(c.id)).complaint);
      expect(reads.map((e) => [e.actorSub, e.what])).toEqual([[coordinatorOwn.sub, "subject"]]);
    }
  });

  it("a read that was refused is not recorded as a read", async () => {
    const c = await p.admissible();
    const denied = await t.query(`query($id: ID!) { complaint(id: $id) { complainant { name } } }`, { id: c.id }, coordinatorOther);
    expect(codes(denied)).toEqual(["NOT_FOUND"]);
    expect((await trail(c.id)).complaint.filter((e) => e.actorSub === coordinatorOther.sub)).toEqual([]);
  });

  it("only the central service may read the trail: citizens and coordinators are FORBIDDEN, anonymous callers UNAUTHENTICATED, an unknown id NOT_FOUND", async () => {
    const c = await p.admissible();
    for (const caller of [citizenOwner, coordinatorOwn]) {
      const res = await t.query(TRAIL, { id: c.id }, caller);
      expect(codes(res)).toEqual(["FORBIDDEN"]);
      expect(res.data?.auditTrail ?? null).toBeNull();
    }
    expect(codes(await t.query(TRAIL, { id: c.id }, null))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await t.query(TRAIL, { id: "00000000-0000-0000-0000-000000000000" }, central))).toEqual(["NOT_FOUND"]);
  });

  it("is append-only in every subgraph's database: UPDATE and DELETE are refused and change nothing", async () => {
    const c = await p.admissible();
    await p.acknowledge(c.id);
    await t.settle();
    const databases: DataSource[] = Object.values(t.stack.subgraphs).map((s) => s.dataSource);
    for (const ds of databases) {
      const before = await ds.query("SELECT * FROM audit_entry ORDER BY id");
      await expect(ds.query("UPDATE audit_entry SET actorSub = 'someone-else'")).rejects.toThrow(/append-only/);
      await expect(ds.query("DELETE FROM audit_entry")).rejects.toThrow(/append-only/);
      expect(await ds.query("SELECT * FROM audit_entry ORDER BY id")).toEqual(before);
    }
    expect((await trail(c.id)).firstLine.map((e) => e.what)).toEqual(["acknowledgeComplaint"]);
  });

  it("a change and its audit entry commit together: when the entry cannot be written, the change is not made", async () => {
    const c = await p.admissible();
    await t.settle();
    const directorates = t.stack.subgraphs.directorates.dataSource;
    await directorates.query("ALTER TABLE audit_entry RENAME TO audit_entry_away");
    try {
      const res = await t.query(`mutation($id: ID!) { acknowledgeComplaint(complaintId: $id) { acknowledgedAt } }`, { id: c.id }, coordinatorOwn);
      expect(codes(res)).toEqual(["INTERNAL_SERVER_ERROR"]);
    } finally {
      await directorates.query("ALTER TABLE audit_entry_away RENAME TO audit_entry");
    }
    const [row] = await directorates.query("SELECT acknowledgedAt FROM complaint_case WHERE complaintId = ?", [c.id]);
    expect(row.acknowledgedAt).toBeNull();
    const [{ n }] = await directorates.query("SELECT COUNT(*) AS n FROM outbox_event WHERE type = 'ComplaintAcknowledged' AND complaintId = ?", [c.id]);
    expect(Number(n)).toBe(0);
    expect((await trail(c.id)).firstLine).toEqual([]);
  });

  it("when the audit entry cannot be written, the personal data is not sent", async () => {
    const c = await p.admissible();
    const intake = t.stack.subgraphs.intake.dataSource;
    await intake.query("ALTER TABLE audit_entry RENAME TO audit_entry_away");
    try {
      const res = await t.query(`query($id: ID!) { complaint(id: $id) { complainant { name email } description } }`, { id: c.id }, coordinatorOwn);
      expect(res.data?.complaint ?? null).toBeNull();
      expect(JSON.stringify(res)).not.toContain("An Peeters");
      expect(codes(res).length).toBeGreaterThan(0);
    } finally {
      await intake.query("ALTER TABLE audit_entry_away RENAME TO audit_entry");
    }
  });
});
