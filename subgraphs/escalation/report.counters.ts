import type { DataSource, EntityManager } from "typeorm";
import type { EventHandler, EventHandlers } from "../../lib/events/consumer";
import type { BelgianCalendar } from "../../lib/domain/brussels-calendar";
import type { DirectorateCode } from "../../lib/domain/enums";
import { inTransaction, writeLock } from "../../lib/platform/database";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";
import { type Count, addUp, complaintCounts, countKey } from "./report.counts";
import { ReportCount } from "./report-count.entity";
import { type OpenCount, type YearCounts, openThresholds } from "./report.figures";
import { recount } from "./report.query";

const CHUNK = 200;

/** The counts one complaint contributes now, read in `m`'s transaction (the facts row locked where the database can). */
async function countsOf(m: EntityManager, complaintId: string, calendar: BelgianCalendar, lock: boolean): Promise<Count[]> {
  const fact = await m.findOne(ComplaintFact, { where: { complaintId }, ...(lock ? { lock: writeLock(m) } : {}) });
  if (!fact) return [];
  const escalations = await m.find(Escalation, { where: { complaintId } });
  return [...addUp(complaintCounts(fact, escalations, calendar)).values()];
}

/** Adds each count's value to its counter (creating it), in key order so that two transactions never wait on each other in a circle. */
export async function addToCounters(m: EntityManager, counts: Count[]): Promise<void> {
  const changes = counts.filter((c) => c.value !== 0).sort((a, b) => (countKey(a) < countKey(b) ? -1 : 1));
  const mysql = m.connection.options.type !== "better-sqlite3";
  const onConflict = mysql
    ? "ON DUPLICATE KEY UPDATE `value` = `value` + VALUES(`value`)"
    : "ON CONFLICT (`year`, `directorate`, `figure`, `day`) DO UPDATE SET `value` = `value` + excluded.`value`";
  for (let i = 0; i < changes.length; i += CHUNK) {
    const part = changes.slice(i, i + CHUNK);
    await m.query(
      `INSERT INTO \`report_count\` (\`year\`, \`directorate\`, \`figure\`, \`day\`, \`value\`) VALUES ${part.map(() => "(?, ?, ?, ?, ?)").join(", ")} ${onConflict}`,
      part.flatMap((c) => [c.year, c.directorate, c.figure, c.day, c.value]),
    );
  }
}

/**
 * Starts counting a change of one complaint's facts or escalations: call the function it returns once the change is
 * written, and the report's counters move by the difference (the complaint's counts before taken off, its counts after
 * added). In the caller's transaction, so the counters change exactly when the facts do; the facts row is locked
 * first, so changes of one complaint queue.
 */
export async function countChange(m: EntityManager, complaintId: string, calendar: BelgianCalendar): Promise<() => Promise<void>> {
  const before = await countsOf(m, complaintId, calendar, true);
  return async () => {
    const after = await countsOf(m, complaintId, calendar, false);
    await addToCounters(m, [...addUp(before, addUp(after), -1).values()]);
  };
}

/** The handlers with every event's change counted (countChange), for the events that change facts. */
export function counted(handlers: EventHandlers, calendar: BelgianCalendar): EventHandlers {
  const wrap =
    (handler: EventHandler): EventHandler =>
    async (m, e) => {
      const done = await countChange(m, e.complaintId, calendar);
      await handler(m, e);
      await done();
    };
  return Object.fromEntries(Object.entries(handlers).map(([type, handler]) => [type, wrap(handler as EventHandler)]));
}

/** `npm run report:rebuild`: every counter recounted from the facts, in one transaction. */
export function rebuildCounters(dataSource: DataSource, calendar: BelgianCalendar): Promise<number> {
  return inTransaction(dataSource, (m) => refillCounters(m, calendar));
}

