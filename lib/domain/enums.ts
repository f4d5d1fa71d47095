import { registerEnumType } from "type-graphql";

// The contract's enums. Every subgraph registers the same definitions so that
// composition sees identical values wherever an enum is used as input.

export enum Language {
  NL = "NL",
  FR = "FR",
  DE = "DE",
  EN = "EN",
}
export enum Channel {
  ONLINE_FORM = "ONLINE_FORM",
  EMAIL = "EMAIL",
  POST = "POST",
  FAX = "FAX",
}
export enum ComplainantKind {
  PERSON = "PERSON",
  COMPANY = "COMPANY",
  INSTITUTION = "INSTITUTION",
}

export enum ComplaintCategory {
  /** de geleverde dienst of product */
  SERVICE_OR_PRODUCT = "SERVICE_OR_PRODUCT",
  /** de kwaliteit van de dienstverlening */
  SERVICE_QUALITY = "SERVICE_QUALITY",
  /** de behandeling door de ambtenaar */
  OFFICIAL_CONDUCT = "OFFICIAL_CONDUCT",
  /** de toepassing van de wetgeving */
  APPLICATION_OF_LEGISLATION = "APPLICATION_OF_LEGISLATION",
}

export enum DirectorateCode {
  CENTRAL_SERVICES = "CENTRAL_SERVICES",
  CIVIL_SECURITY = "CIVIL_SECURITY",
  SECURITY_AND_PREVENTION = "SECURITY_AND_PREVENTION",
  INSTITUTIONS_AND_POPULATION = "INSTITUTIONS_AND_POPULATION",
  CRISIS_CENTRE = "CRISIS_CENTRE",
  IMMIGRATION_OFFICE = "IMMIGRATION_OFFICE",
  ICT = "ICT",
}

export enum Admissibility {
  PENDING = "PENDING",
  ADMISSIBLE = "ADMISSIBLE",
  INADMISSIBLE = "INADMISSIBLE",
}

/** "Welke klachten worden niet aanvaard?" */
export enum InadmissibilityReason {
  /** anonieme klachten */
  ANONYMOUS = "ANONYMOUS",
  /** klachten die niet tot de bevoegdheid van de FOD Binnenlandse Zaken behoren */
  OUTSIDE_COMPETENCE = "OUTSIDE_COMPETENCE",
  /** de inhoud van een beslissing waartegen een reglementair beroep mogelijk is */
  DECISION_WITH_APPEAL_ROUTE = "DECISION_WITH_APPEAL_ROUTE",
  /** administratieve of gerechtelijke geschillen */
  ADMINISTRATIVE_OR_JUDICIAL_DISPUTE = "ADMINISTRATIVE_OR_JUDICIAL_DISPUTE",
}

export enum ComplaintStatus {
  RECEIVED = "RECEIVED",
  ACKNOWLEDGED = "ACKNOWLEDGED",
  ANSWERED = "ANSWERED",
  ESCALATED = "ESCALATED",
  CLOSED = "CLOSED",
  INADMISSIBLE = "INADMISSIBLE",
  WITHDRAWN = "WITHDRAWN",
}

export enum Outcome {
  FOUNDED = "FOUNDED",
  PARTLY_FOUNDED = "PARTLY_FOUNDED",
  UNFOUNDED = "UNFOUNDED",
  NO_JUDGEMENT = "NO_JUDGEMENT",
}
export enum EscalationStatus {
  REQUESTED = "REQUESTED",
  DECIDED = "DECIDED",
}

registerEnumType(Language, { name: "Language" });
registerEnumType(Channel, { name: "Channel" });
registerEnumType(ComplainantKind, { name: "ComplainantKind" });
registerEnumType(ComplaintCategory, { name: "ComplaintCategory" });
registerEnumType(DirectorateCode, { name: "DirectorateCode" });
registerEnumType(Admissibility, { name: "Admissibility" });
registerEnumType(InadmissibilityReason, { name: "InadmissibilityReason" });
registerEnumType(ComplaintStatus, { name: "ComplaintStatus" });
registerEnumType(Outcome, { name: "Outcome" });
registerEnumType(EscalationStatus, { name: "EscalationStatus" });

export const isDirectorateCode = (value: unknown): value is DirectorateCode =>
  typeof value === "string" && (Object.values(DirectorateCode) as string[]).includes(value);
