import { randomBytes } from "node:crypto";
import { SUBGRAPHS, type DatabaseConfig, type SubgraphName } from "../../lib/config";
import { dropMysqlDatabase, openDatabase } from "../../lib/platform/database";
import { SUBGRAPH_MODULES } from "../../runtime/subgraphs";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";

export type DatabaseKind = "sqlite" | "mysql";

/**
 * The databases every database-backed suite runs on: SQLite always, MySQL too
 * when MYSQL_URL is set. Suite names carry "[mysql]" so .ci/run can count them.
 */
export const DATABASE_KINDS: DatabaseKind[] = process.env.MYSQL_URL ? ["sqlite", "mysql"] : ["sqlite"];

export interface TestDatabases {
  kind: DatabaseKind;
  dataDir: string;
  configs: Record<SubgraphName, DatabaseConfig>;
  /** What `npm run migrate` does before a production start: creates the MySQL databases and applies the migrations. */
  migrate(): Promise<void>;
  drop(): Promise<void>;
}

/** Fresh, empty databases for one suite: a temp dir of SQLite files, or uniquely named MySQL databases. */
export function freshDatabases(kind: DatabaseKind): TestDatabases {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ibz-test-"));
  const prefix = `t${randomBytes(4).toString("hex")}_`;
  const configs = Object.fromEntries(
    SUBGRAPHS.map((name) => [
      name,
      kind === "mysql"
        ? { kind: "mysql", url: process.env.MYSQL_URL as string, database: `${prefix}${name}` }
        : { kind: "sqlite", file: path.join(dataDir, `${name}.sqlite`) },
    ]),
  ) as Record<SubgraphName, DatabaseConfig>;
  return {
    kind,
    dataDir,
    configs,
    async migrate() {
      for (const name of SUBGRAPHS) {
        const db = configs[name];
        if (db.kind === "mysql") await (await openDatabase(db, SUBGRAPH_MODULES[name].database, "apply")).destroy();
      }
    },
    async drop() {
      for (const db of Object.values(configs)) if (db.kind === "mysql") await dropMysqlDatabase(db);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
