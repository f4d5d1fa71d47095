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
  SERVICE_OR_PRODUCT = "SERVICE_OR_PRODUCT",
  SERVICE_QUALITY = "SERVICE_QUALITY",
  OFFICIAL_CONDUCT = "OFFICIAL_CONDUCT",
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

export enum InadmissibilityReason {
  ANONYMOUS = "ANONYMOUS",
  OUTSIDE_COMPETENCE = "OUTSIDE_COMPETENCE",
  DECISION_WITH_APPEAL_ROUTE = "DECISION_WITH_APPEAL_ROUTE",
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

registerEnumType(Language, {
  name: "Language",
  description: "A language of the FOD's letters and texts.",
  valuesConfig: { NL: { description: "Dutch." }, FR: { description: "French." }, DE: { description: "German." }, EN: { description: "English." } },
});
registerEnumType(Channel, {
  name: "Channel",
  description: 'How the complaint came in: "Bij voorkeur via e-mail (online formulier beschikbaar) ofwel via post of fax".',
  valuesConfig: {
    ONLINE_FORM: { description: "Filed by the citizen with fileComplaint." },
    EMAIL: { description: "Received by e-mail; registered by staff (registerComplaint)." },
    POST: { description: "Received by post; registered by staff, received on the postmark date." },
    FAX: { description: "Received by fax; registered by staff, received on the fax date." },
  },
});
registerEnumType(ComplainantKind, {
  name: "ComplainantKind",
  description: '"Elke persoon, onderneming of instelling" that uses the FOD\'s services may complain.',
  valuesConfig: {
    PERSON: { description: "A person (persoon)." },
    COMPANY: { description: "A company (onderneming)." },
    INSTITUTION: { description: "An institution (instelling)." },
  },
});
registerEnumType(ComplaintCategory, {
  name: "ComplaintCategory",
  description: 'What the complainant is not satisfied with ("U kunt een klacht indienen wanneer u niet tevreden bent over").',
  valuesConfig: {
    SERVICE_OR_PRODUCT: { description: '"de geleverde dienst of product": the service or product delivered.' },
    SERVICE_QUALITY: { description: '"de kwaliteit van de dienstverlening": the quality of the service.' },
    OFFICIAL_CONDUCT: { description: '"de behandeling door de ambtenaar": how an official treated the complainant.' },
    APPLICATION_OF_LEGISLATION: { description: '"de toepassing van de wetgeving": how the legislation was applied.' },
  },
});
registerEnumType(DirectorateCode, {
  name: "DirectorateCode",
  description: 'A directorate of the FOD (contact data in the seed\'s "Contactgegevens"); each has a complaint coordinator.',
  valuesConfig: {
    CENTRAL_SERVICES: { description: "Centrale diensten (Coördinatie- en ondersteuningsdienst, Stafdiensten P&O en B&B) en Interne Audit en Inspectie." },
    CIVIL_SECURITY: { description: "Algemene Directie Civiele Veiligheid." },
    SECURITY_AND_PREVENTION: { description: "Algemene Directie Veiligheid en Preventie." },
    INSTITUTIONS_AND_POPULATION: { description: "Algemene Directie Instellingen en Bevolking." },
    CRISIS_CENTRE: { description: "Algemene Directie Crisiscentrum." },
    IMMIGRATION_OFFICE: { description: "Algemene Directie Dienst Vreemdelingenzaken." },
    ICT: { description: "Stafdienst ICT." },
  },
});
registerEnumType(Admissibility, {
  name: "Admissibility",
  description: "The screening's result (screenComplaint, rescreenComplaint).",
  valuesConfig: {
    PENDING: { description: "Not screened yet; the complaint may be acknowledged but not answered." },
    ADMISSIBLE: { description: "Screened admissible: the coordinator answers it." },
    INADMISSIBLE: { description: "Not handled (inadmissibilityReason says why); anonymous complaints are INADMISSIBLE on registration." },
  },
});
registerEnumType(InadmissibilityReason, {
  name: "InadmissibilityReason",
  description: 'Why a complaint is not handled: "Welke klachten worden niet aanvaard?"',
  valuesConfig: {
    ANONYMOUS: { description: '"anonieme klachten": no complainant known.' },
    OUTSIDE_COMPETENCE: { description: '"klachten die niet tot de bevoegdheid van de Federale Overheidsdienst Binnenlandse Zaken behoren".' },
    DECISION_WITH_APPEAL_ROUTE: {
      description: '"klachten over de inhoud van een beslissing als hiervoor een reglementair beroep mogelijk is": the note names the appeal route.',
    },
    ADMINISTRATIVE_OR_JUDICIAL_DISPUTE: { description: '"administratieve of gerechtelijke geschillen".' },
  },
});
registerEnumType(ComplaintStatus, {
  name: "ComplaintStatus",
  description: "Where the complaint stands in the procedure (the transition table: docs/procedure.md).",
  valuesConfig: {
    RECEIVED: { description: "Filed or registered; waits for the acknowledgement (within the week) and the answer (within 30 days)." },
    ACKNOWLEDGED: { description: "The coordinator confirmed receipt; waits for the reasoned answer." },
    ANSWERED: { description: "The coordinator gave the reasoned answer; the complainant may still turn to the Central Complaints Service." },
    ESCALATED: { description: "The complainant turned to the Central Complaints Service; waits for its decision." },
    CLOSED: { description: "The Central Complaints Service decided the escalation." },
    INADMISSIBLE: { description: "Not handled (admissibility INADMISSIBLE); a review may be asked of the Central Complaints Service." },
    WITHDRAWN: { description: "The complainant withdrew it before the answer." },
  },
});
registerEnumType(Outcome, {
  name: "Outcome",
  description: "The verdict of a reasoned answer or an escalation decision.",
  valuesConfig: {
    FOUNDED: { description: "The complaint is founded; a remedy is required." },
    PARTLY_FOUNDED: { description: "The complaint is partly founded; a remedy is required." },
    UNFOUNDED: { description: "The complaint is unfounded." },
    NO_JUDGEMENT: { description: "No judgement on the merits (zonder oordeel)." },
  },
});
registerEnumType(EscalationStatus, {
  name: "EscalationStatus",
  description: "Where an escalation to the Central Complaints Service stands.",
  valuesConfig: {
    REQUESTED: { description: "Asked for; waits for the central service's decision (30 days)." },
    DECIDED: { description: "The central service decided (decision, outcome)." },
  },
});

export const isDirectorateCode = (value: unknown): value is DirectorateCode =>
  typeof value === "string" && (Object.values(DirectorateCode) as string[]).includes(value);
