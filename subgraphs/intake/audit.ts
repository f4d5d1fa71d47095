import { Arg, ID, Query, Resolver } from "type-graphql";
import type { AuditSpec } from "../../lib/audit/audit-middleware";
import { auditTrailPart } from "../../lib/audit/audit-trail";
import { notFound } from "../../lib/errors";
import type { DataSource } from "typeorm";
import { Complaint } from "./complaint.entity";
import type { Letter } from "./letters/letter.entity";
import type { StatusChange } from "./status-change.entity";
import { msg } from "../../lib/i18n/message";

/**
 * Intake owns the complainant's data, the complaint's text, the timeline's
 * notes (a screening note, a transfer's reason) and the letters.
 */
export const intakeAudit: AuditSpec = {
  reads: {
    Complaint: {
      complaintId: (c: Complaint) => c.id,
      fields: [
        "complainant",
        "subject",
        "description",
        "desiredOutcome",
        "admissibilityNote",
        "appealRoute",
        "triedOfficialHandlingFirst",
        "letters",
        "specialCategories",
      ],
    },
    StatusChange: { complaintId: (s: StatusChange) => s.complaintId, fields: ["note"], qualified: true },
    Letter: { complaintId: (l: Letter) => l.complaintId, fields: ["subject", "text"], qualified: true },
    PersonalDataExport: { complaintId: (p: { complaintId: string }) => p.complaintId, fields: ["complaint", "document"], qualified: true },
  },
  changes: [
    "fileComplaint",
    "registerComplaint",
    "screenComplaint",
    "rescreenComplaint",
    "transferComplaint",
    "withdrawComplaint",
    "confirmEmail",
    "requestEmailConfirmation",
    "markLetterPosted",
    "erasePersonalData",
    "updateComplainant",
    "flagSpecialCategories",
  ],
};

export const intakeTrail = auditTrailPart("complaint", "Reads and changes of the complaint, the complainant and the letters (intake).", {
  local: async (dataSource, complaintId) => !!(await dataSource.getRepository(Complaint).findOneBy({ id: complaintId }))?.specialCategories,
});
type AuditTrail = InstanceType<typeof intakeTrail.AuditTrail>;

@Resolver()
export class AuditTrailQuery {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => intakeTrail.AuditTrail, { description: "Central service: who read or changed this complaint. NOT_FOUND for an unknown id." })
  async auditTrail(@Arg("complaintId", () => ID, { description: "The complaint's id." }) complaintId: string): Promise<AuditTrail> {
    if (!(await this.dataSource.getRepository(Complaint).existsBy({ id: complaintId }))) throw notFound(msg("complaint.notFound", { id: complaintId }));
    return { complaintId };
  }
}
