import { auditName } from "../lib/audit/audit-middleware";
import type { Caller } from "../lib/auth/caller";
import type { SubgraphName } from "../lib/config";
import { central, coordinatorOwn } from "./helpers/callers";
import { AUDIT_SPECS } from "./helpers/audited";
import { DATABASE_KINDS } from "./helpers/databases";
import { ok, paperInput, procedure } from "./helpers/procedure";
import { START, startTestStack, type TestStack } from "./helpers/stack";

/** The part of `auditTrail` each subgraph contributes. */
const TRAIL_PART: Record<SubgraphName, string> = { intake: "complaint", directorates: "firstLine", escalation: "escalation" };

type Fixture = "escalated" | "inadmissible";

/** Reached from personalDataExport (the access copy), by the central service: coordinators may not ask for it. */
const accessCopy = (field: string) => ({ fixture: "escalated" as const, select: field, root: "personalDataExport" as const, as: central });

/** For each audited field (test/helpers/audited.ts), a query reaching it (from `complaint` as its coordinator unless said), and the complaint it reads. */
const READS: Record<string, { fixture: Fixture; select: string; root?: "personalDataExport"; as?: Caller }> = {
  "Complaint.complainant": { fixture: "escalated", select: "complainant { kind }" },
  "Complaint.subject": { fixture: "escalated", select: "subject" },
  "Complaint.description": { fixture: "escalated", select: "description" },
  "Complaint.desiredOutcome": { fixture: "escalated", select: "desiredOutcome" },
  "Complaint.admissibilityNote": { fixture: "inadmissible", select: "admissibilityNote" },
  "Complaint.appealRoute": { fixture: "escalated", select: "appealRoute" },
  "Complaint.triedOfficialHandlingFirst": { fixture: "escalated", select: "triedOfficialHandlingFirst" },
  "Complaint.letters": { fixture: "inadmissible", select: "letters { kind }" },
  "StatusChange.note": { fixture: "inadmissible", select: "timeline { status note }" },
  "Letter.subject": { fixture: "inadmissible", select: "letters { subject }" },
  "Letter.text": { fixture: "inadmissible", select: "letters { text }" },
  "FirstLineHandling.answer": { fixture: "escalated", select: "firstLine { answer }" },
  "Escalation.reason": { fixture: "escalated", select: "escalation { reason }" },
  "Escalation.decision": { fixture: "escalated", select: "escalation { decision }" },
  "FirstLineHandling.remedy": { fixture: "escalated", select: "firstLine { remedy }" },
  "Escalation.remedy": { fixture: "escalated", select: "escalation { remedy }" },
  "Complaint.specialCategories": { fixture: "escalated", select: "specialCategories { categories reason }" },
  "PersonalDataExport.complaint": accessCopy("complaint"),
  "PersonalDataExport.document": accessCopy("document"),
  "PersonalDataExport.firstLine": accessCopy("firstLine"),
  "PersonalDataExport.escalation": accessCopy("escalation"),
};
const ROOT_QUERY = { complaint: "complaint(id: $id) { id", personalDataExport: "personalDataExport(complaintId: $id) { complaintId" };

const LISTED = Object.entries(AUDIT_SPECS).flatMap(([subgraph, spec]) =>
  Object.entries(spec.reads).flatMap(([type, audited]) =>
    audited.fields.map((field) => ({ subgraph: subgraph as SubgraphName, coordinate: `${type}.${field}`, name: auditName(type, audited, field) })),
  ),
);

interface Entry {
  at: string;
  actorSub: string;
  action: string;
  what: string;
  requestId: string;
}

