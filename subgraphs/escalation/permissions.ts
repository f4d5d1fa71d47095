import type { IRules } from "graphql-shield";
import { isCitizenOrCentralService } from "../../lib/graphql/rules";
import {
  isComplainantOrCentralService,
  canReadActionPlanItem,
  canReadComplaintFacts,
  canReadEscalation,
  isAuthenticated,
  isCentralService,
  isGatewayCall,
  isPublic,
  isStaff,
} from "./rules";

/** Escalation's permission tree. Fallback: deny. */
export const permissions: IRules = {
  Query: {
    _service: isGatewayCall,
    _entities: isGatewayCall,
    escalations: isAuthenticated,
    escalationPage: isAuthenticated,
    escalation: isAuthenticated,
    ombudsman: isPublic,
    annualReport: isStaff,
    annualReportDraft: isCentralService,
    annualReportVersions: isStaff,
    annualReportLink: isStaff,
  },
  Mutation: {
    requestEscalation: isComplainantOrCentralService,
    decideEscalation: isCentralService,
    addActionPlanItem: isCentralService,
    completeActionPlanItem: isCentralService,
    publishAnnualReport: isCentralService,
    setActionPlanItemStatus: isStaff,
    addActionPlanProgressNote: isStaff,
  },
  _Service: { sdl: isGatewayCall },
  Escalation: canReadEscalation,
  // Its items are each checked by canReadEscalation.
  EscalationPage: isAuthenticated,
  Complaint: canReadComplaintFacts,
  Ombudsman: isPublic,
  // Reached only through annualReport, which is staff-only and scoped in the service.
  AnnualReport: isStaff,
  ComplaintStatistics: isStaff,
  DirectorateStatistics: isStaff,
  ReasonCount: isStaff,
  MonthCount: isStaff,
  CategoryCount: isStaff,
  ChannelCount: isStaff,
  LanguageCount: isStaff,
  ComplainantKindCount: isStaff,
  OutcomeFigures: isStaff,
  DeadlineFigures: isStaff,
  Timeliness: isStaff,
  ActionPlanItem: canReadActionPlanItem,
  ReportLink: isStaff,
  // Who published is a person's account: the central service's own business.
  ReportPublication: { "*": isStaff, publishedBy: isCentralService },
  // Reached only through an action the caller may read.
  ActionProgressNote: isStaff,
  Directorate: { code: isPublic },
  AuditTrail: isCentralService,
  AuditEntry: isCentralService,
  // Scoped in the resolver: the complaint's online complainant or the central service.
  PersonalDataExport: { complaintId: isCitizenOrCentralService, escalation: isCitizenOrCentralService },
};
