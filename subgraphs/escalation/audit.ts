import type { AuditSpec } from "../../lib/audit/audit-middleware";
import { auditTrailPart } from "../../lib/audit/audit-trail";
import type { Escalation } from "./escalation.entity";

/** Escalation owns the complainant's reason for escalating and the central service's decision. */
export const escalationAudit: AuditSpec = {
  reads: {
    Escalation: { complaintId: (e: Escalation) => e.complaintId, fields: ["reason", "decision", "remedy"] },
    PersonalDataExport: { complaintId: (p: { complaintId: string }) => p.complaintId, fields: ["escalation"], qualified: true },
  },
  changes: ["requestEscalation", "decideEscalation"],
};

export const escalationTrail = auditTrailPart("escalation", "Reads and changes of the escalation (escalation).");
