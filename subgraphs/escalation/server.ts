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
import { AnnualReportResolver, ReportResolver } from "./report.resolver";
import { ReportService } from "./report.service";
import { ReportLinkResolver } from "./report-link.resolver";
import { ReportPublicationResolver } from "./report-publication.resolver";
import { ReportPublications } from "./report-publication.service";
import { counted, ensureCounters } from "./report.counters";
import { pendingMigrations } from "../../lib/platform/schema-check";

/** The escalation subgraph: second line, Ombudsman referral. Built, not listening. */
export async function createEscalationSubgraph(deps: SubgraphDeps): Promise<Subgraph> {
  // Counters are built from the facts where they are missing (an SQLite database from before them; MySQL: the migration
  // fills them); after that, events keep them. Not on a schema still behind its migrations (SCHEMA_BEHIND=wait).
  if ((await pendingMigrations(deps.dataSource)()).length === 0) await ensureCounters(deps.dataSource, deps.calendar);
  const escalations = new EscalationService(deps.dataSource, deps.clock, deps.quotas.escalationRequestsPerDay, deps.procedure, deps.calendar);
  const reports = new ReportService(deps.dataSource, deps.clock, deps.calendar);
  const publications = new ReportPublications(deps.dataSource, deps.clock, reports);
  return assembleSubgraph(deps, {
    name: "escalation",
    schema: {
      resolvers: [
        EscalationResolver,
        ComplaintSecondLineResolver,
        ReportResolver,
        AnnualReportResolver,
        ReportPublicationResolver,
        ReportLinkResolver,
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
        new ReportResolver(reports, publications),
        new AnnualReportResolver(reports, publications),
        new ReportPublicationResolver(reports, publications),
        new ReportLinkResolver(reports, deps.tokens),
        new escalationTrail.AuditTrailResolver(deps.dataSource),
        new escalationExport.PersonalDataExportResolver(deps.dataSource),
      ),
      permissions,
      audit: escalationAudit,
    },
    context: (base) => escalationContext(base, escalations),
    ownFactsOnly: ["addActionPlanItem", "completeActionPlanItem", "setActionPlanItemStatus", "addActionPlanProgressNote"],
    consumes: { intake: counted(fromIntake, deps.calendar), directorates: counted(fromDirectorates, deps.calendar) },
  });
}
