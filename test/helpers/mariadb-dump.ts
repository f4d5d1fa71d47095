import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import { promisify } from "node:util";
import type { DatabaseConfig } from "../../lib/config";

const DUMP = process.env.MARIADB_DUMP_PATH ?? "/usr/bin/mariadb-dump";
const CLIENT = process.env.MARIADB_CLIENT_PATH ?? "/usr/bin/mariadb";

/**
 * `describe` for suites that back up and restore with the MariaDB tools: on MySQL
 * only (MYSQL_URL). Without the tools the suite is skipped with a message, except
 * under CI=true, where it fails: CI installs mariadb-server, which brings them.
 */
export function describeWithMariadbTools(name: string, suite: () => void): void {
  if (!process.env.MYSQL_URL) {
    describe.skip(name, suite);
  } else if (fs.existsSync(DUMP) && fs.existsSync(CLIENT)) {
    describe(name, suite);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("needs mariadb-dump and mariadb", () => {
        throw new Error(`CI=true but ${DUMP} or ${CLIENT} is missing: install mariadb-server (.ci/run does)`);
      });
    });
  } else {
    console.warn(`SKIPPED "${name}": no ${DUMP} or ${CLIENT} (apt-get install mariadb-client); under CI=true this fails`);
    describe.skip(name, suite);
  }
}

/** The client tools' connection arguments for a MySQL database config; the password travels in MYSQL_PWD, not argv. */
function connection(db: DatabaseConfig): { args: string[]; env: NodeJS.ProcessEnv } {
  if (db.kind !== "mysql") throw new Error("backups are tested on MySQL only");
  const url = new URL(db.url);
  const args = ["-h", url.hostname, "-P", url.port || "3306", "-u", decodeURIComponent(url.username)];
  return { args, env: { ...process.env, MYSQL_PWD: decodeURIComponent(url.password) } };
}

/** What the runbook says: `mariadb-dump --single-transaction <database> > file`. */
export async function dumpDatabase(db: DatabaseConfig, file: string): Promise<void> {
  const { args, env } = connection(db);
  const database = (db as { database: string }).database;
  const { stdout } = await promisify(execFile)(DUMP, ["--single-transaction", ...args, database], { env, maxBuffer: 256 * 1024 * 1024 });
  fs.writeFileSync(file, stdout);
}

/** Runs SQL text with the `mariadb` client (statements on stdin), in `database` when given. */
export function runSql(db: DatabaseConfig, sql: string | fs.ReadStream, database?: string): Promise<void> {
  const { args, env } = connection(db);
  return new Promise((resolve, reject) => {
    const child = spawn(CLIENT, [...args, ...(database ? [database] : [])], { env, stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`mariadb exited ${code}: ${stderr}`))));
    if (typeof sql === "string") child.stdin.end(sql);
    else sql.pipe(child.stdin);
  });
}

/** What the runbook says: the database dropped and created empty, then the dump loaded with `mariadb <database> < file`. */
export async function restoreDatabase(db: DatabaseConfig, file: string): Promise<void> {
  const database = (db as { database: string }).database;
  await runSql(db, `DROP DATABASE \`${database}\`; CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`);
  await runSql(db, fs.createReadStream(file), database);
}
