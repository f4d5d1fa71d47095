import { getNamedType, isObjectType, isScalarType, type GraphQLNamedType } from "graphql";
import { auditedCoordinates } from "../../lib/audit/audit-middleware";
import { apiSchema } from "../helpers/api-schema";
import { AUDIT_SPECS } from "../helpers/audited";

/** Scalars that cannot hold a name, an address or a text. */
const NOT_TEXT = new Set(["ID", "Int", "Float", "Boolean", "DateTime"]);

/**
 * Text fields of the API that are not personal data or notes about a
 * complaint, each with the reason. Every other text field must be audited:
 * a new text field fails this test until it is audited or listed here.
 */
const NOT_PERSONAL: Record<string, string> = {
  "Complaint.reference": "the FOD's file number, shown on every letter; it names no one",
  "ComplaintPage.nextCursor": "an opaque position in a list",
  "EscalationPage.nextCursor": "an opaque position in a list",
  "ActionPlanItem.title": "the central service's improvement plan, about services, not about a complainant",
  "ActionPlanItem.description": "the central service's improvement plan, about services, not about a complainant",
  "ReportPublication.note": "the central service's note on publishing its yearly evaluation, about services, not about a complainant",
  "ReportPublication.publishedByRole": "the role of the staff member who published the yearly evaluation",
  "ReportPublication.publishedBy": "the central service's own account that published the yearly evaluation (central service only), not a complainant",
  "ReportLink.url": "a link to the annual report for the caller alone; its signed token names only the caller's account and role",
  "ReportLink.csvUrl": "a link to the annual report for the caller alone; its signed token names only the caller's account and role",
  "ActionProgressNote.text": "staff's notes on how an action of the improvement plan is getting on, not about a complainant",
  "ActionProgressNote.byRole": "the writer's role claim, one of three fixed values",
  "AuditEntry.actorSub": "the audit trail itself (central service only); reading it is not a read of a complaint",
  "AuditEntry.actorRole": "the audit trail itself",
  "AuditEntry.what": "the audit trail itself: field and mutation names",
  "AuditEntry.requestId": "the audit trail itself",
  ...Object.fromEntries(
    ["name", "address", "phone", "fax", "website", "complaintCoordinatorEmail"].map((f) => [`Directorate.${f}`, "the public directory of the FOD's services"]),
  ),
  ...Object.fromEntries(["name", "address", "phone", "website"].map((f) => [`Ombudsman.${f}`, "the public address of the federal ombudsman"])),
  ...Object.fromEntries(["sub", "name", "locale"].map((f) => [`Viewer.${f}`, "the caller's own token claims, shown back to the caller only"])),
  ...Object.fromEntries(
    [
      ...["title", "controller", "dataProtectionOfficer", "purpose", "legalBasis", "retention", "howToExercise", "supervisoryAuthority", "fullNoticeUrl"].map(
        (f) => `PrivacyNotice.${f}`,
      ),
      "PrivacyNoticeSection.title",
      "PrivacyNoticeSection.text",
      "PrivacyRight.text",
    ].map((c) => [c, "the public privacy notice: the FOD's own text and settings"]),
  ),
};

describe("the audited fields (each subgraph's audit.ts) against the composed schema", () => {
  const schema = apiSchema();
  const audited = new Set(Object.values(AUDIT_SPECS).flatMap(auditedCoordinates));
  const objectTypes = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith("__"));
  const fieldsOf = (t: GraphQLNamedType) => (isObjectType(t) ? Object.values(t.getFields()) : []);

  /** A type reached only through audited fields (Complainant, through Complaint.complainant): reading any of its fields is recorded there. */
  const reachedOnlyThroughAudited = (typeName: string) => {
    const reaching = objectTypes.flatMap((t) =>
      fieldsOf(t)
        .filter((f) => getNamedType(f.type).name === typeName)
        .map((f) => `${t.name}.${f.name}`),
    );
    return reaching.length > 0 && reaching.every((c) => audited.has(c));
  };

  it("names only fields that exist", () => {
    const existing = new Set(objectTypes.flatMap((t) => fieldsOf(t).map((f) => `${t.name}.${f.name}`)));
    expect([...audited].filter((c) => !existing.has(c))).toEqual([]);
    expect(Object.keys(NOT_PERSONAL).filter((c) => !existing.has(c))).toEqual([]);
  });

  it("covers every text field of the API that is not declared free of personal data", () => {
    const unaudited: string[] = [];
    for (const type of objectTypes) {
      for (const field of fieldsOf(type)) {
        const named = getNamedType(field.type);
        if (!isScalarType(named) || NOT_TEXT.has(named.name)) continue;
        const coordinate = `${type.name}.${field.name}`;
        if (audited.has(coordinate) || NOT_PERSONAL[coordinate] || reachedOnlyThroughAudited(type.name)) continue;
        unaudited.push(coordinate);
      }
    }
    expect(unaudited).toEqual([]);
  });

  it("never both audits a field and declares it free of personal data", () => {
    expect(Object.keys(NOT_PERSONAL).filter((c) => audited.has(c))).toEqual([]);
  });

  it("includes the timeline's notes and the letters' subject and text", () => {
    expect([...audited]).toEqual(
      expect.arrayContaining(["StatusChange.note", "Letter.subject", "Letter.text", "Complaint.admissibilityNote", "Complaint.complainant"]),
    );
  });
});
