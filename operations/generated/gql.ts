/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AddActionPlanItem($year: Int!, $input: ActionPlanItemInput!) {\n  addActionPlanItem(year: $year, input: $input) {\n    ...ActionPlanItemFields\n  }\n}\n\nfragment ActionPlanItemFields on ActionPlanItem {\n  id\n  year\n  title\n  description\n  dueAt\n  done\n  directorate {\n    code\n  }\n}": typeof types.AddActionPlanItemDocument,
    "query AnnualReport($year: Int!) {\n  annualReport(year: $year) {\n    year\n    totals {\n      ...Statistics\n    }\n    byDirectorate {\n      directorate {\n        code\n        name\n      }\n      statistics {\n        ...Statistics\n      }\n    }\n    inadmissibleByReason {\n      reason\n      count\n    }\n    actionPlan {\n      ...ActionPlanItemFields\n    }\n  }\n}\n\nfragment Statistics on ComplaintStatistics {\n  received\n  inadmissible\n  acknowledgedWithinDeadline\n  answeredWithinDeadline\n  overdue\n  escalated\n  founded\n  partlyFounded\n  unfounded\n  medianDaysToAnswer\n}": typeof types.AnnualReportDocument,
    "query AnnualReportLink($year: Int!, $language: Language!) {\n  annualReportLink(year: $year, language: $language) {\n    url\n    csvUrl\n    expiresAt\n  }\n}": typeof types.AnnualReportLinkDocument,
    "query AuditTrail($complaintId: ID!) {\n  auditTrail(complaintId: $complaintId) {\n    complaintId\n    complaint {\n      ...AuditEntryFields\n    }\n    firstLine {\n      ...AuditEntryFields\n    }\n    escalation {\n      ...AuditEntryFields\n    }\n  }\n}\n\nfragment AuditEntryFields on AuditEntry {\n  at\n  actorRole\n  actorDirectorate\n  action\n  what\n}": typeof types.AuditTrailDocument,
    "mutation CompleteActionPlanItem($id: ID!) {\n  completeActionPlanItem(id: $id) {\n    ...ActionPlanItemFields\n  }\n}": typeof types.CompleteActionPlanItemDocument,
    "mutation DecideEscalation($id: ID!, $input: DecisionInput!) {\n  decideEscalation(id: $id, input: $input) {\n    ...EscalationDetail\n  }\n}": typeof types.DecideEscalationDocument,
    "mutation ErasePersonalData($complaintId: ID!, $reason: ErasureReasonInput!) {\n  erasePersonalData(complaintId: $complaintId, reason: $reason) {\n    id\n    reference\n    personalDataErasedAt\n    complainant {\n      name\n    }\n  }\n}": typeof types.ErasePersonalDataDocument,
    "query Escalations($status: EscalationStatus, $first: Int = 20, $after: String) {\n  escalationPage(status: $status, first: $first, after: $after) {\n    totalCount\n    nextCursor\n    items {\n      ...EscalationDetail\n      complaint {\n        ...ComplaintSummary\n        firstLine {\n          outcome\n          answeredAt\n        }\n      }\n    }\n  }\n}": typeof types.EscalationsDocument,
    "query PersonalDataExport($complaintId: ID!) {\n  personalDataExport(complaintId: $complaintId) {\n    complaintId\n    document\n  }\n}": typeof types.PersonalDataExportDocument,
    "mutation RecordEscalationRequest($complaintId: ID!, $reason: String!, $requestedAt: DateTime) {\n  requestEscalation(\n    complaintId: $complaintId\n    reason: $reason\n    requestedAt: $requestedAt\n  ) {\n    ...EscalationDetail\n  }\n}": typeof types.RecordEscalationRequestDocument,
    "mutation RescreenComplaint($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String!) {\n  rescreenComplaint(\n    id: $id\n    admissible: $admissible\n    reason: $reason\n    note: $note\n  ) {\n    id\n    status\n    admissibility\n    inadmissibilityReason\n    admissibilityNote\n    allowedActions\n  }\n}": typeof types.RescreenComplaintDocument,
    "mutation ConfirmEmail($complaintId: ID!, $code: String!) {\n  confirmEmail(complaintId: $complaintId, code: $code) {\n    id\n    emailAddressConfirmed\n  }\n}": typeof types.ConfirmEmailDocument,
    "mutation CorrectMyDetails($complaintId: ID!, $input: ComplainantUpdateInput!) {\n  updateComplainant(complaintId: $complaintId, input: $input) {\n    id\n    complainant {\n      name\n      organisation\n      email\n      phone\n      postalAddress\n    }\n    emailAddressConfirmed\n  }\n}": typeof types.CorrectMyDetailsDocument,
    "mutation FileComplaint($input: FileComplaintInput!) {\n  fileComplaint(input: $input) {\n    ...ComplaintSummary\n    emailAddressConfirmed\n  }\n}": typeof types.FileComplaintDocument,
    "query FollowComplaint($id: ID!) {\n  complaint(id: $id) {\n    ...ComplaintDetail\n  }\n}": typeof types.FollowComplaintDocument,
    "query MyComplaints($first: Int = 20, $after: String) {\n  myComplaintPage(first: $first, after: $after) {\n    totalCount\n    nextCursor\n    items {\n      ...ComplaintSummary\n    }\n  }\n}": typeof types.MyComplaintsDocument,
    "query MyPersonalData($complaintId: ID!) {\n  personalDataExport(complaintId: $complaintId) {\n    complaintId\n    document\n  }\n}": typeof types.MyPersonalDataDocument,
    "mutation RequestEmailConfirmation($complaintId: ID!) {\n  requestEmailConfirmation(complaintId: $complaintId) {\n    id\n    emailAddressConfirmed\n  }\n}": typeof types.RequestEmailConfirmationDocument,
    "mutation RequestEscalation($complaintId: ID!, $reason: String!) {\n  requestEscalation(complaintId: $complaintId, reason: $reason) {\n    ...EscalationDetail\n  }\n}": typeof types.RequestEscalationDocument,
    "mutation WithdrawComplaint($id: ID!) {\n  withdrawComplaint(id: $id) {\n    id\n    status\n  }\n}": typeof types.WithdrawComplaintDocument,
    "mutation AcknowledgeComplaint($complaintId: ID!) {\n  acknowledgeComplaint(complaintId: $complaintId) {\n    ...FirstLine\n  }\n}": typeof types.AcknowledgeComplaintDocument,
    "mutation AnswerComplaint($complaintId: ID!, $input: AnswerInput!) {\n  answerComplaint(complaintId: $complaintId, input: $input) {\n    ...FirstLine\n  }\n}": typeof types.AnswerComplaintDocument,
    "mutation CorrectComplainant($complaintId: ID!, $input: ComplainantUpdateInput!) {\n  updateComplainant(complaintId: $complaintId, input: $input) {\n    ...ComplaintDetail\n  }\n}": typeof types.CorrectComplainantDocument,
    "mutation FlagSpecialCategories($complaintId: ID!, $categories: [SpecialCategory!]!, $reason: String!) {\n  flagSpecialCategories(\n    complaintId: $complaintId\n    categories: $categories\n    reason: $reason\n  ) {\n    id\n    specialCategories {\n      categories\n      reason\n      flaggedAt\n    }\n  }\n}": typeof types.FlagSpecialCategoriesDocument,
    "query Inbox($filter: ComplaintFilter, $first: Int = 20, $after: String) {\n  complaints(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nextCursor\n    items {\n      ...ComplaintSummary\n      admissibility\n      allowedActions\n      firstLine {\n        acknowledgedAt\n        acknowledgementOverdue\n        answerOverdue\n      }\n    }\n  }\n}": typeof types.InboxDocument,
    "mutation RegisterComplaint($input: RegisterComplaintInput!) {\n  registerComplaint(input: $input) {\n    ...ComplaintSummary\n  }\n}": typeof types.RegisterComplaintDocument,
    "mutation ScreenComplaint($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String) {\n  screenComplaint(id: $id, admissible: $admissible, reason: $reason, note: $note) {\n    id\n    status\n    admissibility\n    inadmissibilityReason\n    admissibilityNote\n  }\n}": typeof types.ScreenComplaintDocument,
    "mutation TransferComplaint($id: ID!, $to: DirectorateCode!, $note: String!) {\n  transferComplaint(id: $id, to: $to, note: $note) {\n    id\n    status\n    directorate {\n      code\n    }\n  }\n}": typeof types.TransferComplaintDocument,
    "fragment ComplaintSummary on Complaint {\n  id\n  reference\n  subject\n  status\n  category\n  channel\n  language\n  receivedAt\n  acknowledgementDueAt\n  answerDueAt\n  directorate {\n    code\n    name\n  }\n}\n\nfragment ComplaintDetail on Complaint {\n  ...ComplaintSummary\n  allowedActions\n  description\n  desiredOutcome\n  admissibility\n  inadmissibilityReason\n  admissibilityNote\n  emailAddressConfirmed\n  complainant {\n    kind\n    name\n    organisation\n    email\n    phone\n    postalAddress\n  }\n  timeline {\n    status\n    at\n    note\n  }\n  firstLine {\n    ...FirstLine\n  }\n  escalation {\n    ...EscalationDetail\n  }\n  letters {\n    id\n    kind\n    language\n    delivery\n    subject\n    createdAt\n    sentAt\n    waitingForConfirmation\n  }\n}\n\nfragment FirstLine on FirstLineHandling {\n  acknowledgedAt\n  answeredAt\n  answer\n  outcome\n  remedy\n  acknowledgementOverdue\n  answerOverdue\n}\n\nfragment EscalationDetail on Escalation {\n  id\n  review\n  requestedAt\n  reason\n  status\n  dueAt\n  overdue\n  decidedAt\n  decision\n  outcome\n  remedy\n}": typeof types.ComplaintSummaryFragmentDoc,
    "query Directorates($language: Language = NL) {\n  directorates {\n    code\n    name(language: $language)\n    address\n    phone\n    website\n  }\n}": typeof types.DirectoratesDocument,
    "query Ombudsman {\n  ombudsman {\n    name\n    address\n    phone\n    website\n  }\n}": typeof types.OmbudsmanDocument,
    "query PrivacyNotice($language: Language = NL) {\n  privacyNotice(language: $language) {\n    language\n    title\n    controller\n    dataProtectionOfficer\n    retention\n    retentionYears\n    rights {\n      right\n      text\n    }\n    howToExercise\n    supervisoryAuthority\n    fullNoticeUrl\n    sections {\n      title\n      text\n    }\n  }\n}": typeof types.PrivacyNoticeDocument,
    "query Viewer {\n  viewer {\n    sub\n    role\n    name\n    locale\n    directorate {\n      code\n      name\n    }\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "mutation AddActionPlanItem($year: Int!, $input: ActionPlanItemInput!) {\n  addActionPlanItem(year: $year, input: $input) {\n    ...ActionPlanItemFields\n  }\n}\n\nfragment ActionPlanItemFields on ActionPlanItem {\n  id\n  year\n  title\n  description\n  dueAt\n  done\n  directorate {\n    code\n  }\n}": types.AddActionPlanItemDocument,
    "query AnnualReport($year: Int!) {\n  annualReport(year: $year) {\n    year\n    totals {\n      ...Statistics\n    }\n    byDirectorate {\n      directorate {\n        code\n        name\n      }\n      statistics {\n        ...Statistics\n      }\n    }\n    inadmissibleByReason {\n      reason\n      count\n    }\n    actionPlan {\n      ...ActionPlanItemFields\n    }\n  }\n}\n\nfragment Statistics on ComplaintStatistics {\n  received\n  inadmissible\n  acknowledgedWithinDeadline\n  answeredWithinDeadline\n  overdue\n  escalated\n  founded\n  partlyFounded\n  unfounded\n  medianDaysToAnswer\n}": types.AnnualReportDocument,
    "query AnnualReportLink($year: Int!, $language: Language!) {\n  annualReportLink(year: $year, language: $language) {\n    url\n    csvUrl\n    expiresAt\n  }\n}": types.AnnualReportLinkDocument,
    "query AuditTrail($complaintId: ID!) {\n  auditTrail(complaintId: $complaintId) {\n    complaintId\n    complaint {\n      ...AuditEntryFields\n    }\n    firstLine {\n      ...AuditEntryFields\n    }\n    escalation {\n      ...AuditEntryFields\n    }\n  }\n}\n\nfragment AuditEntryFields on AuditEntry {\n  at\n  actorRole\n  actorDirectorate\n  action\n  what\n}": types.AuditTrailDocument,
    "mutation CompleteActionPlanItem($id: ID!) {\n  completeActionPlanItem(id: $id) {\n    ...ActionPlanItemFields\n  }\n}": types.CompleteActionPlanItemDocument,
    "mutation DecideEscalation($id: ID!, $input: DecisionInput!) {\n  decideEscalation(id: $id, input: $input) {\n    ...EscalationDetail\n  }\n}": types.DecideEscalationDocument,
    "mutation ErasePersonalData($complaintId: ID!, $reason: ErasureReasonInput!) {\n  erasePersonalData(complaintId: $complaintId, reason: $reason) {\n    id\n    reference\n    personalDataErasedAt\n    complainant {\n      name\n    }\n  }\n}": types.ErasePersonalDataDocument,
    "query Escalations($status: EscalationStatus, $first: Int = 20, $after: String) {\n  escalationPage(status: $status, first: $first, after: $after) {\n    totalCount\n    nextCursor\n    items {\n      ...EscalationDetail\n      complaint {\n        ...ComplaintSummary\n        firstLine {\n          outcome\n          answeredAt\n        }\n      }\n    }\n  }\n}": types.EscalationsDocument,
    "query PersonalDataExport($complaintId: ID!) {\n  personalDataExport(complaintId: $complaintId) {\n    complaintId\n    document\n  }\n}": types.PersonalDataExportDocument,
    "mutation RecordEscalationRequest($complaintId: ID!, $reason: String!, $requestedAt: DateTime) {\n  requestEscalation(\n    complaintId: $complaintId\n    reason: $reason\n    requestedAt: $requestedAt\n  ) {\n    ...EscalationDetail\n  }\n}": types.RecordEscalationRequestDocument,
    "mutation RescreenComplaint($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String!) {\n  rescreenComplaint(\n    id: $id\n    admissible: $admissible\n    reason: $reason\n    note: $note\n  ) {\n    id\n    status\n    admissibility\n    inadmissibilityReason\n    admissibilityNote\n    allowedActions\n  }\n}": types.RescreenComplaintDocument,
    "mutation ConfirmEmail($complaintId: ID!, $code: String!) {\n  confirmEmail(complaintId: $complaintId, code: $code) {\n    id\n    emailAddressConfirmed\n  }\n}": types.ConfirmEmailDocument,
    "mutation CorrectMyDetails($complaintId: ID!, $input: ComplainantUpdateInput!) {\n  updateComplainant(complaintId: $complaintId, input: $input) {\n    id\n    complainant {\n      name\n      organisation\n      email\n      phone\n      postalAddress\n    }\n    emailAddressConfirmed\n  }\n}": types.CorrectMyDetailsDocument,
    "mutation FileComplaint($input: FileComplaintInput!) {\n  fileComplaint(input: $input) {\n    ...ComplaintSummary\n    emailAddressConfirmed\n  }\n}": types.FileComplaintDocument,
    "query FollowComplaint($id: ID!) {\n  complaint(id: $id) {\n    ...ComplaintDetail\n  }\n}": types.FollowComplaintDocument,
    "query MyComplaints($first: Int = 20, $after: String) {\n  myComplaintPage(first: $first, after: $after) {\n    totalCount\n    nextCursor\n    items {\n      ...ComplaintSummary\n    }\n  }\n}": types.MyComplaintsDocument,
    "query MyPersonalData($complaintId: ID!) {\n  personalDataExport(complaintId: $complaintId) {\n    complaintId\n    document\n  }\n}": types.MyPersonalDataDocument,
    "mutation RequestEmailConfirmation($complaintId: ID!) {\n  requestEmailConfirmation(complaintId: $complaintId) {\n    id\n    emailAddressConfirmed\n  }\n}": types.RequestEmailConfirmationDocument,
    "mutation RequestEscalation($complaintId: ID!, $reason: String!) {\n  requestEscalation(complaintId: $complaintId, reason: $reason) {\n    ...EscalationDetail\n  }\n}": types.RequestEscalationDocument,
    "mutation WithdrawComplaint($id: ID!) {\n  withdrawComplaint(id: $id) {\n    id\n    status\n  }\n}": types.WithdrawComplaintDocument,
    "mutation AcknowledgeComplaint($complaintId: ID!) {\n  acknowledgeComplaint(complaintId: $complaintId) {\n    ...FirstLine\n  }\n}": types.AcknowledgeComplaintDocument,
    "mutation AnswerComplaint($complaintId: ID!, $input: AnswerInput!) {\n  answerComplaint(complaintId: $complaintId, input: $input) {\n    ...FirstLine\n  }\n}": types.AnswerComplaintDocument,
    "mutation CorrectComplainant($complaintId: ID!, $input: ComplainantUpdateInput!) {\n  updateComplainant(complaintId: $complaintId, input: $input) {\n    ...ComplaintDetail\n  }\n}": types.CorrectComplainantDocument,
    "mutation FlagSpecialCategories($complaintId: ID!, $categories: [SpecialCategory!]!, $reason: String!) {\n  flagSpecialCategories(\n    complaintId: $complaintId\n    categories: $categories\n    reason: $reason\n  ) {\n    id\n    specialCategories {\n      categories\n      reason\n      flaggedAt\n    }\n  }\n}": types.FlagSpecialCategoriesDocument,
    "query Inbox($filter: ComplaintFilter, $first: Int = 20, $after: String) {\n  complaints(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nextCursor\n    items {\n      ...ComplaintSummary\n      admissibility\n      allowedActions\n      firstLine {\n        acknowledgedAt\n        acknowledgementOverdue\n        answerOverdue\n      }\n    }\n  }\n}": types.InboxDocument,
    "mutation RegisterComplaint($input: RegisterComplaintInput!) {\n  registerComplaint(input: $input) {\n    ...ComplaintSummary\n  }\n}": types.RegisterComplaintDocument,
    "mutation ScreenComplaint($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String) {\n  screenComplaint(id: $id, admissible: $admissible, reason: $reason, note: $note) {\n    id\n    status\n    admissibility\n    inadmissibilityReason\n    admissibilityNote\n  }\n}": types.ScreenComplaintDocument,
    "mutation TransferComplaint($id: ID!, $to: DirectorateCode!, $note: String!) {\n  transferComplaint(id: $id, to: $to, note: $note) {\n    id\n    status\n    directorate {\n      code\n    }\n  }\n}": types.TransferComplaintDocument,
    "fragment ComplaintSummary on Complaint {\n  id\n  reference\n  subject\n  status\n  category\n  channel\n  language\n  receivedAt\n  acknowledgementDueAt\n  answerDueAt\n  directorate {\n    code\n    name\n  }\n}\n\nfragment ComplaintDetail on Complaint {\n  ...ComplaintSummary\n  allowedActions\n  description\n  desiredOutcome\n  admissibility\n  inadmissibilityReason\n  admissibilityNote\n  emailAddressConfirmed\n  complainant {\n    kind\n    name\n    organisation\n    email\n    phone\n    postalAddress\n  }\n  timeline {\n    status\n    at\n    note\n  }\n  firstLine {\n    ...FirstLine\n  }\n  escalation {\n    ...EscalationDetail\n  }\n  letters {\n    id\n    kind\n    language\n    delivery\n    subject\n    createdAt\n    sentAt\n    waitingForConfirmation\n  }\n}\n\nfragment FirstLine on FirstLineHandling {\n  acknowledgedAt\n  answeredAt\n  answer\n  outcome\n  remedy\n  acknowledgementOverdue\n  answerOverdue\n}\n\nfragment EscalationDetail on Escalation {\n  id\n  review\n  requestedAt\n  reason\n  status\n  dueAt\n  overdue\n  decidedAt\n  decision\n  outcome\n  remedy\n}": types.ComplaintSummaryFragmentDoc,
    "query Directorates($language: Language = NL) {\n  directorates {\n    code\n    name(language: $language)\n    address\n    phone\n    website\n  }\n}": types.DirectoratesDocument,
    "query Ombudsman {\n  ombudsman {\n    name\n    address\n    phone\n    website\n  }\n}": types.OmbudsmanDocument,
    "query PrivacyNotice($language: Language = NL) {\n  privacyNotice(language: $language) {\n    language\n    title\n    controller\n    dataProtectionOfficer\n    retention\n    retentionYears\n    rights {\n      right\n      text\n    }\n    howToExercise\n    supervisoryAuthority\n    fullNoticeUrl\n    sections {\n      title\n      text\n    }\n  }\n}": types.PrivacyNoticeDocument,
    "query Viewer {\n  viewer {\n    sub\n    role\n    name\n    locale\n    directorate {\n      code\n      name\n    }\n  }\n}": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddActionPlanItem($year: Int!, $input: ActionPlanItemInput!) {\n  addActionPlanItem(year: $year, input: $input) {\n    ...ActionPlanItemFields\n  }\n}\n\nfragment ActionPlanItemFields on ActionPlanItem {\n  id\n  year\n  title\n  description\n  dueAt\n  done\n  directorate {\n    code\n  }\n}"): typeof import('./graphql').AddActionPlanItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReport($year: Int!) {\n  annualReport(year: $year) {\n    year\n    totals {\n      ...Statistics\n    }\n    byDirectorate {\n      directorate {\n        code\n        name\n      }\n      statistics {\n        ...Statistics\n      }\n    }\n    inadmissibleByReason {\n      reason\n      count\n    }\n    actionPlan {\n      ...ActionPlanItemFields\n    }\n  }\n}\n\nfragment Statistics on ComplaintStatistics {\n  received\n  inadmissible\n  acknowledgedWithinDeadline\n  answeredWithinDeadline\n  overdue\n  escalated\n  founded\n  partlyFounded\n  unfounded\n  medianDaysToAnswer\n}"): typeof import('./graphql').AnnualReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnualReportLink($year: Int!, $language: Language!) {\n  annualReportLink(year: $year, language: $language) {\n    url\n    csvUrl\n    expiresAt\n  }\n}"): typeof import('./graphql').AnnualReportLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrail($complaintId: ID!) {\n  auditTrail(complaintId: $complaintId) {\n    complaintId\n    complaint {\n      ...AuditEntryFields\n    }\n    firstLine {\n      ...AuditEntryFields\n    }\n    escalation {\n      ...AuditEntryFields\n    }\n  }\n}\n\nfragment AuditEntryFields on AuditEntry {\n  at\n  actorRole\n  actorDirectorate\n  action\n  what\n}"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteActionPlanItem($id: ID!) {\n  completeActionPlanItem(id: $id) {\n    ...ActionPlanItemFields\n  }\n}"): typeof import('./graphql').CompleteActionPlanItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideEscalation($id: ID!, $input: DecisionInput!) {\n  decideEscalation(id: $id, input: $input) {\n    ...EscalationDetail\n  }\n}"): typeof import('./graphql').DecideEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasePersonalData($complaintId: ID!, $reason: ErasureReasonInput!) {\n  erasePersonalData(complaintId: $complaintId, reason: $reason) {\n    id\n    reference\n    personalDataErasedAt\n    complainant {\n      name\n    }\n  }\n}"): typeof import('./graphql').ErasePersonalDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Escalations($status: EscalationStatus, $first: Int = 20, $after: String) {\n  escalationPage(status: $status, first: $first, after: $after) {\n    totalCount\n    nextCursor\n    items {\n      ...EscalationDetail\n      complaint {\n        ...ComplaintSummary\n        firstLine {\n          outcome\n          answeredAt\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').EscalationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonalDataExport($complaintId: ID!) {\n  personalDataExport(complaintId: $complaintId) {\n    complaintId\n    document\n  }\n}"): typeof import('./graphql').PersonalDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordEscalationRequest($complaintId: ID!, $reason: String!, $requestedAt: DateTime) {\n  requestEscalation(\n    complaintId: $complaintId\n    reason: $reason\n    requestedAt: $requestedAt\n  ) {\n    ...EscalationDetail\n  }\n}"): typeof import('./graphql').RecordEscalationRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescreenComplaint($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String!) {\n  rescreenComplaint(\n    id: $id\n    admissible: $admissible\n    reason: $reason\n    note: $note\n  ) {\n    id\n    status\n    admissibility\n    inadmissibilityReason\n    admissibilityNote\n    allowedActions\n  }\n}"): typeof import('./graphql').RescreenComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmEmail($complaintId: ID!, $code: String!) {\n  confirmEmail(complaintId: $complaintId, code: $code) {\n    id\n    emailAddressConfirmed\n  }\n}"): typeof import('./graphql').ConfirmEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectMyDetails($complaintId: ID!, $input: ComplainantUpdateInput!) {\n  updateComplainant(complaintId: $complaintId, input: $input) {\n    id\n    complainant {\n      name\n      organisation\n      email\n      phone\n      postalAddress\n    }\n    emailAddressConfirmed\n  }\n}"): typeof import('./graphql').CorrectMyDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FileComplaint($input: FileComplaintInput!) {\n  fileComplaint(input: $input) {\n    ...ComplaintSummary\n    emailAddressConfirmed\n  }\n}"): typeof import('./graphql').FileComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FollowComplaint($id: ID!) {\n  complaint(id: $id) {\n    ...ComplaintDetail\n  }\n}"): typeof import('./graphql').FollowComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyComplaints($first: Int = 20, $after: String) {\n  myComplaintPage(first: $first, after: $after) {\n    totalCount\n    nextCursor\n    items {\n      ...ComplaintSummary\n    }\n  }\n}"): typeof import('./graphql').MyComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyPersonalData($complaintId: ID!) {\n  personalDataExport(complaintId: $complaintId) {\n    complaintId\n    document\n  }\n}"): typeof import('./graphql').MyPersonalDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestEmailConfirmation($complaintId: ID!) {\n  requestEmailConfirmation(complaintId: $complaintId) {\n    id\n    emailAddressConfirmed\n  }\n}"): typeof import('./graphql').RequestEmailConfirmationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestEscalation($complaintId: ID!, $reason: String!) {\n  requestEscalation(complaintId: $complaintId, reason: $reason) {\n    ...EscalationDetail\n  }\n}"): typeof import('./graphql').RequestEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawComplaint($id: ID!) {\n  withdrawComplaint(id: $id) {\n    id\n    status\n  }\n}"): typeof import('./graphql').WithdrawComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeComplaint($complaintId: ID!) {\n  acknowledgeComplaint(complaintId: $complaintId) {\n    ...FirstLine\n  }\n}"): typeof import('./graphql').AcknowledgeComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerComplaint($complaintId: ID!, $input: AnswerInput!) {\n  answerComplaint(complaintId: $complaintId, input: $input) {\n    ...FirstLine\n  }\n}"): typeof import('./graphql').AnswerComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectComplainant($complaintId: ID!, $input: ComplainantUpdateInput!) {\n  updateComplainant(complaintId: $complaintId, input: $input) {\n    ...ComplaintDetail\n  }\n}"): typeof import('./graphql').CorrectComplainantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FlagSpecialCategories($complaintId: ID!, $categories: [SpecialCategory!]!, $reason: String!) {\n  flagSpecialCategories(\n    complaintId: $complaintId\n    categories: $categories\n    reason: $reason\n  ) {\n    id\n    specialCategories {\n      categories\n      reason\n      flaggedAt\n    }\n  }\n}"): typeof import('./graphql').FlagSpecialCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Inbox($filter: ComplaintFilter, $first: Int = 20, $after: String) {\n  complaints(filter: $filter, first: $first, after: $after) {\n    totalCount\n    nextCursor\n    items {\n      ...ComplaintSummary\n      admissibility\n      allowedActions\n      firstLine {\n        acknowledgedAt\n        acknowledgementOverdue\n        answerOverdue\n      }\n    }\n  }\n}"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterComplaint($input: RegisterComplaintInput!) {\n  registerComplaint(input: $input) {\n    ...ComplaintSummary\n  }\n}"): typeof import('./graphql').RegisterComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScreenComplaint($id: ID!, $admissible: Boolean!, $reason: InadmissibilityReason, $note: String) {\n  screenComplaint(id: $id, admissible: $admissible, reason: $reason, note: $note) {\n    id\n    status\n    admissibility\n    inadmissibilityReason\n    admissibilityNote\n  }\n}"): typeof import('./graphql').ScreenComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferComplaint($id: ID!, $to: DirectorateCode!, $note: String!) {\n  transferComplaint(id: $id, to: $to, note: $note) {\n    id\n    status\n    directorate {\n      code\n    }\n  }\n}"): typeof import('./graphql').TransferComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ComplaintSummary on Complaint {\n  id\n  reference\n  subject\n  status\n  category\n  channel\n  language\n  receivedAt\n  acknowledgementDueAt\n  answerDueAt\n  directorate {\n    code\n    name\n  }\n}\n\nfragment ComplaintDetail on Complaint {\n  ...ComplaintSummary\n  allowedActions\n  description\n  desiredOutcome\n  admissibility\n  inadmissibilityReason\n  admissibilityNote\n  emailAddressConfirmed\n  complainant {\n    kind\n    name\n    organisation\n    email\n    phone\n    postalAddress\n  }\n  timeline {\n    status\n    at\n    note\n  }\n  firstLine {\n    ...FirstLine\n  }\n  escalation {\n    ...EscalationDetail\n  }\n  letters {\n    id\n    kind\n    language\n    delivery\n    subject\n    createdAt\n    sentAt\n    waitingForConfirmation\n  }\n}\n\nfragment FirstLine on FirstLineHandling {\n  acknowledgedAt\n  answeredAt\n  answer\n  outcome\n  remedy\n  acknowledgementOverdue\n  answerOverdue\n}\n\nfragment EscalationDetail on Escalation {\n  id\n  review\n  requestedAt\n  reason\n  status\n  dueAt\n  overdue\n  decidedAt\n  decision\n  outcome\n  remedy\n}"): typeof import('./graphql').ComplaintSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Directorates($language: Language = NL) {\n  directorates {\n    code\n    name(language: $language)\n    address\n    phone\n    website\n  }\n}"): typeof import('./graphql').DirectoratesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Ombudsman {\n  ombudsman {\n    name\n    address\n    phone\n    website\n  }\n}"): typeof import('./graphql').OmbudsmanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivacyNotice($language: Language = NL) {\n  privacyNotice(language: $language) {\n    language\n    title\n    controller\n    dataProtectionOfficer\n    retention\n    retentionYears\n    rights {\n      right\n      text\n    }\n    howToExercise\n    supervisoryAuthority\n    fullNoticeUrl\n    sections {\n      title\n      text\n    }\n  }\n}"): typeof import('./graphql').PrivacyNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    sub\n    role\n    name\n    locale\n    directorate {\n      code\n      name\n    }\n  }\n}"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
