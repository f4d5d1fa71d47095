import { and, type IRules } from "graphql-shield";
import { isCitizenOrCentralService } from "../../lib/graphql/rules";
import { canReadComplaint, isAuthenticated, isCentralService, isCitizen, isGatewayCall, isPublic, isStaff } from "./rules";

/** Intake's permission tree; the role comments of contract.graphql, field by field. Fallback: deny. */
export const permissions: IRules = {
  Query: {
    _service: isGatewayCall,
    _entities: isGatewayCall,
    complaint: isAuthenticated,
    complaintByReference: isAuthenticated,
    myComplaints: isCitizen,
    myComplaintPage: isCitizen,
    complaints: isStaff,
    auditTrail: isCentralService,
    viewer: isPublic,
    privacyNotice: isPublic,
    personalDataExport: isCitizenOrCentralService,
  },
  Mutation: {
    fileComplaint: isCitizen,
    registerComplaint: isStaff,
    screenComplaint: isStaff,
    rescreenComplaint: isCentralService,
    transferComplaint: isStaff,
    withdrawComplaint: isCitizen,
    markLetterPosted: isStaff,
    confirmEmail: isCitizen,
    requestEmailConfirmation: isCitizen,
    erasePersonalData: isCentralService,
    // The owner, the complaint's coordinator or the central service: scoped in the service (NOT_FOUND outside).
    updateComplainant: isAuthenticated,
    flagSpecialCategories: isStaff,
  },
  _Service: { sdl: isGatewayCall },
  Complaint: { "*": canReadComplaint, specialCategories: and(canReadComplaint, isStaff) },
  SpecialCategoryFlag: isStaff,
  // Reached only through a Complaint that passed canReadComplaint.
  Complainant: isAuthenticated,
  StatusChange: isAuthenticated,
  Letter: isAuthenticated,
  AuditTrail: isCentralService,
  AuditEntry: isCentralService,
  ComplaintPage: isAuthenticated,
  Directorate: { code: isPublic },
  // Scoped in the resolvers: the complaint's online complainant or the central service.
  PersonalDataExport: isCitizenOrCentralService,
  PrivacyNotice: isPublic,
  PrivacyRight: isPublic,
  PrivacyNoticeSection: isPublic,
  // Reached only through a non-null viewer.
  Viewer: isAuthenticated,
};
