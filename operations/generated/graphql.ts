/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new action of the year's plan (addActionPlanItem). */
export type ActionPlanItemInput = {
  /** What is to be done, at most 20000 characters, several lines allowed. */
  description?: string | null | undefined;
  /** The directorate it is for; omitted or null: the whole FOD. */
  directorate?: DirectorateCode | null | undefined;
  /** When it should be done (ISO 8601 instant, UTC); omitted: no date. */
  dueAt?: string | null | undefined;
  /** Ids (Complaint.id) of the complaints it answers to: at most 100, each known to the escalation service (BAD_USER_INPUT otherwise); repeats count once. */
  relatedComplaintIds?: Array<string | number> | null | undefined;
  /** One line, 1 to 200 characters. */
  title: string;
};

/** The screening's result (screenComplaint, rescreenComplaint). */
export type Admissibility =
  /** Screened admissible: the coordinator answers it. */
  | 'ADMISSIBLE'
  /** Not handled (inadmissibilityReason says why); anonymous complaints are INADMISSIBLE on registration. */
  | 'INADMISSIBLE'
  /** Not screened yet; the complaint may be acknowledged but not answered. */
  | 'PENDING';

/** The coordinator's reasoned answer to a complaint (answerComplaint). */
export type AnswerInput = {
  /** The reasoned answer: at least REASONED_ANSWER_MIN_CHARS (default 100) visible characters, at most 20000; several lines allowed. */
  answer: string;
  /** Whether the complaint is founded; FOUNDED and PARTLY_FOUNDED require a remedy. */
  outcome: Outcome;
  /** Required when the outcome is FOUNDED or PARTLY_FOUNDED: the solution proposed or how the error is put right (printed in the letter), at most 5000 characters. */
  remedy?: string | null | undefined;
};

/** What the caller did with the complaint. */
export type AuditAction =
  /** A mutation changed the complaint. */
  | 'CHANGE'
  /** Personal data of the complaint was returned to the caller. */
  | 'READ';

/** How the complaint came in: "Bij voorkeur via e-mail (online formulier beschikbaar) ofwel via post of fax". */
export type Channel =
  /** Received by e-mail; registered by staff (registerComplaint). */
  | 'EMAIL'
  /** Received by fax; registered by staff, received on the fax date. */
  | 'FAX'
  /** Filed by the citizen with fileComplaint. */
  | 'ONLINE_FORM'
  /** Received by post; registered by staff, received on the postmark date. */
  | 'POST';

/** Who complains. An e-mail or a postal address is required: the FOD must be able to answer. */
export type ComplainantInput = {
  /** An e-mail address (ASCII before the @), at most 254 characters. Online complaints: letters go there once it is confirmed (Complaint.emailAddressConfirmed). */
  email?: string | null | undefined;
  /** A person, company or institution ("Elke persoon, onderneming of instelling"). */
  kind: ComplainantKind;
  /** One line, at most 200 characters, not blank. */
  name: string;
  /** The company or institution; one line, at most 200 characters. */
  organisation?: string | null | undefined;
  /** 6 to 40 characters: digits, spaces, ( ) . / - and a leading +. */
  phone?: string | null | undefined;
  /** Several lines allowed, at most 500 characters. */
  postalAddress?: string | null | undefined;
};

/** "Elke persoon, onderneming of instelling" that uses the FOD's services may complain. */
export type ComplainantKind =
  /** A company (onderneming). */
  | 'COMPANY'
  /** An institution (instelling). */
  | 'INSTITUTION'
  /** A person (persoon). */
  | 'PERSON';

/** Corrections to the complainant's data (GDPR art. 16), checked as at filing. A field left out stays as it is; null removes an optional one. An e-mail or a postal address must remain. */
export type ComplainantUpdateInput = {
  /** At most 254 characters. A new address of an online complaint is used once the complainant confirms it (a code goes there, as at filing). */
  email?: string | null | undefined;
  /** One line, at most 200 characters, not blank. Null is refused: a complainant has a name. */
  name?: string | null | undefined;
  /** The company or institution; one line, at most 200 characters. */
  organisation?: string | null | undefined;
  /** 6 to 40 characters: digits, spaces, ( ) . / - and a leading +. */
  phone?: string | null | undefined;
  /** Several lines allowed, at most 500 characters. */
  postalAddress?: string | null | undefined;
};

/** A step the caller may take on a complaint now (Complaint.allowedActions), named after its mutation. */
export type ComplaintAction =
  /** acknowledgeComplaint: the coordinator of the complaint's directorate confirms receipt. */
  | 'ACKNOWLEDGE'
  /** answerComplaint: the coordinator of the complaint's directorate gives the reasoned answer (admissible complaints only). */
  | 'ANSWER'
  /** decideEscalation (with Complaint.escalation.id): the Central Complaints Service decides the escalation. */
  | 'DECIDE_ESCALATION'
  /** requestEscalation: the complainant turns to the Central Complaints Service after the answer or once it is overdue, or asks it to review an inadmissibility decision; the central service records such a request made by post, fax or e-mail. */
  | 'REQUEST_ESCALATION'
  /** rescreenComplaint: the Central Complaints Service corrects the screening of an inadmissible complaint. */
  | 'RESCREEN'
  /** screenComplaint: a coordinator of the complaint's directorate or the central service records admissibility (once). */
  | 'SCREEN'
  /** transferComplaint: a coordinator of the complaint's directorate or the central service moves it to another directorate. */
  | 'TRANSFER'
  /** withdrawComplaint: the complainant withdraws the complaint before it is answered. */
  | 'WITHDRAW';

/** What the complainant is not satisfied with ("U kunt een klacht indienen wanneer u niet tevreden bent over"). */
export type ComplaintCategory =
  /** "de toepassing van de wetgeving": how the legislation was applied. */
  | 'APPLICATION_OF_LEGISLATION'
  /** "de behandeling door de ambtenaar": how an official treated the complainant. */
  | 'OFFICIAL_CONDUCT'
  /** "de geleverde dienst of product": the service or product delivered. */
  | 'SERVICE_OR_PRODUCT'
  /** "de kwaliteit van de dienstverlening": the quality of the service. */
  | 'SERVICE_QUALITY';

/** Narrows Query.complaints; the conditions given all hold. Within the caller's scope only. */
export type ComplaintFilter = {
  /** true: only complaints still waiting for their acknowledgement past acknowledgementDueAt; false: only the others. */
  acknowledgementOverdue?: boolean | null | undefined;
  /** true: only complaints still waiting for their answer past answerDueAt; false: only the others. */
  answerOverdue?: boolean | null | undefined;
  /** Only this directorate's complaints (a coordinator sees only their own anyway). */
  directorate?: DirectorateCode | null | undefined;
  /** Only complaints with receivedAt at or after this ISO 8601 instant (inclusive). */
  receivedFrom?: string | null | undefined;
  /** Only complaints with receivedAt before this ISO 8601 instant (exclusive). */
  receivedTo?: string | null | undefined;
  /** Only complaints in one of these statuses; empty or absent: any. */
  status?: Array<ComplaintStatus> | null | undefined;
};

