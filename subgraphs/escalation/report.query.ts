import type { DataSource } from "typeorm";
import { DAY_MS } from "../../lib/platform/clock";
import { awaitsFirstLineSql } from "../../lib/domain/admissibility";
import { doneInTimeSql, overdueSinceReceiptSql } from "../../lib/domain/deadlines";
import { Admissibility, type DirectorateCode, EscalationStatus, InadmissibilityReason, Outcome } from "../../lib/domain/enums";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";
import { COUNTS, type Counts, type YearRows, type YearStatistics, assembleYearStatistics } from "./report.figures";

/** `b - a` in whole milliseconds, per database. */
function millisBetween(dataSource: DataSource, a: string, b: string): string {
  return dataSource.options.type === "better-sqlite3"
    ? `CAST(ROUND((julianday(${b}) - julianday(${a})) * ${DAY_MS}) AS INTEGER)`
    : `(TIMESTAMPDIFF(MICROSECOND, ${a}, ${b}) DIV 1000)`;
}

/**
 * `doneInTime` for the acknowledgement: a paper acknowledgement counts from the
 * day it was posted (markLetterPosted), when that is known; otherwise from the
 * coordinator's acknowledgement.
 */
function acknowledgedInTimeSql(database: string): string {
  const posted = doneInTimeSql(database, "f", "acknowledgement").replaceAll("f.acknowledgedAt", "f.acknowledgementPostedAt");
  return `((f.acknowledgementPostedAt IS NULL AND ${doneInTimeSql(database, "f", "acknowledgement")}) OR (${posted}))`;
}

/** The figures of the yearly evaluation for the complaints received in `year` in `directorates`, measured at `now`. */
export async function yearStatistics(dataSource: DataSource, year: number, directorates: DirectorateCode[], now: Date): Promise<YearStatistics> {
  return assembleYearStatistics(await yearRows(dataSource, year, directorates, now), directorates);
}

/**
 * The year's counts, counted by the database (one grouped statement, plus one
 * for the answer times the median needs). The outcome counted is the final one:
 * the Central Complaints Service's decision where there is one, else the first-line answer's.
 */
export async function yearRows(dataSource: DataSource, year: number, directorates: DirectorateCode[], now: Date): Promise<YearRows> {
  const database = dataSource.options.type;
  const finalOutcome = "(CASE WHEN e.status = :decided THEN e.outcome ELSE f.outcome END)";
  const acknowledgementOverdue = overdueSinceReceiptSql("f", "acknowledgement", awaitsFirstLineSql("f"), now);
  const answerOverdue = overdueSinceReceiptSql("f", "answer", awaitsFirstLineSql("f"), now);
  const when = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  const scope = (qb: ReturnType<typeof base>) =>
    qb
      .where("f.receivedAt >= :from AND f.receivedAt < :to", { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) })
      .andWhere("f.directorate IN (:...directorates)", { directorates });
  const base = () => dataSource.getRepository(ComplaintFact).createQueryBuilder("f");

  const grouped = scope(base())
    .leftJoin(Escalation, "e", "e.complaintId = f.complaintId")
    .select("f.directorate", "directorate")
    .addSelect("COUNT(*)", "received")
    .addSelect(when("f.admissibility = :inadmissible"), "inadmissible")
    .addSelect(when(acknowledgedInTimeSql(database)), "acknowledgedWithinDeadline")
    .addSelect(when(doneInTimeSql(database, "f", "answer")), "answeredWithinDeadline")
    .addSelect(when(`(${acknowledgementOverdue.sql} OR ${answerOverdue.sql})`), "overdue")
    .addSelect(when("e.complaintId IS NOT NULL"), "escalated")
    .addSelect(when(`${finalOutcome} = :founded`), "founded")
    .addSelect(when(`${finalOutcome} = :partlyFounded`), "partlyFounded")
    .addSelect(when(`${finalOutcome} = :unfounded`), "unfounded")
    .setParameters({
      inadmissible: Admissibility.INADMISSIBLE,
      decided: EscalationStatus.DECIDED,
      founded: Outcome.FOUNDED,
      partlyFounded: Outcome.PARTLY_FOUNDED,
      unfounded: Outcome.UNFOUNDED,
      ...acknowledgementOverdue.parameters,
      ...answerOverdue.parameters,
    })
    .groupBy("f.directorate");
  for (const reason of Object.values(InadmissibilityReason)) {
    grouped.addSelect(when(`f.admissibility = :inadmissible AND f.inadmissibilityReason = '${reason}'`), `reason_${reason}`);
  }
  const rows: Record<string, unknown>[] = await grouped.getRawMany();
  const answerTimes: { directorate: DirectorateCode; ms: unknown }[] = await scope(base())
    .andWhere("f.answeredAt IS NOT NULL")
    .select("f.directorate", "directorate")
    .addSelect(millisBetween(dataSource, "f.receivedAt", "f.answeredAt"), "ms")
    .getRawMany();
  // The drivers return sums and differences as strings or numbers.
  return {
    counts: rows.map((row) => ({
      directorate: row.directorate as DirectorateCode,
      counts: Object.fromEntries(COUNTS.map((c) => [c, Number(row[c] ?? 0)])) as Counts,
      inadmissibleByReason: Object.fromEntries(Object.values(InadmissibilityReason).map((r) => [r, Number(row[`reason_${r}`] ?? 0)])) as Record<
        InadmissibilityReason,
        number
      >,
    })),
    answerTimes: answerTimes.map(({ directorate, ms }) => ({ directorate, ms: Number(ms) })),
  };
}
