import type { DataSource } from "typeorm";
import { awaitsFirstLineSql } from "../../lib/domain/admissibility";
import { type BelgianCalendar, startOfBrusselsDay } from "../../lib/domain/brussels-calendar";
import { acknowledgementDueAt, answerDueAt, doneInTime, overdueSinceReceiptSql } from "../../lib/domain/deadlines";
import { Admissibility, type DirectorateCode, EscalationStatus, InadmissibilityReason, Outcome } from "../../lib/domain/enums";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";
import { COUNTS, type Counts, type YearRows, type YearStatistics, assembleYearStatistics } from "./report.figures";

/** The dates of a handled complaint the on-time counts and the median read. */
const HANDLED_DATES = ["receivedAt", "acknowledgedAt", "acknowledgementPostedAt", "answeredAt"] as const;

/** The figures of the yearly evaluation for the complaints received in `year` (in Brussels) in `directorates`, measured at `now`. */
export async function yearStatistics(
  dataSource: DataSource,
  year: number,
  directorates: DirectorateCode[],
  now: Date,
  calendar: BelgianCalendar,
): Promise<YearStatistics> {
  return assembleYearStatistics(await yearRows(dataSource, year, directorates, now, calendar), directorates);
}

/**
 * The year's counts, counted by the database (one grouped statement), except what
 * needs each complaint's due day: the steps done in time and the answer times the
 * median needs are counted from the handled complaints' rows. The outcome counted is the final one:
 * the Central Complaints Service's decision where there is one, else the first-line answer's; so is the admissibility
 * (a screening the central service corrected counts as corrected).
 */
export async function yearRows(dataSource: DataSource, year: number, directorates: DirectorateCode[], now: Date, calendar: BelgianCalendar): Promise<YearRows> {
  const finalOutcome = "(CASE WHEN e.status = :decided THEN e.outcome ELSE f.outcome END)";
  const acknowledgementOverdue = overdueSinceReceiptSql("f", "acknowledgement", awaitsFirstLineSql("f"), now, calendar);
  const answerOverdue = overdueSinceReceiptSql("f", "answer", awaitsFirstLineSql("f"), now, calendar);
  const when = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  const scope = (qb: ReturnType<typeof base>) =>
    qb
      .where("f.receivedAt >= :from AND f.receivedAt < :to", { from: startOfBrusselsDay(`${year}-01-01`), to: startOfBrusselsDay(`${year + 1}-01-01`) })
      .andWhere("f.directorate IN (:...directorates)", { directorates });
  const base = () => dataSource.getRepository(ComplaintFact).createQueryBuilder("f");

  const grouped = scope(base())
    // The request about the answer, not a review of inadmissibility (whose outcome is about the screening, counted as the final admissibility).
    .leftJoin(Escalation, "e", "e.complaintId = f.complaintId AND e.review = 0")
    .select("f.directorate", "directorate")
    .addSelect("COUNT(*)", "received")
    .addSelect(when("f.admissibility = :inadmissible"), "inadmissible")
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
  // Raw rows, hydrated column by column: a year's handled complaints, without building an entity for each.
  const meta = dataSource.getMetadata(ComplaintFact);
  const columns = Object.fromEntries(HANDLED_DATES.map((property) => [property, meta.findColumnWithPropertyName(property)!]));
  const date = (property: (typeof HANDLED_DATES)[number], value: unknown): Date | null =>
    value === null || value === undefined ? null : (dataSource.driver.prepareHydratedValue(value, columns[property]) as Date);
  const query = scope(base()).andWhere("f.acknowledgedAt IS NOT NULL").select("f.directorate", "directorate");
  for (const property of HANDLED_DATES) query.addSelect(`f.${property}`, property);
  const handled = (await query.getRawMany<Record<string, unknown>>()).map((r) => ({
    directorate: r.directorate as DirectorateCode,
    receivedAt: date("receivedAt", r.receivedAt)!,
    acknowledgedAt: date("acknowledgedAt", r.acknowledgedAt),
    acknowledgementPostedAt: date("acknowledgementPostedAt", r.acknowledgementPostedAt),
    answeredAt: date("answeredAt", r.answeredAt),
  }));
  const inTime = (directorate: DirectorateCode) => {
    const mine = handled.filter((f) => f.directorate === directorate);
    return {
      // A paper acknowledgement counts from the day it was posted (markLetterPosted), when that is known.
      acknowledgedWithinDeadline: mine.filter((f) => doneInTime(f.acknowledgementPostedAt ?? f.acknowledgedAt, acknowledgementDueAt(f.receivedAt, calendar)))
        .length,
      answeredWithinDeadline: mine.filter((f) => doneInTime(f.answeredAt, answerDueAt(f.receivedAt, calendar))).length,
    };
  };
  // The drivers return sums as strings or numbers.
  return {
    counts: rows.map((row) => ({
      directorate: row.directorate as DirectorateCode,
      counts: { ...Object.fromEntries(COUNTS.map((c) => [c, Number(row[c] ?? 0)])), ...inTime(row.directorate as DirectorateCode) } as Counts,
      inadmissibleByReason: Object.fromEntries(Object.values(InadmissibilityReason).map((r) => [r, Number(row[`reason_${r}`] ?? 0)])) as Record<
        InadmissibilityReason,
        number
      >,
    })),
    answerTimes: handled.filter((f) => f.answeredAt).map((f) => ({ directorate: f.directorate, ms: f.answeredAt!.getTime() - f.receivedAt.getTime() })),
  };
}
