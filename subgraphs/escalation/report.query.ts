import type { EntityManager } from "typeorm";
import type { BelgianCalendar } from "../../lib/domain/brussels-calendar";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";
import { type Count, addUp, complaintCounts } from "./report.counts";

/** Every complaint's counts added up from the facts: what the counters must hold. */
export async function recount(m: EntityManager, calendar: BelgianCalendar): Promise<Map<string, Count>> {
  const byComplaint = new Map<string, Escalation[]>();
  for (const e of await m.find(Escalation)) byComplaint.set(e.complaintId, [...(byComplaint.get(e.complaintId) ?? []), e]);
  const counts = new Map<string, Count>();
  for (const fact of await m.find(ComplaintFact)) addUp(complaintCounts(fact, byComplaint.get(fact.complaintId) ?? [], calendar), counts);
  return counts;
}
