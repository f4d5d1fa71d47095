import { DataSource } from "typeorm";
import { SUBGRAPHS, databaseFor, type AppConfig, type SubgraphName } from "../lib/config";
import { formatReference } from "../subgraphs/intake/reference-number";

/** Which feeds each subgraph applies (as in subgraphs/<name>/server.ts). */
export const FEEDS: [consumer: SubgraphName, producer: SubgraphName][] = [
  ["intake", "intake"], // its own outbox, for the letters
  ["intake", "directorates"],
  ["intake", "escalation"],
  ["directorates", "intake"],
  ["escalation", "intake"],
  ["escalation", "directorates"],
];

/** Read-only access to the three databases after the run (raw SQL, no entities). */
export async function openDatabases(config: AppConfig): Promise<Record<SubgraphName, DataSource>> {
  const result = {} as Record<SubgraphName, DataSource>;
  for (const name of SUBGRAPHS) {
    const db = databaseFor(config, name);
    const url = db.kind === "mysql" ? Object.assign(new URL(db.url), { pathname: `/${db.database}` }).toString() : "";
    result[name] = await new DataSource(db.kind === "sqlite" ? { type: "better-sqlite3", database: db.file } : { type: "mysql", url }).initialize();
  }
  return result;
}

export const numbers = async (ds: DataSource, sql: string, params: unknown[] = []) =>
  (await ds.query<{ v: number | string }[]>(sql, params)).map((r) => Number(r.v));

export interface FeedCount {
  feed: string;
  produced: number;
  applied: number;
  duplicates: number;
  missing: number;
}

/** Per feed: events the producer wrote, inbox rows at the consumer, and how they differ. */
export async function countFeeds(dbs: Record<SubgraphName, DataSource>): Promise<FeedCount[]> {
  const counts: FeedCount[] = [];
  for (const [consumer, producer] of FEEDS) {
    const produced = await numbers(dbs[producer], "SELECT seq AS v FROM outbox_event ORDER BY seq");
    const applied = await numbers(dbs[consumer], "SELECT seq AS v FROM inbox_event WHERE source = ? ORDER BY seq", [producer]);
    const appliedSet = new Set(applied);
    counts.push({
      feed: `${producer} → ${consumer}`,
      produced: produced.length,
      applied: applied.length,
      duplicates: applied.length - appliedSet.size,
      missing: produced.filter((seq) => !appliedSet.has(seq)).length,
    });
  }
  return counts;
}

export interface ComplaintCount {
  acknowledged: number;
  inDatabase: number;
  acknowledgedMissing: number;
  notAcknowledged: number;
  duplicateReferences: number;
  /** Numbers missing between the first and the last reference of a year; references not IBZ-<year>-<6 digits> of their own year and number. */
  referenceGaps: number;
  malformedReferences: number;
  directoratesCopies: number;
  escalationCopies: number;
}

/** Every complaint the API acknowledged against what intake (and the consumers' copies) hold. */
export async function countComplaints(dbs: Record<SubgraphName, DataSource>, acknowledged: Map<string, string>): Promise<ComplaintCount> {
  const rows = await dbs.intake.query<ReferenceRow[]>("SELECT id, reference, referenceYear, referenceNumber FROM complaint");
  const ids = new Set(rows.map((r) => r.id));
  const references = new Set(rows.map((r) => r.reference));
  const [directoratesCopies] = await numbers(dbs.directorates, "SELECT COUNT(*) AS v FROM complaint_case");
  const [escalationCopies] = await numbers(dbs.escalation, "SELECT COUNT(*) AS v FROM complaint_fact");
  return {
    acknowledged: acknowledged.size,
    inDatabase: rows.length,
    acknowledgedMissing: [...acknowledged.keys()].filter((id) => !ids.has(id)).length,
    notAcknowledged: rows.filter((r) => !acknowledged.has(r.id)).length,
    duplicateReferences: rows.length - references.size,
    ...referenceFaults(rows),
    directoratesCopies,
    escalationCopies,
  };
}

interface ReferenceRow {
  id: string;
  reference: string;
  referenceYear: number | string;
  referenceNumber: number | string;
}

/** References are IBZ-<year>-<6 digits>, consecutive per year from the year's first. */
export function referenceFaults(rows: ReferenceRow[]): { referenceGaps: number; malformedReferences: number } {
  const numbersByYear = new Map<number, Set<number>>();
  let malformedReferences = 0;
  for (const r of rows) {
    const [year, number] = [Number(r.referenceYear), Number(r.referenceNumber)];
    if (r.reference !== formatReference(year, number) || !/^IBZ-\d{4}-\d{6}$/.test(r.reference)) malformedReferences++;
    numbersByYear.set(year, (numbersByYear.get(year) ?? new Set()).add(number));
  }
  let referenceGaps = 0;
  for (const numbers of numbersByYear.values()) referenceGaps += Math.max(...numbers) - Math.min(...numbers) + 1 - numbers.size;
  return { referenceGaps, malformedReferences };
}
