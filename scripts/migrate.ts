import "reflect-metadata";
import { MigrationExecutor } from "typeorm";
import { ConfigError, SUBGRAPHS, databaseFor, loadConfig } from "../lib/config";
import { openDatabase } from "../lib/platform/database";
import { SUBGRAPH_MODULES } from "../runtime/subgraphs";

/**
 * `npm run migrate`: creates each subgraph's MySQL database if needed and
 * applies its migrations, as MYSQL_MIGRATION_URL (or MYSQL_URL when unset).
 * The serving processes' account may not change the schema (docs/operations.md, "Database accounts").
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const url = config.mysqlMigrationUrl ?? config.mysqlUrl;
  if (!url) {
    console.log("No MYSQL_MIGRATION_URL or MYSQL_URL: the SQLite databases are created and updated by the processes themselves.");
    return;
  }
  for (const name of SUBGRAPHS) {
    const db = databaseFor({ ...config, mysqlUrl: url }, name);
    const dataSource = await openDatabase(db, SUBGRAPH_MODULES[name].database, "apply");
    try {
      const applied = await new MigrationExecutor(dataSource).getExecutedMigrations();
      console.log(`${name}: ${db.kind === "mysql" ? db.database : ""} up to date (${applied.length} migrations applied)`);
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `migrate failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
