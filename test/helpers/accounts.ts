import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { DataSource } from "typeorm";
import type { DatabaseConfig } from "../../lib/config";
import { PROJECT_ROOT } from "../../lib/platform/project-root";
import type { TestDatabases } from "./databases";

type MysqlDatabase = Extract<DatabaseConfig, { kind: "mysql" }>;

/**
 * A serving account as docs/operations.md "Database accounts" grants it: SELECT, INSERT,
 * UPDATE on the given databases and nothing else (no DELETE: the audit trail's entries stay). Created through
 * MYSQL_URL, which needs GRANT OPTION (.ci/run gives it).
 */
export async function servingAccount(databases: MysqlDatabase[]): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new DataSource({ type: "mysql", url: process.env.MYSQL_URL as string });
  await admin.initialize();
  const user = `ibz_serve_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  const host = "%";
  await admin.query(`CREATE USER '${user}'@'${host}' IDENTIFIED BY '${password}'`);
  for (const db of databases) await admin.query(`GRANT SELECT, INSERT, UPDATE ON \`${db.database}\`.* TO '${user}'@'${host}'`);
  const url = new URL(process.env.MYSQL_URL as string);
  url.username = user;
  url.password = password;
  return {
    url: url.toString().replace(/\/$/, ""),
    async drop() {
      await admin.query(`DROP USER IF EXISTS '${user}'@'${host}'`);
      await admin.destroy();
    },
  };
}

/** `npm run migrate` as an operator (or the migration Job) runs it: the migration account (MYSQL_URL here), the suite's database prefix. */
export function runMigrate(dbs: TestDatabases, env: NodeJS.ProcessEnv = {}) {
  const prefix = (dbs.configs.intake as MysqlDatabase).database.replace(/intake$/, "");
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, "dist", "scripts", "migrate.js")], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH, DATA_DIR: dbs.dataDir, MYSQL_MIGRATION_URL: process.env.MYSQL_URL, MYSQL_DATABASE_PREFIX: prefix, ...env },
  });
}
