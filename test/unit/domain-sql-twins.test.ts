import { DataSource } from "typeorm";
import type { Caller } from "../../lib/auth/caller";
import { actionPlanScope, mayRead, mayReadActionPlanItem, scopeLookup, scopeQuery } from "../../lib/auth/scope";
import { awaitsFirstLine, awaitsFirstLineSql } from "../../lib/domain/admissibility";
import { FIRST_LINE_STEPS, dueAfter, isOverdue, overdueBefore, overdueSinceReceiptSql, overdueSql, type FirstLineStep } from "../../lib/domain/deadlines";
import { awaitsFirstLineByStatus, awaitsFirstLineByStatusSql } from "../../lib/domain/transitions";
import { DAY_MS } from "../../lib/platform/clock";
import { BelgianCalendar } from "../../lib/domain/brussels-calendar";
import { Admissibility, ComplaintCategory, ComplaintStatus, Channel, DirectorateCode, Language } from "../../lib/domain/enums";
import { ActionPlanItem } from "../../subgraphs/escalation/action-plan-item.entity";
import { ComplaintFact } from "../../subgraphs/escalation/complaint-fact.entity";
import { Complaint } from "../../subgraphs/intake/complaint.entity";

// Each JS rule and its SQL twin over the same table of cases, on in-memory
// SQLite with the real entities: the twins must select exactly the rows the
// JS form accepts.

const NOW = new Date("2026-06-30T12:00:00.000Z");
const STEPS: FirstLineStep[] = ["acknowledgement", "answer"];
const ago = (ms: number) => new Date(NOW.getTime() - ms);
/** The legal holidays and one configured day (a Tuesday) near both deadlines. */
const CALENDAR = new BelgianCalendar(["2026-06-23"]);

/** Receipts every 37 hours over 45 days, and a millisecond either side of each step's first receipt not yet overdue. */
const RECEIPTS = [
  ...Array.from({ length: 30 }, (_, n) => ago(1 + n * 37 * 3_600_000)),
  ...STEPS.flatMap((step) => [-1, 0, 1].map((ms) => new Date(overdueBefore(NOW, FIRST_LINE_STEPS[step].days, CALENDAR).getTime() + ms))),
];
const dueOf = (c: { receivedAt: Date }, step: FirstLineStep) => dueAfter(c.receivedAt, FIRST_LINE_STEPS[step].days, CALENDAR);
const ADMISSIBILITIES = Object.values(Admissibility);

interface Case {
  id: string;
  receivedAt: Date;
  admissibility: Admissibility;
  withdrawn: boolean;
  status: ComplaintStatus;
  acknowledgedAt: Date | null;
  answeredAt: Date | null;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const receivedAt of RECEIPTS) {
    for (const admissibility of ADMISSIBILITIES) {
      for (const status of Object.values(ComplaintStatus)) {
        for (const done of ["none", "acknowledged", "answered"] as const) {
          const acknowledgedAt = done === "none" ? null : new Date(receivedAt.getTime() + 3 * DAY_MS - 7);
          const answeredAt = done === "answered" ? new Date(receivedAt.getTime() + 30 * DAY_MS) : null;
          out.push({ id: `c${out.length}`, receivedAt, admissibility, status, withdrawn: status === ComplaintStatus.WITHDRAWN, acknowledgedAt, answeredAt });
        }
      }
    }
  }
  return out;
}

const doneAt = (c: Case, step: FirstLineStep) => (step === "acknowledgement" ? c.acknowledgedAt : c.answeredAt);
/** SQLite takes at most 32766 parameters per statement. */
async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 400) await insert(rows.slice(i, i + 400));
}
const ids = (rows: { id?: string; complaintId?: string }[]) => rows.map((r) => r.id ?? r.complaintId).sort();

