import { assembleSubgraph, type Subgraph, type SubgraphDeps } from "../../lib/subgraph";
import { Complaint } from "./complaint.entity";
import { ComplaintResolver, complaintReferenceResolver } from "./complaint.resolver";
import { ComplaintService } from "./complaint.service";
import { intakeContext } from "./context";
import { intakeHandlers } from "./events";
import { permissions } from "./permissions";
import { containerOf } from "../../lib/graphql/container";

/** The intake subgraph: owns Complaint. Built, not listening. */
export function createIntakeSubgraph(deps: SubgraphDeps): Promise<Subgraph> {
  const complaints = new ComplaintService(deps.dataSource, deps.clock);
  return assembleSubgraph(deps, {
    name: "intake",
    schema: {
      resolvers: [ComplaintResolver],
      orphanedTypes: [Complaint],
      referenceResolvers: complaintReferenceResolver,
      container: containerOf(new ComplaintResolver(complaints)),
      permissions,
    },
    context: (base) => intakeContext(base, complaints),
    consumes: { directorates: intakeHandlers, escalation: intakeHandlers },
  });
}