/** Where the complaint stands in the procedure (the transition table: docs/procedure.md). */
export type ComplaintStatus =
  /** The coordinator confirmed receipt; waits for the reasoned answer. */
  | 'ACKNOWLEDGED'
  /** The coordinator gave the reasoned answer; the complainant may still turn to the Central Complaints Service. */
  | 'ANSWERED'
  /** The Central Complaints Service decided the escalation. */
  | 'CLOSED'
  /** The complainant turned to the Central Complaints Service; waits for its decision. */
  | 'ESCALATED'
  /** Not handled (admissibility INADMISSIBLE); a review may be asked of the Central Complaints Service. */
  | 'INADMISSIBLE'
  /** Filed or registered; waits for the acknowledgement (within the week) and the answer (within 30 days). */
  | 'RECEIVED'
  /** The complainant withdrew it before the answer. */
  | 'WITHDRAWN';

/** A right of the complainant over the complaint's personal data (GDPR). */
export type DataSubjectRight =
  /** Art. 15: a copy of the data (personalDataExport) and who consulted it. */
  | 'ACCESS'
  /** Art. 77: a complaint to the Belgian Data Protection Authority. */
  | 'COMPLAINT'
  /** Art. 17: erasure. */
  | 'ERASURE'
  /** Art. 16: correction of name, e-mail, postal address, phone (updateComplainant). */
  | 'RECTIFICATION'
  /** Art. 18: restriction of processing. */
  | 'RESTRICTION';

/** The Central Complaints Service's reasoned decision on an escalation (decideEscalation). */
export type DecisionInput = {
  /** The reasoned decision: at least REASONED_ANSWER_MIN_CHARS (default 100) visible characters, at most 20000; several lines allowed. */
  decision: string;
  /** Whether the complaint is founded (for a review: the inadmissibility decision's judgement); FOUNDED and PARTLY_FOUNDED require a remedy. */
  outcome: Outcome;
  /** Required when the outcome is FOUNDED or PARTLY_FOUNDED: the solution or how the error is put right (printed in the letter), at most 5000 characters. */
  remedy?: string | null | undefined;
};

/** A directorate of the FOD (contact data in the seed's "Contactgegevens"); each has a complaint coordinator. */
export type DirectorateCode =
  /** Centrale diensten (Coördinatie- en ondersteuningsdienst, Stafdiensten P&O en B&B) en Interne Audit en Inspectie. */
  | 'CENTRAL_SERVICES'
  /** Algemene Directie Civiele Veiligheid. */
  | 'CIVIL_SECURITY'
  /** Algemene Directie Crisiscentrum. */
  | 'CRISIS_CENTRE'
  /** Stafdienst ICT. */
  | 'ICT'
  /** Algemene Directie Dienst Vreemdelingenzaken. */
  | 'IMMIGRATION_OFFICE'
  /** Algemene Directie Instellingen en Bevolking. */
  | 'INSTITUTIONS_AND_POPULATION'
  /** Algemene Directie Veiligheid en Preventie. */
  | 'SECURITY_AND_PREVENTION';

/** The legal ground of an erasure (GDPR art. 17(1)). Only NO_LONGER_NEEDED waits until the complaint is finished. */
export type ErasureGround =
  /** Art. 17(1)(e): a legal obligation or a court order requires it. Also before the complaint is finished. */
  | 'LEGAL_OBLIGATION'
  /** Art. 17(1)(a): the complaint is finished and its data no longer needed (e.g. the complainant asked). Finished complaints only. */
  | 'NO_LONGER_NEEDED'
  /** Art. 17(1)(c): the complainant objected (art. 21) and no overriding ground remains. Also before the complaint is finished. */
  | 'OBJECTION_UPHELD'
  /** Art. 17(1)(d): the data was processed unlawfully. Also before the complaint is finished. */
  | 'UNLAWFULLY_PROCESSED';

/** Why personal data is erased: the legal ground and an explanation, kept in the audit trail (never repeat the erased data in it). */
export type ErasureReasonInput = {
  /** The request or decision behind it (a letter's date, a court order), at most 400 characters, not blank. */
  explanation: string;
  /** The ground of GDPR art. 17(1); only NO_LONGER_NEEDED waits until the complaint is finished. */
  ground: ErasureGround;
};

/** Where an escalation to the Central Complaints Service stands. */
export type EscalationStatus =
  /** The central service decided (decision, outcome). */
  | 'DECIDED'
  /** Asked for; waits for the central service's decision (30 days). */
  | 'REQUESTED';

/** A citizen's complaint through the online form. */
export type FileComplaintInput = {
  /** The appeal route named on the decision, when known; at most 1000 characters. */
  appealRoute?: string | null | undefined;
  /** What the complainant is not satisfied with. */
  category: ComplaintCategory;
  /** Who complains: a name and an e-mail or postal address (anonymous complaints are not accepted). */
  complainant: ComplainantInput;
  /** Asked on the form: is this about the content of a decision that can be appealed? It does not make the complaint inadmissible: the coordinator screens it (only the decision's content is excluded), and the complainant gets a letter at once naming the appeal route and saying that a complaint does not stop appeal deadlines. */
  concernsDecisionWithAppealRoute: boolean;
  /** The complaint, at most 20000 characters, not blank. */
  description: string;
  /** What the complainant would like done, at most 5000 characters. */
  desiredOutcome?: string | null | undefined;
  /** The directorate the complaint is about; its coordinator handles it. */
  directorate: DirectorateCode;
  /** The complainant's language: letters and system notes are written in it. */
  language: Language;
  /** One line, at most 200 characters, not blank. */
  subject: string;
  /** Asked before filing (optional): did the complainant first turn to the official who handles their file? Shown to the coordinator. */
  triedOfficialHandlingFirst?: boolean | null | undefined;
};

/** Why a complaint is not handled: "Welke klachten worden niet aanvaard?" */
export type InadmissibilityReason =
  /** "administratieve of gerechtelijke geschillen". */
  | 'ADMINISTRATIVE_OR_JUDICIAL_DISPUTE'
  /** "anonieme klachten": no complainant known. */
  | 'ANONYMOUS'
  /** "klachten over de inhoud van een beslissing als hiervoor een reglementair beroep mogelijk is": the note names the appeal route. */
  | 'DECISION_WITH_APPEAL_ROUTE'
  /** "klachten die niet tot de bevoegdheid van de Federale Overheidsdienst Binnenlandse Zaken behoren". */
  | 'OUTSIDE_COMPETENCE';

/** A language of the FOD's letters and texts. */
export type Language =
  /** German. */
  | 'DE'
  /** English. */
  | 'EN'
  /** French. */
  | 'FR'
  /** Dutch. */
  | 'NL';

