import { asJson, personalDataExportPart } from "../../lib/graphql/personal-data-export";
import { ComplaintFact } from "./complaint-fact.entity";
import { Escalation } from "./escalation.entity";

/** The second line's part of the access copy; who recorded or decided (staff) stays out. */
export const escalationExport = personalDataExportPart(
  "escalation",
  "The second line (escalation): every request to the Central Complaints Service with its reason, and the decision, outcome and remedy.",
  async (dataSource, complaintId) => {
    const fact = await dataSource.getRepository(ComplaintFact).findOneBy({ complaintId });
    if (!fact) return { ownerSub: undefined, data: null };
    const rows = await dataSource.getRepository(Escalation).find({ where: { complaintId }, order: { requestedAt: "ASC" } });
    const escalations = rows.map((e) => ({
      review: e.review,
      requestedAt: e.requestedAt,
      reason: e.reason,
      status: e.status,
      dueAt: e.dueAt,
      decidedAt: e.decidedAt,
      decision: e.decision,
      outcome: e.outcome,
      remedy: e.remedy,
    }));
    return { ownerSub: fact.ownerSub, data: { escalations: escalations.map(asJson) } };
  },
);
