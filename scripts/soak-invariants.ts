import type { DataSource } from "typeorm";
import type { SubgraphName } from "../lib/config";

/** What the three subgraphs hold about one complaint once every feed is drained. */
export interface ComplaintView {
  id: string;
  /** Intake's complaint. */
  status: string;
  admissibility: string;
  acknowledged: boolean;
  answered: boolean;
  /** The directorates' case and the escalation subgraph's facts (their copies of intake's and directorates' events). */
  firstLine?: { admissibility: string; acknowledged: boolean; answered: boolean };
  facts?: { admissibility: string; acknowledged: boolean; answered: boolean };
  escalations: { review: boolean; decided: boolean }[];
  /** Letters written to the complainant, per kind. */
  letters: Record<string, number>;
}

const secondLine = (c: ComplaintView) => c.escalations.filter((e) => !e.review);
const letters = (c: ComplaintView, kind: string) => c.letters[kind] ?? 0;
const agrees = (copy: ComplaintView["firstLine"], c: ComplaintView) =>
  !!copy && copy.admissibility === c.admissibility && copy.acknowledged === c.acknowledged && copy.answered === c.answered;

/**
 * What must hold of every complaint at rest, from the transition table (lib/domain/transitions.ts), the event
 * handlers that keep intake's status (subgraphs/intake/events.ts) and the letter writer (one letter per event).
 */
export const INVARIANTS: readonly { name: string; holds: (c: ComplaintView) => boolean }[] = [
  { name: "RECEIVED but acknowledged or answered", holds: (c) => c.status !== "RECEIVED" || (!c.acknowledged && !c.answered) },
  { name: "ACKNOWLEDGED without its acknowledgement, or answered", holds: (c) => c.status !== "ACKNOWLEDGED" || (c.acknowledged && !c.answered) },
  { name: "ANSWERED without acknowledgement and answer", holds: (c) => c.status !== "ANSWERED" || (c.acknowledged && c.answered) },
  {
    name: "inadmissible but acknowledged or answered",
    holds: (c) => c.admissibility !== "INADMISSIBLE" || (!c.answered && !["ACKNOWLEDGED", "ANSWERED"].includes(c.status)),
  },
  { name: "INADMISSIBLE status without the decision", holds: (c) => c.status !== "INADMISSIBLE" || c.admissibility === "INADMISSIBLE" },
  { name: "directorates disagrees with intake (admissibility, acknowledgement, answer)", holds: (c) => agrees(c.firstLine, c) },
  { name: "escalation's facts disagree with intake (admissibility, acknowledgement, answer)", holds: (c) => agrees(c.facts, c) },
  { name: "more than one second-line escalation", holds: (c) => secondLine(c).length <= 1 },
  {
    name: "ESCALATED or CLOSED without a second-line escalation, or the reverse",
    holds: (c) => ["ESCALATED", "CLOSED"].includes(c.status) === secondLine(c).length > 0,
  },
  { name: "CLOSED exactly when the second line decided", holds: (c) => (c.status === "CLOSED") === secondLine(c).some((e) => e.decided) },
  { name: "more than one acknowledgement letter", holds: (c) => letters(c, "ACKNOWLEDGEMENT") <= 1 && (c.acknowledged || letters(c, "ACKNOWLEDGEMENT") === 0) },
  { name: "not one answer letter per answer", holds: (c) => letters(c, "FIRST_LINE_ANSWER") === (c.answered ? 1 : 0) },
  { name: "not one receipt per escalation", holds: (c) => letters(c, "ESCALATION_RECEIPT") === c.escalations.length },
  { name: "not one decision letter per decided escalation", holds: (c) => letters(c, "ESCALATION_DECISION") === c.escalations.filter((e) => e.decided).length },
];

/** Per invariant broken: how many complaints break it and the first few ids. */
export function contradictions(views: ComplaintView[]): Record<string, { complaints: number; examples: string[] }> {
  const result: Record<string, { complaints: number; examples: string[] }> = {};
  for (const { name, holds } of INVARIANTS) {
    const broken = views.filter((c) => !holds(c)).map((c) => c.id);
    if (broken.length) result[name] = { complaints: broken.length, examples: broken.slice(0, 3) };
  }
  return result;
}

const flag = (v: unknown) => v === true || Number(v) === 1;

/** Every complaint's view, read from the three databases. */
export async function complaintViews(dbs: Record<SubgraphName, DataSource>): Promise<ComplaintView[]> {
  type Row = Record<string, unknown> & { id: string };
  const copy = (r: Row) => ({ admissibility: String(r.admissibility), acknowledged: r.acknowledgedAt !== null, answered: r.answeredAt !== null });
  const byId = async (ds: DataSource, sql: string) => new Map((await ds.query<Row[]>(sql)).map((r) => [r.id, copy(r)]));
  const firstLine = await byId(dbs.directorates, "SELECT complaintId AS id, admissibility, acknowledgedAt, answeredAt FROM complaint_case");
  const facts = await byId(dbs.escalation, "SELECT complaintId AS id, admissibility, acknowledgedAt, answeredAt FROM complaint_fact");
  const escalations = grouped(await dbs.escalation.query<Row[]>("SELECT complaintId AS id, review, decidedAt FROM escalation"));
  const letterRows = grouped(await dbs.intake.query<Row[]>("SELECT complaintId AS id, kind, COUNT(*) AS n FROM letter GROUP BY complaintId, kind"));
  const complaints = await dbs.intake.query<Row[]>("SELECT id, status, admissibility, acknowledgedAt, answeredAt FROM complaint");
  return complaints.map((r) => ({
    id: r.id,
    status: String(r.status),
    ...copy(r),
    firstLine: firstLine.get(r.id),
    facts: facts.get(r.id),
    escalations: (escalations.get(r.id) ?? []).map((e) => ({ review: flag(e.review), decided: e.decidedAt !== null })),
    letters: Object.fromEntries((letterRows.get(r.id) ?? []).map((l) => [String(l.kind), Number(l.n)])),
  }));
}

function grouped<T extends { id: string }>(rows: T[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const row of rows) result.set(row.id, [...(result.get(row.id) ?? []), row]);
  return result;
}