/** Every counter recounted from the facts in `m`'s transaction; resolves to the number of counters. */
export async function refillCounters(m: EntityManager, calendar: BelgianCalendar): Promise<number> {
  // The serving account has no DELETE (README, "Personal data"): it only ever fills empty counters (ensureCounters).
  if (await m.getRepository(ReportCount).exists()) await m.createQueryBuilder().delete().from(ReportCount).execute();
  const counts = [...(await recount(m, calendar)).values()];
  await addToCounters(m, counts);
  return counts.length;
}

/** Where the counters differ from a full recount of the facts (counters at 0 and absent ones are the same); empty when they agree. */
export async function counterDifferences(dataSource: DataSource, calendar: BelgianCalendar): Promise<{ key: string; counter: number; recount: number }[]> {
  const recounted = await recount(dataSource.manager, calendar);
  const kept = new Map((await dataSource.getRepository(ReportCount).find()).map((c) => [countKey(c), c.value]));
  const keys = new Set([...recounted.keys(), ...kept.keys()]);
  return [...keys]
    .map((key) => ({ key, counter: kept.get(key) ?? 0, recount: recounted.get(key)?.value ?? 0 }))
    .filter((d) => d.counter !== d.recount)
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Counters not built yet (a database from before them, or facts written by other means): built from the facts. */
export async function ensureCounters(dataSource: DataSource, calendar: BelgianCalendar): Promise<void> {
  if (await dataSource.getRepository(ReportCount).exists()) return;
  if (!(await dataSource.getRepository(ComplaintFact).exists())) return;
  await rebuildCounters(dataSource, calendar);
}

/**
 * A year's counts for the report from the counters: two statements over at most a year's days per directorate,
 * whatever the number of complaints. The open steps are split at `now` by the database.
 */
export async function countedYear(
  dataSource: DataSource,
  year: number,
  directorates: readonly DirectorateCode[],
  now: Date,
  calendar: BelgianCalendar,
): Promise<YearCounts> {
  const open = ["ack.open", "answer.open", "decision.open"];
  const scope = (alias: string) =>
    dataSource
      .getRepository(ReportCount)
      .createQueryBuilder(alias)
      .where(`${alias}.year = :year`, { year })
      .andWhere(`${alias}.directorate IN (:...directorates)`, { directorates });
  const rows = await scope("c")
    .select(["c.directorate AS directorate", "c.figure AS figure", "c.day AS day", "c.value AS value"])
    .andWhere("c.figure NOT IN (:...open)", { open })
    .andWhere("c.value <> 0")
    .getRawMany<Record<string, unknown>>();
  const t = openThresholds(now, calendar);
  const threshold = "(CASE o.figure WHEN 'ack.open' THEN :ack WHEN 'answer.open' THEN :answer ELSE :decision END)";
  const opened = await scope("o")
    .select(["o.directorate AS directorate", "o.figure AS figure"])
    .addSelect(`SUM(CASE WHEN o.day < ${threshold} THEN o.value ELSE 0 END)`, "late")
    .addSelect("SUM(o.value)", "total")
    .addSelect("SUM(CASE WHEN o.day < :answer THEN o.value ELSE 0 END)", "lateForAnswer")
    .andWhere("o.figure IN (:...open)", { open })
    .setParameters(t)
    .groupBy("o.directorate")
    .addGroupBy("o.figure")
    .getRawMany<Record<string, unknown>>();
  // The drivers return sums as strings or numbers.
  return {
    counts: rows.map((r) => ({
      year,
      directorate: r.directorate as DirectorateCode,
      figure: String(r.figure),
      day: Number(r.day),
      value: Number(r.value),
    })),
    open: opened.map((r): OpenCount => ({
      directorate: r.directorate as DirectorateCode,
      step: String(r.figure).slice(0, -5) as OpenCount["step"],
      late: Number(r.late),
      pending: Number(r.total) - Number(r.late),
      lateForAnswer: Number(r.lateForAnswer),
    })),
  };
}
