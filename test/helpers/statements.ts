import type { Logger } from "typeorm";
import { SUBGRAPHS, type SubgraphName } from "../../lib/config";

/** Records the SQL statements each subgraph runs, through TypeORM's query logger. */
export function statementRecorder() {
  const statements = Object.fromEntries(SUBGRAPHS.map((name) => [name, [] as string[]])) as Record<SubgraphName, string[]>;
  const logger = (name: SubgraphName): Logger => ({
    logQuery: (query) => void statements[name].push(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  });
  return {
    loggers: Object.fromEntries(SUBGRAPHS.map((name) => [name, logger(name)])) as Record<SubgraphName, Logger>,
    /** The statements run while `work` runs, per subgraph. */
    async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: Record<SubgraphName, string[]> }> {
      for (const name of SUBGRAPHS) statements[name].length = 0;
      const result = await work();
      const copy = Object.fromEntries(SUBGRAPHS.map((name) => [name, [...statements[name]]])) as Record<SubgraphName, string[]>;
      return { result, statements: copy };
    },
  };
}
