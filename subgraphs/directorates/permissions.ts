import type { IRules } from "graphql-shield";
import { isCitizenOrCentralService } from "../../lib/graphql/rules";
import { canReadComplaintCase, canReadFirstLine, isCentralService, isCoordinator, isGatewayCall, isPublic } from "./rules";

/** Directorates' permission tree. Directory data is public; first-line handling is not. Fallback: deny. */
export const permissions: IRules = {
  Query: {
    _service: isGatewayCall,
    _entities: isGatewayCall,
    directorates: isPublic,
    directorate: isPublic,
  },
  Mutation: {
    acknowledgeComplaint: isCoordinator,
    answerComplaint: isCoordinator,
  },
  _Service: { sdl: isGatewayCall },
  Directorate: isPublic,
  Complaint: canReadComplaintCase,
  FirstLineHandling: canReadFirstLine,
  AuditTrail: isCentralService,
  AuditEntry: isCentralService,
  // Scoped in the resolver: the complaint's online complainant or the central service.
  PersonalDataExport: { complaintId: isCitizenOrCentralService, firstLine: isCitizenOrCentralService },
};