/** How the letter reaches the complainant. */
export type LetterDelivery =
  /** Sent by e-mail to the complainant's address. */
  | 'EMAIL'
  /** No (confirmed) e-mail address, or the e-mail was refused for good or failed too often (emailFailedAt) and a postal address is known: printed and posted by the directorate (markLetterPosted). */
  | 'PAPER';

/** Why the letter was written: one kind per step of the procedure that tells the complainant something. */
export type LetterKind =
  /** "U ontvangt een ontvangstbevestiging uiterlijk binnen de week na ontvangst." */
  | 'ACKNOWLEDGEMENT'
  /** The 30 days passed without an answer: the complaint is late; the Central Complaints Service and the Ombudsman are open now. */
  | 'ANSWER_DELAY'
  /** At filing, when the form says the complaint concerns a decision with an appeal route: the route, and that a complaint does not stop its deadlines. */
  | 'APPEAL_ROUTE'
  /** The Central Complaints Service's decision on an escalation. */
  | 'ESCALATION_DECISION'
  /** The Central Complaints Service confirms it received a request (or one for a review of inadmissibility) and when it will decide. */
  | 'ESCALATION_RECEIPT'
  /** "Binnen de 30 dagen ontvangt u een gemotiveerd antwoord.": the coordinator's reasoned answer. */
  | 'FIRST_LINE_ANSWER'
  /** "Welke klachten worden niet aanvaard?" A final answer: names the Central Complaints Service (review) and the Ombudsman. */
  | 'INADMISSIBILITY'
  /** The complaint went to another directorate: who handles it now, and how to reach them. */
  | 'TRANSFER'
  /** The complainant withdrew the complaint: confirmation. */
  | 'WITHDRAWAL';

/** The verdict of a reasoned answer or an escalation decision. */
export type Outcome =
  /** The complaint is founded; a remedy is required. */
  | 'FOUNDED'
  /** No judgement on the merits (zonder oordeel). */
  | 'NO_JUDGEMENT'
  /** The complaint is partly founded; a remedy is required. */
  | 'PARTLY_FOUNDED'
  /** The complaint is unfounded. */
  | 'UNFOUNDED';

/** A complaint received by post, fax or e-mail, typed in by staff. */
export type RegisterComplaintInput = {
  /** What the complainant is not satisfied with. */
  category: ComplaintCategory;
  /** EMAIL, POST or FAX; ONLINE_FORM is refused (BAD_USER_INPUT): citizens use fileComplaint. */
  channel: Channel;
  /** Absent: anonymous, registered INADMISSIBLE at once ("anonieme klachten" are not accepted). Present: needs an e-mail or postal address. */
  complainant?: ComplainantInput | null | undefined;
  /** The complaint, at most 20000 characters, not blank. */
  description: string;
  /** What the complainant would like done, at most 5000 characters. */
  desiredOutcome?: string | null | undefined;
  /** The directorate the complaint is about; its coordinator handles it. */
  directorate: DirectorateCode;
  /** The complainant's language: letters and system notes are written in it. */
  language: Language;
  /** When it was received (postmark / fax / e-mail), an ISO 8601 instant, not the typing date: not in the future, at most 366 days ago. This or receivedOn. */
  receivedAt?: string | null | undefined;
  /** The day it was received (postmark / fax / e-mail), when the time is not known: 00:00 of that day in Brussels; same limits as receivedAt. This or receivedAt. */
  receivedOn?: string | null | undefined;
  /** One line, at most 200 characters, not blank. */
  subject: string;
  /** Asked before filing (optional): did the complainant first turn to the official who handles their file? Shown to the coordinator. */
  triedOfficialHandlingFirst?: boolean | null | undefined;
};

/** The caller's role (the token's `role` claim). */
export type Role =
  /** `central-service`: the Central Complaints Service; sees every complaint, decides escalations. */
  | 'CENTRAL_SERVICE'
  /** `citizen`: files and follows their own complaints. */
  | 'CITIZEN'
  /** `coordinator`: handles the complaints of one directorate (the `directorate` claim). */
  | 'COORDINATOR';

/** A special category of personal data (GDPR art. 9(1)) a complaint may hold, e.g. health or origin at the Immigration Office. */
export type SpecialCategory =
  /** Biometric data processed to identify a person uniquely. */
  | 'BIOMETRIC_DATA'
  /** Genetic data. */
  | 'GENETIC_DATA'
  /** Data concerning health (a medical certificate, a disability). */
  | 'HEALTH'
  /** Political opinions. */
  | 'POLITICAL_OPINIONS'
  /** Racial or ethnic origin. */
  | 'RACIAL_OR_ETHNIC_ORIGIN'
  /** Religious or philosophical beliefs. */
  | 'RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS'
  /** A person's sex life or sexual orientation. */
  | 'SEX_LIFE_OR_SEXUAL_ORIENTATION'
  /** Trade union membership. */
  | 'TRADE_UNION_MEMBERSHIP';

export type AddActionPlanItemMutationVariables = Exact<{
  year: number;
  input: ActionPlanItemInput;
}>;


export type AddActionPlanItemMutation = { addActionPlanItem: { id: string, year: number, title: string, description: string | null, dueAt: string | null, done: boolean, directorate: { code: DirectorateCode } | null } };

export type ActionPlanItemFieldsFragment = { id: string, year: number, title: string, description: string | null, dueAt: string | null, done: boolean, directorate: { code: DirectorateCode } | null };

export type AnnualReportQueryVariables = Exact<{
  year: number;
}>;


export type AnnualReportQuery = { annualReport: { year: number, totals: { received: number, inadmissible: number, acknowledgedWithinDeadline: number, answeredWithinDeadline: number, overdue: number, escalated: number, founded: number, partlyFounded: number, unfounded: number, medianDaysToAnswer: number | null }, byDirectorate: Array<{ directorate: { code: DirectorateCode, name: string }, statistics: { received: number, inadmissible: number, acknowledgedWithinDeadline: number, answeredWithinDeadline: number, overdue: number, escalated: number, founded: number, partlyFounded: number, unfounded: number, medianDaysToAnswer: number | null } }>, inadmissibleByReason: Array<{ reason: InadmissibilityReason, count: number }>, actionPlan: Array<{ id: string, year: number, title: string, description: string | null, dueAt: string | null, done: boolean, directorate: { code: DirectorateCode } | null }> } };

export type StatisticsFragment = { received: number, inadmissible: number, acknowledgedWithinDeadline: number, answeredWithinDeadline: number, overdue: number, escalated: number, founded: number, partlyFounded: number, unfounded: number, medianDaysToAnswer: number | null };

export type AnnualReportLinkQueryVariables = Exact<{
  year: number;
  language: Language;
}>;


export type AnnualReportLinkQuery = { annualReportLink: { url: string, csvUrl: string, expiresAt: string } };

export type AuditTrailQueryVariables = Exact<{
  complaintId: string | number;
}>;


