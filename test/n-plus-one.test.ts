import { SUBGRAPHS } from "../lib/config";
import { central, citizenOwner, coordinatorOwn } from "./helpers/callers";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok, procedure } from "./helpers/procedure";
import { useTestStack } from "./helpers/stack";
import { statementRecorder } from "./helpers/statements";

/** The coordinator's queue with a field from every subgraph, entities resolved from lists included. */
const QUEUE = `query($first: Int!) { complaints(first: $first) {
  totalCount nextCursor
  items {
    id reference status receivedAt subject complainant { name } allowedActions
    timeline { status at }
    directorate { code name(language: FR) phone }
    firstLine { acknowledgedAt answeredAt outcome acknowledgementOverdue answerOverdue }
    escalation { id status requestedAt complaint { id reference } }
    ombudsman { name }
  }
} }`;

describe.each(DATABASE_KINDS)("no N+1: SQL statements per subgraph for the coordinator queue [%s]", (kind) => {
  const recorder = statementRecorder();
  // The queue with every list nested (`first` a variable: 100 items, timelines 50 each) costs about 44,000 under the list-aware cost
  // (docs/api.md, "Cost of lists"); this suite measures statements, not the budget.
  const t = useTestStack(kind, { queryLoggers: recorder.loggers, env: { GRAPHQL_MAX_COST: "100000" } });
  // 50 filings whose responses reach every subgraph, each applying the filing first (read-your-writes): slow on a busy MySQL.
  beforeAll(async () => {
    const p = procedure(t);
    for (let i = 0; i < 50; i++) await p.file({ subject: `Complaint ${i}` });
    await t.settle();
    // Some of the first page answered and escalated, so every subgraph has rows to resolve for it.
    const page = ok(await t.query(QUEUE, { first: 10 }, coordinatorOwn)).complaints.items as { id: string }[];
    for (const { id } of page.slice(0, 4)) {
      await p.screen(id, true, undefined, undefined, central);
      await t.settle();
      await p.answer(id);
      await t.settle();
    }
    for (const { id } of page.slice(0, 2)) {
      await p.requestEscalation(id, "The answer does not address my letters.", citizenOwner);
      await t.settle();
    }
  }, 120_000);

  it("runs the same small number of statements for 10 and for 50 items", async () => {
    const run = (first: number) => recorder.during(async () => ok(await t.query(QUEUE, { first }, coordinatorOwn)).complaints);
    const ten = await run(10);
    const fifty = await run(50);

    expect(ten.result.items).toHaveLength(10);
    expect(fifty.result.items).toHaveLength(50);
    expect(fifty.result.totalCount).toBe(50);
    for (const page of [ten.result.items, fifty.result.items]) {
      expect(page.every((c: any) => c.firstLine !== null && c.directorate.phone && c.timeline.length > 0)).toBe(true);
      expect(page.filter((c: any) => c.escalation?.complaint.id === c.id)).toHaveLength(2);
      expect(page.filter((c: any) => c.firstLine.answeredAt)).toHaveLength(4);
    }

    const counts = (s: Record<string, string[]>) => Object.fromEntries(SUBGRAPHS.map((name) => [name, s[name].length]));
    expect(counts(fifty.statements)).toEqual(counts(ten.statements));
    // intake: count, page, timelines, and one insert of the audit entries for every complaint whose
    // subject and complainant were read; directorates: cases (the directorates themselves are read once per process:
    // subgraphs/directorates/directory.ts); escalation: facts, escalations
    // (escalation.complaint resolves through intake's reference resolver: one more batched statement there).
    expect(counts(ten.statements)).toEqual({ intake: 5, directorates: 1, escalation: 2 });
  });
});
