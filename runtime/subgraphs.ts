import "reflect-metadata";
import type { SubgraphName } from "../lib/config";
import type { DatabaseOptions } from "../lib/platform/database";
import type { Subgraph, SubgraphDeps } from "../lib/platform/subgraph";
import { directoratesDatabase } from "../subgraphs/directorates/database";
import { createDirectoratesSubgraph } from "../subgraphs/directorates/server";
import { escalationDatabase } from "../subgraphs/escalation/database";
import { createEscalationSubgraph } from "../subgraphs/escalation/server";
import { intakeDatabase } from "../subgraphs/intake/database";
import { createIntakeSubgraph } from "../subgraphs/intake/server";

/** The three subgraphs: how each is built and what its database holds. */
export const SUBGRAPH_MODULES: Record<SubgraphName, { database: DatabaseOptions; create: (deps: SubgraphDeps) => Promise<Subgraph> }> = {
  intake: { database: intakeDatabase, create: createIntakeSubgraph },
  directorates: { database: directoratesDatabase, create: createDirectoratesSubgraph },
  escalation: { database: escalationDatabase, create: createEscalationSubgraph },
};
