import { DAY_MS } from "../../lib/platform/clock";
import { type DirectorateCode, InadmissibilityReason } from "../../lib/domain/enums";
import type { ComplaintStatistics, ReasonCount } from "./report.types";

export const COUNTS = [
  "received",
  "inadmissible",
  "acknowledgedWithinDeadline",
  "answeredWithinDeadline",
  "overdue",
  "escalated",
  "founded",
  "partlyFounded",
  "unfounded",
] as const;
export type Counts = Record<(typeof COUNTS)[number], number>;

/** What the database counts for one year: a row of counts per directorate that has complaints, and every answer time. */
export interface YearRows {
  counts: { directorate: DirectorateCode; counts: Counts; inadmissibleByReason: Record<InadmissibilityReason, number> }[];
  answerTimes: { directorate: DirectorateCode; ms: number }[];
}

export interface YearStatistics {
  totals: ComplaintStatistics;
  byDirectorate: Map<DirectorateCode, ComplaintStatistics>;
  inadmissibleByReason: ReasonCount[];
}

/** The middle value rounded to two decimals, the mean of the two middle ones for an even count; null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(value * 100) / 100;
}

const zero = (): Counts => Object.fromEntries(COUNTS.map((c) => [c, 0])) as Counts;

/**
 * The report's figures from the year's rows: every directorate in `directorates`
 * (zeros where it had no complaint), the totals over them, the median days to
 * answer, and the inadmissible complaints per reason. Rows of other directorates are left out.
 */
export function assembleYearStatistics(rows: YearRows, directorates: readonly DirectorateCode[]): YearStatistics {
  const days = new Map<DirectorateCode | "all", number[]>([["all", []], ...directorates.map((code) => [code, []] as [DirectorateCode, number[]])]);
  for (const { directorate, ms } of rows.answerTimes) {
    if (!days.has(directorate)) continue;
    days.get("all")!.push(ms / DAY_MS);
    days.get(directorate)!.push(ms / DAY_MS);
  }
  const totals = zero();
  const reasons = new Map(Object.values(InadmissibilityReason).map((r) => [r, 0]));
  const byDirectorate = new Map<DirectorateCode, ComplaintStatistics>();
  for (const code of directorates) byDirectorate.set(code, { ...zero(), medianDaysToAnswer: median(days.get(code)!) });
  for (const row of rows.counts) {
    const stats = byDirectorate.get(row.directorate);
    if (!stats) continue;
    for (const c of COUNTS) {
      stats[c] = row.counts[c];
      totals[c] += stats[c];
    }
    for (const r of reasons.keys()) reasons.set(r, reasons.get(r)! + row.inadmissibleByReason[r]);
  }
  return {
    totals: { ...totals, medianDaysToAnswer: median(days.get("all")!) },
    byDirectorate,
    inadmissibleByReason: [...reasons].map(([reason, count]) => ({ reason, count })),
  };
}
