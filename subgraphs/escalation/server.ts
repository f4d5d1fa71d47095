import { containerOf } from "../../lib/graphql/container";
import { assembleSubgraph, type Subgraph, type SubgraphDeps } from "../../lib/platform/subgraph";
import { escalationAudit, escalationTrail } from "./audit";
import { escalationContext } from "./context";
import { ComplaintSecondLineResolver, EscalationResolver, complaintReferenceResolver, escalationReferenceResolver } from "./escalation.resolver";
import { EscalationService } from "./escalation.service";
import { ComplaintRef } from "./escalation.types";
import { fromDirectorates, fromIntake } from "./events";
import { permissions } from "./permissions";
import { escalationExport } from "./personal-data";
import { ReportResolver } from "./report.resolver";
import { ReportService } from "./report.service";

/** The escalation subgraph: second line, Ombudsman referral. Built, not listening. */
export function createEscalationSubgraph(deps: SubgraphDeps): Promise<Subgraph> {
  const escalations = new EscalationService(deps.dataSource, deps.clock, deps.quotas.escalationRequestsPerDay, deps.procedure, deps.calendar);
  return assembleSubgraph(deps, {
    name: "escalation",
    schema: {
      resolvers: [
        EscalationResolver,
        ComplaintSecondLineResolver,
        ReportResolver,
        escalationTrail.AuditTrailResolver,
        escalationExport.PersonalDataExportResolver,
      ],
      orphanedTypes: [ComplaintRef, escalationTrail.AuditTrail, escalationExport.PersonalDataExport],
      referenceResolvers: {
        ...escalationReferenceResolver,
        ...complaintReferenceResolver,
        ...escalationTrail.referenceResolver,
        ...escalationExport.referenceResolver,
      },
      container: containerOf(
        new EscalationResolver(escalations),
        new ComplaintSecondLineResolver(),
        new ReportResolver(new ReportService(deps.dataSource, deps.clock, deps.calendar)),
        new escalationTrail.AuditTrailResolver(deps.dataSource),
        new escalationExport.PersonalDataExportResolver(deps.dataSource),
      ),
      permissions,
      audit: escalationAudit,
    },
    context: (base) => escalationContext(base, escalations),
    ownFactsOnly: ["addActionPlanItem", "completeActionPlanItem"],
    consumes: { intake: fromIntake, directorates: fromDirectorates },
  });
}
