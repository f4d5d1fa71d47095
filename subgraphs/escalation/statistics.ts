import { Admissibility, EscalationStatus, InadmissibilityReason, Outcome } from "../../lib/enums";
import { daysBetween } from "../../lib/clock";
import { acknowledgementDueAt, answerDueAt } from "../../lib/procedure";
import type { ComplaintFact } from "./complaint-fact.entity";
import type { Escalation } from "./escalation.entity";
import type { ComplaintStatistics, ReasonCount } from "./report.types";

export type FactWithEscalation = Pick<
  ComplaintFact,
  "directorate" | "receivedAt" | "admissibility" | "inadmissibilityReason" | "withdrawn" | "acknowledgedAt" | "answeredAt" | "outcome"
> & { escalation: Pick<Escalation, "status" | "outcome"> | null };

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(value * 100) / 100;
}

/**
 * The figures of the yearly evaluation over a set of complaints, measured at `now`.
 * The outcome counted is the final one: the Central Complaints Service's decision
 * where there is one, else the first-line answer's.
 */
export function computeStatistics(facts: FactWithEscalation[], now: Date): ComplaintStatistics {
  const stats: ComplaintStatistics = {
    received: facts.length,
    inadmissible: 0,
    acknowledgedWithinDeadline: 0,
    answeredWithinDeadline: 0,
    overdue: 0,
    escalated: 0,
    founded: 0,
    partlyFounded: 0,
    unfounded: 0,
    medianDaysToAnswer: null,
  };
  const daysToAnswer: number[] = [];
  for (const f of facts) {
    const inadmissible = f.admissibility === Admissibility.INADMISSIBLE;
    if (inadmissible) stats.inadmissible++;
    if (f.acknowledgedAt && f.acknowledgedAt <= acknowledgementDueAt(f.receivedAt)) stats.acknowledgedWithinDeadline++;
    if (f.answeredAt) {
      if (f.answeredAt <= answerDueAt(f.receivedAt)) stats.answeredWithinDeadline++;
      daysToAnswer.push(daysBetween(f.receivedAt, f.answeredAt));
    }
    const open = !inadmissible && !f.withdrawn;
    const lateAcknowledgement = !f.acknowledgedAt && now > acknowledgementDueAt(f.receivedAt);
    const lateAnswer = !f.answeredAt && now > answerDueAt(f.receivedAt);
    if (open && (lateAcknowledgement || lateAnswer)) stats.overdue++;
    if (f.escalation) stats.escalated++;
    const outcome = f.escalation?.status === EscalationStatus.DECIDED ? f.escalation.outcome : f.outcome;
    if (outcome === Outcome.FOUNDED) stats.founded++;
    if (outcome === Outcome.PARTLY_FOUNDED) stats.partlyFounded++;
    if (outcome === Outcome.UNFOUNDED) stats.unfounded++;
  }
  stats.medianDaysToAnswer = median(daysToAnswer);
  return stats;
}

export function countByReason(facts: FactWithEscalation[]): ReasonCount[] {
  return Object.values(InadmissibilityReason).map((reason) => ({
    reason,
    count: facts.filter((f) => f.admissibility === Admissibility.INADMISSIBLE && f.inadmissibilityReason === reason).length,
  }));
}