export type AuditTrailQuery = { auditTrail: { complaintId: string, complaint: Array<{ at: string, actorRole: string, actorDirectorate: DirectorateCode | null, action: AuditAction, what: string }>, firstLine: Array<{ at: string, actorRole: string, actorDirectorate: DirectorateCode | null, action: AuditAction, what: string }>, escalation: Array<{ at: string, actorRole: string, actorDirectorate: DirectorateCode | null, action: AuditAction, what: string }> } };

export type AuditEntryFieldsFragment = { at: string, actorRole: string, actorDirectorate: DirectorateCode | null, action: AuditAction, what: string };

export type CompleteActionPlanItemMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteActionPlanItemMutation = { completeActionPlanItem: { id: string, year: number, title: string, description: string | null, dueAt: string | null, done: boolean, directorate: { code: DirectorateCode } | null } };

export type DecideEscalationMutationVariables = Exact<{
  id: string | number;
  input: DecisionInput;
}>;


export type DecideEscalationMutation = { decideEscalation: { id: string, review: boolean, requestedAt: string, reason: string, status: EscalationStatus, dueAt: string, overdue: boolean, decidedAt: string | null, decision: string | null, outcome: Outcome | null, remedy: string | null } };

export type ErasePersonalDataMutationVariables = Exact<{
  complaintId: string | number;
  reason: ErasureReasonInput;
}>;


export type ErasePersonalDataMutation = { erasePersonalData: { id: string, reference: string, personalDataErasedAt: string | null, complainant: { name: string } | null } };

export type EscalationsQueryVariables = Exact<{
  status?: EscalationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EscalationsQuery = { escalationPage: { totalCount: number, nextCursor: string | null, items: Array<{ id: string, review: boolean, requestedAt: string, reason: string, status: EscalationStatus, dueAt: string, overdue: boolean, decidedAt: string | null, decision: string | null, outcome: Outcome | null, remedy: string | null, complaint: { id: string, reference: string, subject: string, status: ComplaintStatus, category: ComplaintCategory, channel: Channel, language: Language, receivedAt: string, acknowledgementDueAt: string, answerDueAt: string, firstLine: { outcome: Outcome | null, answeredAt: string | null } | null, directorate: { code: DirectorateCode, name: string } } }> } };

export type PersonalDataExportQueryVariables = Exact<{
  complaintId: string | number;
}>;


export type PersonalDataExportQuery = { personalDataExport: { complaintId: string, document: Record<string, unknown> } };

export type RecordEscalationRequestMutationVariables = Exact<{
  complaintId: string | number;
  reason: string;
  requestedAt?: string | null | undefined;
}>;


export type RecordEscalationRequestMutation = { requestEscalation: { id: string, review: boolean, requestedAt: string, reason: string, status: EscalationStatus, dueAt: string, overdue: boolean, decidedAt: string | null, decision: string | null, outcome: Outcome | null, remedy: string | null } };

export type RescreenComplaintMutationVariables = Exact<{
  id: string | number;
  admissible: boolean;
  reason?: InadmissibilityReason | null | undefined;
  note: string;
}>;


export type RescreenComplaintMutation = { rescreenComplaint: { id: string, status: ComplaintStatus, admissibility: Admissibility, inadmissibilityReason: InadmissibilityReason | null, admissibilityNote: string | null, allowedActions: Array<ComplaintAction> } };

export type ConfirmEmailMutationVariables = Exact<{
  complaintId: string | number;
  code: string;
}>;


export type ConfirmEmailMutation = { confirmEmail: { id: string, emailAddressConfirmed: boolean | null } };

export type CorrectMyDetailsMutationVariables = Exact<{
  complaintId: string | number;
  input: ComplainantUpdateInput;
}>;


export type CorrectMyDetailsMutation = { updateComplainant: { id: string, emailAddressConfirmed: boolean | null, complainant: { name: string, organisation: string | null, email: string | null, phone: string | null, postalAddress: string | null } | null } };

export type FileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint: { emailAddressConfirmed: boolean | null, id: string, reference: string, subject: string, status: ComplaintStatus, category: ComplaintCategory, channel: Channel, language: Language, receivedAt: string, acknowledgementDueAt: string, answerDueAt: string, directorate: { code: DirectorateCode, name: string } } };

export type FollowComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowComplaintQuery = { complaint: { allowedActions: Array<ComplaintAction>, description: string, desiredOutcome: string | null, admissibility: Admissibility, inadmissibilityReason: InadmissibilityReason | null, admissibilityNote: string | null, emailAddressConfirmed: boolean | null, id: string, reference: string, subject: string, status: ComplaintStatus, category: ComplaintCategory, channel: Channel, language: Language, receivedAt: string, acknowledgementDueAt: string, answerDueAt: string, complainant: { kind: ComplainantKind, name: string, organisation: string | null, email: string | null, phone: string | null, postalAddress: string | null } | null, timeline: Array<{ status: ComplaintStatus, at: string, note: string | null }>, firstLine: { acknowledgedAt: string | null, answeredAt: string | null, answer: string | null, outcome: Outcome | null, remedy: string | null, acknowledgementOverdue: boolean, answerOverdue: boolean } | null, escalation: { id: string, review: boolean, requestedAt: string, reason: string, status: EscalationStatus, dueAt: string, overdue: boolean, decidedAt: string | null, decision: string | null, outcome: Outcome | null, remedy: string | null } | null, letters: Array<{ id: string, kind: LetterKind, language: Language, delivery: LetterDelivery, subject: string, createdAt: string, sentAt: string | null, waitingForConfirmation: boolean }>, directorate: { code: DirectorateCode, name: string } } | null };

export type MyComplaintsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyComplaintsQuery = { myComplaintPage: { totalCount: number, nextCursor: string | null, items: Array<{ id: string, reference: string, subject: string, status: ComplaintStatus, category: ComplaintCategory, channel: Channel, language: Language, receivedAt: string, acknowledgementDueAt: string, answerDueAt: string, directorate: { code: DirectorateCode, name: string } }> } };

export type MyPersonalDataQueryVariables = Exact<{
  complaintId: string | number;
}>;


export type MyPersonalDataQuery = { personalDataExport: { complaintId: string, document: Record<string, unknown> } };

export type RequestEmailConfirmationMutationVariables = Exact<{
  complaintId: string | number;
}>;


export type RequestEmailConfirmationMutation = { requestEmailConfirmation: { id: string, emailAddressConfirmed: boolean | null } };

export type RequestEscalationMutationVariables = Exact<{
  complaintId: string | number;
  reason: string;
}>;


export type RequestEscalationMutation = { requestEscalation: { id: string, review: boolean, requestedAt: string, reason: string, status: EscalationStatus, dueAt: string, overdue: boolean, decidedAt: string | null, decision: string | null, outcome: Outcome | null, remedy: string | null } };