describe("SQL twins of the procedure rules agree with their JS forms (in-memory SQLite)", () => {
  let db: DataSource;
  const all = cases();

  beforeAll(async () => {
    db = new DataSource({ type: "better-sqlite3", database: ":memory:", entities: [Complaint, ComplaintFact, ActionPlanItem], synchronize: true });
    await db.initialize();
    await inChunks(
      all.map((c, n) => ({
        id: c.id,
        reference: `IBZ-2026-${String(n).padStart(6, "0")}`,
        referenceYear: 2026,
        referenceNumber: n,
        ownerSub: n % 3 ? `citizen-${n % 3}` : null,
        complainant: {},
        channel: Channel.ONLINE_FORM,
        category: ComplaintCategory.SERVICE_QUALITY,
        directorate: n % 2 ? DirectorateCode.ICT : DirectorateCode.CRISIS_CENTRE,
        subject: "s",
        description: "d",
        desiredOutcome: null,
        language: Language.NL,
        receivedAt: c.receivedAt,
        registeredAt: c.receivedAt,
        registeredBy: null,
        admissibility: c.admissibility,
        inadmissibilityReason: null,
        admissibilityNote: null,
        acknowledgementDueAt: dueOf(c, "acknowledgement"),
        answerDueAt: dueOf(c, "answer"),
        status: c.status,
        acknowledgedAt: c.acknowledgedAt,
        answeredAt: c.answeredAt,
      })),
      (rows) => db.getRepository(Complaint).insert(rows),
    );
    await inChunks(
      all.map((c, n) => ({
        complaintId: c.id,
        ownerSub: n % 3 ? `citizen-${n % 3}` : null,
        directorate: n % 2 ? DirectorateCode.ICT : DirectorateCode.CRISIS_CENTRE,
        receivedAt: c.receivedAt,
        admissibility: c.admissibility,
        inadmissibilityReason: null,
        withdrawn: c.withdrawn,
        acknowledgedAt: c.acknowledgedAt,
        answeredAt: c.answeredAt,
        outcome: null,
      })),
      (rows) => db.getRepository(ComplaintFact).insert(rows),
    );
  });

  afterAll(() => db.destroy());

  it.each(STEPS)("%s overdue on intake's complaint (stored due time, status): overdueSql ⇔ isOverdue", async (step) => {
    const sql = overdueSql("c", step, awaitsFirstLineByStatusSql("c"));
    const selected = await db.getRepository(Complaint).createQueryBuilder("c").where(sql, { now: NOW }).getMany();
    const notSelected = await db.getRepository(Complaint).createQueryBuilder("c").where(`NOT ${sql}`, { now: NOW }).getMany();
    const expected = all.filter((c) => isOverdue(awaitsFirstLineByStatus(c.status, c.admissibility), doneAt(c, step), dueOf(c, step), NOW));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(selected)).toEqual(ids(expected));
    expect(selected.length + notSelected.length).toBe(all.length);
  });

  it.each(STEPS)("%s overdue on the second line's facts (receipt only): overdueSinceReceiptSql ⇔ isOverdue", async (step) => {
    const { sql, parameters } = overdueSinceReceiptSql("f", step, awaitsFirstLineSql("f"), NOW, CALENDAR);
    const selected = await db.getRepository(ComplaintFact).createQueryBuilder("f").where(sql, parameters).getMany();
    const expected = all.filter((c) => isOverdue(awaitsFirstLine(c), doneAt(c, step), dueOf(c, step), NOW));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(ids(selected)).toEqual(ids(expected));
  });

  it("awaiting the first line: awaitsFirstLineSql ⇔ awaitsFirstLine", async () => {
    const selected = await db.getRepository(ComplaintFact).createQueryBuilder("f").where(awaitsFirstLineSql("f")).getMany();
    expect(ids(selected)).toEqual(ids(all.filter(awaitsFirstLine)));
  });

  const callers: Caller[] = [
    { sub: "central", role: "central-service" },
    { sub: "coord", role: "coordinator", directorate: DirectorateCode.ICT },
    { sub: "citizen-1", role: "citizen" },
    { sub: "citizen-9", role: "citizen" },
  ];

  it.each(callers)("complaint scope for $role $sub: scopeQuery and scopeLookup ⇔ mayRead", async (caller) => {
    const facts = await db.getRepository(ComplaintFact).find();
    const expected = facts.filter((f) => mayRead(caller, f));
    const query = await scopeQuery(db.getRepository(ComplaintFact).createQueryBuilder("f"), "f", caller).getMany();
    const lookup = await scopeLookup(db.getRepository(ComplaintFact).createQueryBuilder("f").where("1 = 1"), "f", caller).getMany();
    expect(ids(query)).toEqual(ids(expected));
    expect(ids(lookup)).toEqual(ids(expected));
  });

  it.each(callers)("action plan for $role $sub: actionPlanScope ⇔ mayReadActionPlanItem", async (caller) => {
    const repo = db.getRepository(ActionPlanItem);
    await repo.clear();
    const codes = [null, DirectorateCode.ICT, DirectorateCode.CRISIS_CENTRE];
    await repo.insert(
      codes.map((directorateCode, n) => ({
        id: `a${n}`,
        year: 2026,
        directorateCode,
        title: "t",
        description: null,
        dueAt: null,
        done: false,
        doneAt: null,
        relatedComplaintIds: "[]",
        createdBy: "central",
        createdAt: NOW,
      })),
    );
    const selected = await actionPlanScope(repo.createQueryBuilder("a"), "a", caller).getMany();
    const expected = (await repo.find()).filter((item) => mayReadActionPlanItem(caller, item));
    expect(ids(selected)).toEqual(ids(expected));
    if (caller.role === "coordinator") expect(ids(selected)).toEqual(["a0", "a1"]);
  });

  it("action plan: nobody without a token", () => {
    expect(mayReadActionPlanItem(null, { directorateCode: null })).toBe(false);
  });
});
