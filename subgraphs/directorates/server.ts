import { containerOf } from "../../lib/graphql/container";
import { assembleSubgraph, type Subgraph, type SubgraphDeps } from "../../lib/platform/subgraph";
import { directoratesAudit, directoratesTrail } from "./audit";
import { directoratesContext } from "./context";
import { seedDirectorates } from "./database";
import { Directory } from "./directory";
import { AnswerDeadlineWatch } from "./answer-deadline.watch";
import { DirectorateResolver, directorateReferenceResolver } from "./directorate.resolver";
import { fromEscalation, fromIntake } from "./events";
import { FirstLineResolver, complaintReferenceResolver } from "./first-line.resolver";
import { FirstLineService } from "./first-line.service";
import { ComplaintRef } from "./first-line.types";
import { permissions } from "./permissions";
import { releaseEndpoint } from "./release.endpoint";
import { directoratesExport } from "./personal-data";

/** The directorates subgraph: owns Directorate and first-line handling. Built, not listening. */
export async function createDirectoratesSubgraph(deps: SubgraphDeps): Promise<Subgraph> {
  await seedDirectorates(deps.dataSource);
  const directory = await Directory.read(deps.dataSource);
  const firstLine = new FirstLineService(deps.dataSource, deps.clock, deps.procedure, deps.calendar);
  return assembleSubgraph(deps, {
    name: "directorates",
    schema: {
      resolvers: [DirectorateResolver, FirstLineResolver, directoratesTrail.AuditTrailResolver, directoratesExport.PersonalDataExportResolver],
      orphanedTypes: [ComplaintRef, directoratesTrail.AuditTrail, directoratesExport.PersonalDataExport],
      referenceResolvers: {
        ...directorateReferenceResolver(directory),
        ...complaintReferenceResolver,
        ...directoratesTrail.referenceResolver,
        ...directoratesExport.referenceResolver,
      },
      container: containerOf(
        new DirectorateResolver(directory),
        new FirstLineResolver(firstLine),
        new directoratesTrail.AuditTrailResolver(deps.dataSource),
        new directoratesExport.PersonalDataExportResolver(deps.dataSource),
      ),
      permissions,
      audit: directoratesAudit,
    },
    context: (base) => directoratesContext(base, firstLine),
    consumes: { intake: fromIntake, escalation: fromEscalation },
    peerEndpoints: (catchUp) => [releaseEndpoint(firstLine, catchUp)],
    workers: [new AnswerDeadlineWatch(deps.dataSource, deps.clock, deps.calendar, deps.log)],
  });
}