export type WithdrawComplaintMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawComplaintMutation = { withdrawComplaint: { id: string, status: ComplaintStatus } };

export type AcknowledgeComplaintMutationVariables = Exact<{
  complaintId: string | number;
}>;


export type AcknowledgeComplaintMutation = { acknowledgeComplaint: { acknowledgedAt: string | null, answeredAt: string | null, answer: string | null, outcome: Outcome | null, remedy: string | null, acknowledgementOverdue: boolean, answerOverdue: boolean } };

export type AnswerComplaintMutationVariables = Exact<{
  complaintId: string | number;
  input: AnswerInput;
}>;


export type AnswerComplaintMutation = { answerComplaint: { acknowledgedAt: string | null, answeredAt: string | null, answer: string | null, outcome: Outcome | null, remedy: string | null, acknowledgementOverdue: boolean, answerOverdue: boolean } };

export type CorrectComplainantMutationVariables = Exact<{
  complaintId: string | number;
  input: ComplainantUpdateInput;
}>;


export type CorrectComplainantMutation = { updateComplainant: { allowedActions: Array<ComplaintAction>, description: string, desiredOutcome: string | null, admissibility: Admissibility, inadmissibilityReason: InadmissibilityReason | null, admissibilityNote: string | null, emailAddressConfirmed: boolean | null, id: string, reference: string, subject: string, status: ComplaintStatus, category: ComplaintCategory, channel: Channel, language: Language, receivedAt: string, acknowledgementDueAt: string, answerDueAt: string, complainant: { kind: ComplainantKind, name: string, organisation: string | null, email: string | null, phone: string | null, postalAddress: string | null } | null, timeline: Array<{ status: ComplaintStatus, at: string, note: string | null }>, firstLine: { acknowledgedAt: string | null, answeredAt: string | null, answer: string | null, outcome: Outcome | null, remedy: string | null, acknowledgementOverdue: boolean, answerOverdue: boolean } | null, escalation: { id: string, review: boolean, requestedAt: string, reason: string, status: EscalationStatus, dueAt: string, overdue: boolean, decidedAt: string | null, decision: string | null, outcome: Outcome | null, remedy: string | null } | null, letters: Array<{ id: string, kind: LetterKind, language: Language, delivery: LetterDelivery, subject: string, createdAt: string, sentAt: string | null, waitingForConfirmation: boolean }>, directorate: { code: DirectorateCode, name: string } } };

export type FlagSpecialCategoriesMutationVariables = Exact<{
  complaintId: string | number;
  categories: Array<SpecialCategory> | SpecialCategory;
  reason: string;
}>;


export type FlagSpecialCategoriesMutation = { flagSpecialCategories: { id: string, specialCategories: { categories: Array<SpecialCategory>, reason: string, flaggedAt: string } | null } };

export type InboxQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboxQuery = { complaints: { totalCount: number, nextCursor: string | null, items: Array<{ admissibility: Admissibility, allowedActions: Array<ComplaintAction>, id: string, reference: string, subject: string, status: ComplaintStatus, category: ComplaintCategory, channel: Channel, language: Language, receivedAt: string, acknowledgementDueAt: string, answerDueAt: string, firstLine: { acknowledgedAt: string | null, acknowledgementOverdue: boolean, answerOverdue: boolean } | null, directorate: { code: DirectorateCode, name: string } }> } };

export type RegisterComplaintMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type RegisterComplaintMutation = { registerComplaint: { id: string, reference: string, subject: string, status: ComplaintStatus, category: ComplaintCategory, channel: Channel, language: Language, receivedAt: string, acknowledgementDueAt: string, answerDueAt: string, directorate: { code: DirectorateCode, name: string } } };

export type ScreenComplaintMutationVariables = Exact<{
  id: string | number;
  admissible: boolean;
  reason?: InadmissibilityReason | null | undefined;
  note?: string | null | undefined;
}>;


export type ScreenComplaintMutation = { screenComplaint: { id: string, status: ComplaintStatus, admissibility: Admissibility, inadmissibilityReason: InadmissibilityReason | null, admissibilityNote: string | null } };

export type TransferComplaintMutationVariables = Exact<{
  id: string | number;
  to: DirectorateCode;
  note: string;
}>;


export type TransferComplaintMutation = { transferComplaint: { id: string, status: ComplaintStatus, directorate: { code: DirectorateCode } } };

export type ComplaintSummaryFragment = { id: string, reference: string, subject: string, status: ComplaintStatus, category: ComplaintCategory, channel: Channel, language: Language, receivedAt: string, acknowledgementDueAt: string, answerDueAt: string, directorate: { code: DirectorateCode, name: string } };

export type ComplaintDetailFragment = { allowedActions: Array<ComplaintAction>, description: string, desiredOutcome: string | null, admissibility: Admissibility, inadmissibilityReason: InadmissibilityReason | null, admissibilityNote: string | null, emailAddressConfirmed: boolean | null, id: string, reference: string, subject: string, status: ComplaintStatus, category: ComplaintCategory, channel: Channel, language: Language, receivedAt: string, acknowledgementDueAt: string, answerDueAt: string, complainant: { kind: ComplainantKind, name: string, organisation: string | null, email: string | null, phone: string | null, postalAddress: string | null } | null, timeline: Array<{ status: ComplaintStatus, at: string, note: string | null }>, firstLine: { acknowledgedAt: string | null, answeredAt: string | null, answer: string | null, outcome: Outcome | null, remedy: string | null, acknowledgementOverdue: boolean, answerOverdue: boolean } | null, escalation: { id: string, review: boolean, requestedAt: string, reason: string, status: EscalationStatus, dueAt: string, overdue: boolean, decidedAt: string | null, decision: string | null, outcome: Outcome | null, remedy: string | null } | null, letters: Array<{ id: string, kind: LetterKind, language: Language, delivery: LetterDelivery, subject: string, createdAt: string, sentAt: string | null, waitingForConfirmation: boolean }>, directorate: { code: DirectorateCode, name: string } };

export type FirstLineFragment = { acknowledgedAt: string | null, answeredAt: string | null, answer: string | null, outcome: Outcome | null, remedy: string | null, acknowledgementOverdue: boolean, answerOverdue: boolean };

export type EscalationDetailFragment = { id: string, review: boolean, requestedAt: string, reason: string, status: EscalationStatus, dueAt: string, overdue: boolean, decidedAt: string | null, decision: string | null, outcome: Outcome | null, remedy: string | null };

export type DirectoratesQueryVariables = Exact<{
  language?: Language | null | undefined;
}>;


export type DirectoratesQuery = { directorates: Array<{ code: DirectorateCode, name: string, address: string, phone: string, website: string }> };

export type OmbudsmanQueryVariables = Exact<{ [key: string]: never; }>;


export type OmbudsmanQuery = { ombudsman: { name: string, address: string, phone: string, website: string } };

export type PrivacyNoticeQueryVariables = Exact<{
  language?: Language | null | undefined;
}>;