describe.each(DATABASE_KINDS)("audited reads [%s]", (kind) => {
  let t: TestStack;
  const fixtures = {} as Record<Fixture, string>;
  let minute = 0;

  beforeAll(async () => {
    t = await startTestStack(kind);
    const p = procedure(t);
    const escalated = await p.admissible({
      desiredOutcome: "An answer to my three letters.",
      appealRoute: "Raad van State",
      triedOfficialHandlingFirst: false,
    });
    await p.acknowledge(escalated.id);
    await p.answer(escalated.id);
    await t.settle();
    const escalation = await p.requestEscalation(escalated.id);
    await t.settle();
    await p.decide(escalation.id);
    await t.settle();
    const paper = await p.register(paperInput());
    await t.settle();
    await p.screen(paper.id, false, "OUTSIDE_COMPETENCE", "Concerns a municipal service, sent on to the city of Brussels.");
    await t.settle();
    // Flagged, so that Complaint.specialCategories has a value to read.
    const flag = `mutation($id: ID!) { flagSpecialCategories(complaintId: $id, categories: [HEALTH], reason: "Medical certificate") { id } }`;
    ok(await t.query(flag, { id: escalated.id }, central));
    fixtures.escalated = escalated.id;
    fixtures.inadmissible = paper.id;
  });
  afterAll(() => t.stop());

  /** A moment of its own for each read, so its entries are told apart from the fixture's. */
  const nextMoment = () => {
    const at = new Date(new Date(START).getTime() + 30 * 86_400_000 + ++minute * 60_000).toISOString();
    t.clock.set(at);
    return at;
  };
  const entriesAt = async (complaintId: string, subgraph: SubgraphName, at: string): Promise<Entry[]> => {
    const trail = ok(
      await t.query(
        `query($id: ID!) { auditTrail(complaintId: $id) { ${TRAIL_PART[subgraph]} { at actorSub action what requestId } } }`,
        { id: complaintId },
        central,
      ),
    );
    return (trail.auditTrail[TRAIL_PART[subgraph]] as Entry[]).filter((e) => e.at === at);
  };

  it("has a query for every audited field", () => {
    expect(LISTED.map((l) => l.coordinate).filter((c) => !READS[c])).toEqual([]);
  });

  it.each(LISTED.map((l) => [l.coordinate, l] as const))("a read of %s is recorded, naming the field", async (_coordinate, { subgraph, coordinate, name }) => {
    const { fixture, select, root = "complaint", as = coordinatorOwn } = READS[coordinate];
    const id = fixtures[fixture];
    const at = nextMoment();
    const data = ok(await t.query(`query($id: ID!) { ${ROOT_QUERY[root]} ${select} } }`, { id }, as));
    const field = coordinate.split(".")[1];
    expect(JSON.stringify(data[root])).toMatch(new RegExp(`"${field}":(?!null)`));
    const reads = await entriesAt(id, subgraph, at);
    expect(reads.map((e) => [e.actorSub, e.action])).toEqual([[as.sub, "READ"]]);
    expect(reads[0].what.split(",")).toContain(name);
  });

  it("a coordinator's read of the timeline of a screened-inadmissible complaint records the screening note", async () => {
    const at = nextMoment();
    const data = ok(await t.query(`query($id: ID!) { complaint(id: $id) { timeline { status note } } }`, { id: fixtures.inadmissible }, coordinatorOwn));
    expect(data.complaint.timeline).toContainEqual({ status: "INADMISSIBLE", note: "Concerns a municipal service, sent on to the city of Brussels." });
    expect((await entriesAt(fixtures.inadmissible, "intake", at)).map((e) => e.what)).toEqual(["StatusChange.note"]);
  });

  it("N concurrent identical reads by one caller: N answers, N READ entries with N distinct request ids", async () => {
    const n = 10;
    for (const [subgraph, select] of [
      ["intake", "description"],
      ["directorates", "firstLine { answer }"],
    ] as const) {
      const at = nextMoment();
      const query = `query($id: ID!) { complaint(id: $id) { ${select} } }`;
      const answers = await Promise.all(Array.from({ length: n }, () => t.query(query, { id: fixtures.escalated }, coordinatorOwn)));
      expect(answers.map((a) => JSON.stringify(ok(a)).includes("null"))).toEqual(Array(n).fill(false));
      const reads = await entriesAt(fixtures.escalated, subgraph, at);
      expect(reads).toHaveLength(n);
      expect(new Set(reads.map((e) => e.requestId)).size).toBe(n);
    }
  });
});
