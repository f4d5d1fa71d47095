import type { DataSource } from "typeorm";
import { type BelgianCalendar, startOfBrusselsDay } from "../../lib/domain/brussels-calendar";
import type { DirectorateCode } from "../../lib/domain/enums";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";
import { type Count, addUp, complaintCounts } from "./report.counts";
import { type YearCounts, openThresholds, splitOpen } from "./report.figures";

/** Every complaint's counts added up from the facts, for the complaints received in `year` (Brussels), or in every year when null. */
export async function recount(dataSource: DataSource, year: number | null, calendar: BelgianCalendar): Promise<Map<string, Count>> {
  const facts = dataSource.getRepository(ComplaintFact).createQueryBuilder("f");
  const escalations = dataSource.getRepository(Escalation).createQueryBuilder("e");
  if (year !== null) {
    const range = { from: startOfBrusselsDay(`${year}-01-01`), to: startOfBrusselsDay(`${year + 1}-01-01`) };
    facts.where("f.receivedAt >= :from AND f.receivedAt < :to", range);
    escalations.innerJoin(ComplaintFact, "f", "f.complaintId = e.complaintId").where("f.receivedAt >= :from AND f.receivedAt < :to", range);
  }
  const byComplaint = new Map<string, Escalation[]>();
  for (const e of await escalations.getMany()) byComplaint.set(e.complaintId, [...(byComplaint.get(e.complaintId) ?? []), e]);
  const counts = new Map<string, Count>();
  for (const fact of await facts.getMany()) addUp(complaintCounts(fact, byComplaint.get(fact.complaintId) ?? [], calendar), counts);
  return counts;
}

/** The year's counts as the report needs them, recounted from every complaint of the year, the open steps split at `now`. */
export async function recountedYear(
  dataSource: DataSource,
  year: number,
  directorates: readonly DirectorateCode[],
  now: Date,
  calendar: BelgianCalendar,
): Promise<YearCounts> {
  const wanted = new Set(directorates);
  const counts = [...(await recount(dataSource, year, calendar)).values()].filter((c) => wanted.has(c.directorate));
  return splitOpen(counts, openThresholds(now, calendar));
}
