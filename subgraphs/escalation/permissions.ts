import type { IRules } from "graphql-shield";
import {
  canReadComplaintFacts,
  canReadEscalation,
  isAuthenticated,
  isCentralService,
  isCitizen,
  isGatewayCall,
  isPublic,
} from "./rules";

/** Escalation's permission tree. Fallback: deny. */
export const permissions: IRules = {
  Query: {
    _service: isGatewayCall,
    _entities: isGatewayCall,
    escalations: isAuthenticated,
    escalation: isAuthenticated,
    ombudsman: isPublic,
  },
  Mutation: {
    requestEscalation: isCitizen,
    decideEscalation: isCentralService,
  },
  _Service: { sdl: isGatewayCall },
  Escalation: canReadEscalation,
  Complaint: canReadComplaintFacts,
  Ombudsman: isPublic,
};
