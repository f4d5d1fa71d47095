import { MigrationExecutor, type DataSource } from "typeorm";

/**
 * The names of the migrations this code has that its database lacks (`npm run migrate` applies them).
 * SQLite is synchronised from the entities and has none. Once none is pending the answer is kept:
 * a schema does not go back, so a current process asks the database once.
 */
export function pendingMigrations(dataSource: DataSource): () => Promise<string[]> {
  let current = dataSource.options.type === "better-sqlite3";
  return async () => {
    if (current) return [];
    const pending = (await new MigrationExecutor(dataSource).getPendingMigrations()).map((m) => m.name);
    current = pending.length === 0;
    return pending;
  };
}

/** The /ready detail of a schema behind its code. */
export function schemaBehind(pending: string[]): Record<string, unknown> {
  return {
    reason: `database schema behind: ${pending.length} migration(s) not applied (${pending.join(", ")}); run \`npm run migrate\``,
    pendingMigrations: pending,
  };
}