export type PrivacyNoticeQuery = { privacyNotice: { language: Language, title: string, controller: string, dataProtectionOfficer: string, retention: string, retentionYears: number | null, howToExercise: string, supervisoryAuthority: string, fullNoticeUrl: string, rights: Array<{ right: DataSubjectRight, text: string }>, sections: Array<{ title: string, text: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { sub: string, role: Role, name: string | null, locale: string | null, directorate: { code: DirectorateCode, name: string } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActionPlanItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionPlanItemFields on ActionPlanItem {
  id
  year
  title
  description
  dueAt
  done
  directorate {
    code
  }
}
    `, {"fragmentName":"ActionPlanItemFields"}) as unknown as TypedDocumentString<ActionPlanItemFieldsFragment, unknown>;
export const StatisticsFragmentDoc = new TypedDocumentString(`
    fragment Statistics on ComplaintStatistics {
  received
  inadmissible
  acknowledgedWithinDeadline
  answeredWithinDeadline
  overdue
  escalated
  founded
  partlyFounded
  unfounded
  medianDaysToAnswer
}
    `, {"fragmentName":"Statistics"}) as unknown as TypedDocumentString<StatisticsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryFields on AuditEntry {
  at
  actorRole
  actorDirectorate
  action
  what
}
    `, {"fragmentName":"AuditEntryFields"}) as unknown as TypedDocumentString<AuditEntryFieldsFragment, unknown>;
export const ComplaintSummaryFragmentDoc = new TypedDocumentString(`
    fragment ComplaintSummary on Complaint {
  id
  reference
  subject
  status
  category
  channel
  language
  receivedAt
  acknowledgementDueAt
  answerDueAt
  directorate {
    code
    name
  }
}
    `, {"fragmentName":"ComplaintSummary"}) as unknown as TypedDocumentString<ComplaintSummaryFragment, unknown>;
export const FirstLineFragmentDoc = new TypedDocumentString(`
    fragment FirstLine on FirstLineHandling {
  acknowledgedAt
  answeredAt
  answer
  outcome
  remedy
  acknowledgementOverdue
  answerOverdue
}
    `, {"fragmentName":"FirstLine"}) as unknown as TypedDocumentString<FirstLineFragment, unknown>;
export const EscalationDetailFragmentDoc = new TypedDocumentString(`
    fragment EscalationDetail on Escalation {
  id
  review
  requestedAt
  reason
  status
  dueAt
  overdue
  decidedAt
  decision
  outcome
  remedy
}
    `, {"fragmentName":"EscalationDetail"}) as unknown as TypedDocumentString<EscalationDetailFragment, unknown>;
export const ComplaintDetailFragmentDoc = new TypedDocumentString(`
    fragment ComplaintDetail on Complaint {
  ...ComplaintSummary
  allowedActions
  description
  desiredOutcome
  admissibility
  inadmissibilityReason
  admissibilityNote
  emailAddressConfirmed
  complainant {
    kind
    name
    organisation
    email
    phone
    postalAddress
  }
  timeline {
    status
    at
    note
  }
  firstLine {
    ...FirstLine
  }
  escalation {
    ...EscalationDetail
  }
  letters {
    id
    kind
    language
    delivery
    subject
    createdAt
    sentAt
    waitingForConfirmation
  }
}
    fragment ComplaintSummary on Complaint {
  id
  reference
  subject
  status
  category
  channel
  language
  receivedAt
  acknowledgementDueAt
  answerDueAt
  directorate {
    code
    name
  }
}
fragment FirstLine on FirstLineHandling {
  acknowledgedAt
  answeredAt
  answer
  outcome
  remedy
  acknowledgementOverdue
  answerOverdue
}
fragment EscalationDetail on Escalation {
  id
  review
  requestedAt
  reason
  status
  dueAt
  overdue
  decidedAt
  decision
  outcome
  remedy
}`, {"fragmentName":"ComplaintDetail"}) as unknown as TypedDocumentString<ComplaintDetailFragment, unknown>;
export const AddActionPlanItemDocument = new TypedDocumentString(`
    mutation AddActionPlanItem($year: Int!, $input: ActionPlanItemInput!) {
  addActionPlanItem(year: $year, input: $input) {
    ...ActionPlanItemFields
  }
}
    fragment ActionPlanItemFields on ActionPlanItem {
  id
  year
  title
  description
  dueAt
  done
  directorate {
    code
  }
}`) as unknown as TypedDocumentString<AddActionPlanItemMutation, AddActionPlanItemMutationVariables>;
export const AnnualReportDocument = new TypedDocumentString(`
    query AnnualReport($year: Int!) {
  annualReport(year: $year) {
    year
    totals {
      ...Statistics
    }
    byDirectorate {
      directorate {
        code
        name
      }
      statistics {
        ...Statistics
      }
    }
    inadmissibleByReason {
      reason
      count
    }
    actionPlan {
      ...ActionPlanItemFields
    }
  }
}
    fragment ActionPlanItemFields on ActionPlanItem {
  id
  year
  title
  description
  dueAt
  done
  directorate {
    code
  }
}
fragment Statistics on ComplaintStatistics {
  received
  inadmissible
  acknowledgedWithinDeadline
  answeredWithinDeadline
  overdue
  escalated
  founded
  partlyFounded
  unfounded
  medianDaysToAnswer
}`) as unknown as TypedDocumentString<AnnualReportQuery, AnnualReportQueryVariables>;
export const AnnualReportLinkDocument = new TypedDocumentString(`
    query AnnualReportLink($year: Int!, $language: Language!) {
  annualReportLink(year: $year, language: $language) {
    url
    csvUrl
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AnnualReportLinkQuery, AnnualReportLinkQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($complaintId: ID!) {
  auditTrail(complaintId: $complaintId) {
    complaintId
    complaint {
      ...AuditEntryFields
    }
    firstLine {
      ...AuditEntryFields
    }
    escalation {
      ...AuditEntryFields
    }
  }
}
    fragment AuditEntryFields on AuditEntry {
  at
  actorRole
  actorDirectorate
  action
  what
}`) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const CompleteActionPlanItemDocument = new TypedDocumentString(`
    mutation CompleteActionPlanItem($id: ID!) {
  completeActionPlanItem(id: $id) {
    ...ActionPlanItemFields
  }
}
    fragment ActionPlanItemFields on ActionPlanItem {
  id
  year
  title
  description
  dueAt
  done
  directorate {
    code
  }
}`) as unknown as TypedDocumentString<CompleteActionPlanItemMutation, CompleteActionPlanItemMutationVariables>;
export const DecideEscalationDocument = new TypedDocumentString(`
    mutation DecideEscalation($id: ID!, $input: DecisionInput!) {
  decideEscalation(id: $id, input: $input) {
    ...EscalationDetail
  }
}
    fragment EscalationDetail on Escalation {
  id
  review
  requestedAt
  reason
  status
  dueAt
  overdue
  decidedAt
  decision
  outcome
  remedy
}`) as unknown as TypedDocumentString<DecideEscalationMutation, DecideEscalationMutationVariables>;
export const ErasePersonalDataDocument = new TypedDocumentString(`
    mutation ErasePersonalData($complaintId: ID!, $reason: ErasureReasonInput!) {
  erasePersonalData(complaintId: $complaintId, reason: $reason) {
    id
    reference
    personalDataErasedAt
    complainant {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ErasePersonalDataMutation, ErasePersonalDataMutationVariables>;
export const EscalationsDocument = new TypedDocumentString(`
    query Escalations($status: EscalationStatus, $first: Int = 20, $after: String) {
  escalationPage(status: $status, first: $first, after: $after) {
    totalCount
    nextCursor
    items {
      ...EscalationDetail
      complaint {
        ...ComplaintSummary
        firstLine {
          outcome
          answeredAt
        }
      }
    }
  }
}
    fragment ComplaintSummary on Complaint {
  id
  reference
  subject
  status
  category
  channel
  language
  receivedAt
  acknowledgementDueAt
  answerDueAt
  directorate {
    code
    name
  }
}
fragment EscalationDetail on Escalation {
  id
  review
  requestedAt
  reason
  status
  dueAt
  overdue
  decidedAt
  decision
  outcome
  remedy
}`) as unknown as TypedDocumentString<EscalationsQuery, EscalationsQueryVariables>;
export const PersonalDataExportDocument = new TypedDocumentString(`
    query PersonalDataExport($complaintId: ID!) {
  personalDataExport(complaintId: $complaintId) {
    complaintId
    document
  }
}
    `) as unknown as TypedDocumentString<PersonalDataExportQuery, PersonalDataExportQueryVariables>;
export const RecordEscalationRequestDocument = new TypedDocumentString(`
    mutation RecordEscalationRequest($complaintId: ID!, $reason: String!, $requestedAt: DateTime) {
  requestEscalation(
    complaintId: $complaintId
    reason: $reason
    requestedAt: $requestedAt
  ) {
    ...EscalationDetail
  }
}
    fragment EscalationDetail on Escalation {
  id
  review
  requestedAt
  reason
  status
  dueAt
  overdue
  decidedAt
  decision
  outcome
  remedy
}`) as unknown as TypedDocumentString<RecordEscalationRequestMutation, RecordEscalationRequestMutationVariables>;
export const RescreenComplaintDocument = new TypedDocumentString(`
    mutation RescreenComplaint($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String!) {
  rescreenComplaint(
    id: $id
    admissible: $admissible
    reason: $reason
    note: $note
  ) {
    id
    status
    admissibility
    inadmissibilityReason
    admissibilityNote
    allowedActions
  }
}
    `) as unknown as TypedDocumentString<RescreenComplaintMutation, RescreenComplaintMutationVariables>;
export const ConfirmEmailDocument = new TypedDocumentString(`
    mutation ConfirmEmail($complaintId: ID!, $code: String!) {
  confirmEmail(complaintId: $complaintId, code: $code) {
    id
    emailAddressConfirmed
  }
}
    `) as unknown as TypedDocumentString<ConfirmEmailMutation, ConfirmEmailMutationVariables>;
export const CorrectMyDetailsDocument = new TypedDocumentString(`
    mutation CorrectMyDetails($complaintId: ID!, $input: ComplainantUpdateInput!) {
  updateComplainant(complaintId: $complaintId, input: $input) {
    id
    complainant {
      name
      organisation
      email
      phone
      postalAddress
    }
    emailAddressConfirmed
  }
}
    `) as unknown as TypedDocumentString<CorrectMyDetailsMutation, CorrectMyDetailsMutationVariables>;
export const FileComplaintDocument = new TypedDocumentString(`
    mutation FileComplaint($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    ...ComplaintSummary
    emailAddressConfirmed
  }
}
    fragment ComplaintSummary on Complaint {
  id
  reference
  subject
  status
  category
  channel
  language
  receivedAt
  acknowledgementDueAt
  answerDueAt
  directorate {
    code
    name
  }
}`) as unknown as TypedDocumentString<FileComplaintMutation, FileComplaintMutationVariables>;
export const FollowComplaintDocument = new TypedDocumentString(`
    query FollowComplaint($id: ID!) {
  complaint(id: $id) {
    ...ComplaintDetail
  }
}
    fragment ComplaintSummary on Complaint {
  id
  reference
  subject
  status
  category
  channel
  language
  receivedAt
  acknowledgementDueAt
  answerDueAt
  directorate {
    code
    name
  }
}
fragment ComplaintDetail on Complaint {
  ...ComplaintSummary
  allowedActions
  description
  desiredOutcome
  admissibility
  inadmissibilityReason
  admissibilityNote
  emailAddressConfirmed
  complainant {
    kind
    name
    organisation
    email
    phone
    postalAddress
  }
  timeline {
    status
    at
    note
  }
  firstLine {
    ...FirstLine
  }
  escalation {
    ...EscalationDetail
  }
  letters {
    id
    kind
    language
    delivery
    subject
    createdAt
    sentAt
    waitingForConfirmation
  }
}
fragment FirstLine on FirstLineHandling {
  acknowledgedAt
  answeredAt
  answer
  outcome
  remedy
  acknowledgementOverdue
  answerOverdue
}
fragment EscalationDetail on Escalation {
  id
  review
  requestedAt
  reason
  status
  dueAt
  overdue
  decidedAt
  decision
  outcome
  remedy
}`) as unknown as TypedDocumentString<FollowComplaintQuery, FollowComplaintQueryVariables>;
export const MyComplaintsDocument = new TypedDocumentString(`
    query MyComplaints($first: Int = 20, $after: String) {
  myComplaintPage(first: $first, after: $after) {
    totalCount
    nextCursor
    items {
      ...ComplaintSummary
    }
  }
}
    fragment ComplaintSummary on Complaint {
  id
  reference
  subject
  status
  category
  channel
  language
  receivedAt
  acknowledgementDueAt
  answerDueAt
  directorate {
    code
    name
  }
}`) as unknown as TypedDocumentString<MyComplaintsQuery, MyComplaintsQueryVariables>;
export const MyPersonalDataDocument = new TypedDocumentString(`
    query MyPersonalData($complaintId: ID!) {
  personalDataExport(complaintId: $complaintId) {
    complaintId
    document
  }
}
    `) as unknown as TypedDocumentString<MyPersonalDataQuery, MyPersonalDataQueryVariables>;
export const RequestEmailConfirmationDocument = new TypedDocumentString(`
    mutation RequestEmailConfirmation($complaintId: ID!) {
  requestEmailConfirmation(complaintId: $complaintId) {
    id
    emailAddressConfirmed
  }
}
    `) as unknown as TypedDocumentString<RequestEmailConfirmationMutation, RequestEmailConfirmationMutationVariables>;
export const RequestEscalationDocument = new TypedDocumentString(`
    mutation RequestEscalation($complaintId: ID!, $reason: String!) {
  requestEscalation(complaintId: $complaintId, reason: $reason) {
    ...EscalationDetail
  }
}
    fragment EscalationDetail on Escalation {
  id
  review
  requestedAt
  reason
  status
  dueAt
  overdue
  decidedAt
  decision
  outcome
  remedy
}`) as unknown as TypedDocumentString<RequestEscalationMutation, RequestEscalationMutationVariables>;
export const WithdrawComplaintDocument = new TypedDocumentString(`
    mutation WithdrawComplaint($id: ID!) {
  withdrawComplaint(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawComplaintMutation, WithdrawComplaintMutationVariables>;
export const AcknowledgeComplaintDocument = new TypedDocumentString(`
    mutation AcknowledgeComplaint($complaintId: ID!) {
  acknowledgeComplaint(complaintId: $complaintId) {
    ...FirstLine
  }
}
    fragment FirstLine on FirstLineHandling {
  acknowledgedAt
  answeredAt
  answer
  outcome
  remedy
  acknowledgementOverdue
  answerOverdue
}`) as unknown as TypedDocumentString<AcknowledgeComplaintMutation, AcknowledgeComplaintMutationVariables>;
export const AnswerComplaintDocument = new TypedDocumentString(`
    mutation AnswerComplaint($complaintId: ID!, $input: AnswerInput!) {
  answerComplaint(complaintId: $complaintId, input: $input) {
    ...FirstLine
  }
}
    fragment FirstLine on FirstLineHandling {
  acknowledgedAt
  answeredAt
  answer
  outcome
  remedy
  acknowledgementOverdue
  answerOverdue
}`) as unknown as TypedDocumentString<AnswerComplaintMutation, AnswerComplaintMutationVariables>;
export const CorrectComplainantDocument = new TypedDocumentString(`
    mutation CorrectComplainant($complaintId: ID!, $input: ComplainantUpdateInput!) {
  updateComplainant(complaintId: $complaintId, input: $input) {
    ...ComplaintDetail
  }
}
    fragment ComplaintSummary on Complaint {
  id
  reference
  subject
  status
  category
  channel
  language
  receivedAt
  acknowledgementDueAt
  answerDueAt
  directorate {
    code
    name
  }
}
fragment ComplaintDetail on Complaint {
  ...ComplaintSummary
  allowedActions
  description
  desiredOutcome
  admissibility
  inadmissibilityReason
  admissibilityNote
  emailAddressConfirmed
  complainant {
    kind
    name
    organisation
    email
    phone
    postalAddress
  }
  timeline {
    status
    at
    note
  }
  firstLine {
    ...FirstLine
  }
  escalation {
    ...EscalationDetail
  }
  letters {
    id
    kind
    language
    delivery
    subject
    createdAt
    sentAt
    waitingForConfirmation
  }
}
fragment FirstLine on FirstLineHandling {
  acknowledgedAt
  answeredAt
  answer
  outcome
  remedy
  acknowledgementOverdue
  answerOverdue
}
fragment EscalationDetail on Escalation {
  id
  review
  requestedAt
  reason
  status
  dueAt
  overdue
  decidedAt
  decision
  outcome
  remedy
}`) as unknown as TypedDocumentString<CorrectComplainantMutation, CorrectComplainantMutationVariables>;
export const FlagSpecialCategoriesDocument = new TypedDocumentString(`
    mutation FlagSpecialCategories($complaintId: ID!, $categories: [SpecialCategory!]!, $reason: String!) {
  flagSpecialCategories(
    complaintId: $complaintId
    categories: $categories
    reason: $reason
  ) {
    id
    specialCategories {
      categories
      reason
      flaggedAt
    }
  }
}
    `) as unknown as TypedDocumentString<FlagSpecialCategoriesMutation, FlagSpecialCategoriesMutationVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox($filter: ComplaintFilter, $first: Int = 20, $after: String) {
  complaints(filter: $filter, first: $first, after: $after) {
    totalCount
    nextCursor
    items {
      ...ComplaintSummary
      admissibility
      allowedActions
      firstLine {
        acknowledgedAt
        acknowledgementOverdue
        answerOverdue
      }
    }
  }
}
    fragment ComplaintSummary on Complaint {
  id
  reference
  subject
  status
  category
  channel
  language
  receivedAt
  acknowledgementDueAt
  answerDueAt
  directorate {
    code
    name
  }
}`) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const RegisterComplaintDocument = new TypedDocumentString(`
    mutation RegisterComplaint($input: RegisterComplaintInput!) {
  registerComplaint(input: $input) {
    ...ComplaintSummary
  }
}
    fragment ComplaintSummary on Complaint {
  id
  reference
  subject
  status
  category
  channel
  language
  receivedAt
  acknowledgementDueAt
  answerDueAt
  directorate {
    code
    name
  }
}`) as unknown as TypedDocumentString<RegisterComplaintMutation, RegisterComplaintMutationVariables>;
export const ScreenComplaintDocument = new TypedDocumentString(`
    mutation ScreenComplaint($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String) {
  screenComplaint(id: $id, admissible: $admissible, reason: $reason, note: $note) {
    id
    status
    admissibility
    inadmissibilityReason
    admissibilityNote
  }
}
    `) as unknown as TypedDocumentString<ScreenComplaintMutation, ScreenComplaintMutationVariables>;
export const TransferComplaintDocument = new TypedDocumentString(`
    mutation TransferComplaint($id: ID!, $to: DirectorateCode!, $note: String!) {
  transferComplaint(id: $id, to: $to, note: $note) {
    id
    status
    directorate {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TransferComplaintMutation, TransferComplaintMutationVariables>;
export const DirectoratesDocument = new TypedDocumentString(`
    query Directorates($language: Language = NL) {
  directorates {
    code
    name(language: $language)
    address
    phone
    website
  }
}
    `) as unknown as TypedDocumentString<DirectoratesQuery, DirectoratesQueryVariables>;
export const OmbudsmanDocument = new TypedDocumentString(`
    query Ombudsman {
  ombudsman {
    name
    address
    phone
    website
  }
}
    `) as unknown as TypedDocumentString<OmbudsmanQuery, OmbudsmanQueryVariables>;
export const PrivacyNoticeDocument = new TypedDocumentString(`
    query PrivacyNotice($language: Language = NL) {
  privacyNotice(language: $language) {
    language
    title
    controller
    dataProtectionOfficer
    retention
    retentionYears
    rights {
      right
      text
    }
    howToExercise
    supervisoryAuthority
    fullNoticeUrl
    sections {
      title
      text
    }
  }
}
    `) as unknown as TypedDocumentString<PrivacyNoticeQuery, PrivacyNoticeQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    sub
    role
    name
    locale
    directorate {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;