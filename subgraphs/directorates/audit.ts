import type { AuditSpec } from "../../lib/audit/audit-middleware";
import { auditTrailPart } from "../../lib/audit/audit-trail";
import type { FirstLineHandling } from "./first-line.types";

/** Directorates own the reasoned answer. */
export const directoratesAudit: AuditSpec = {
  reads: {
    FirstLineHandling: { complaintId: (f: FirstLineHandling) => f.case.complaintId, fields: ["answer", "remedy"] },
    PersonalDataExport: { complaintId: (p: { complaintId: string }) => p.complaintId, fields: ["firstLine"], qualified: true },
  },
  changes: ["acknowledgeComplaint", "answerComplaint"],
};

export const directoratesTrail = auditTrailPart("firstLine", "Reads and changes of the first-line handling (directorates).");
