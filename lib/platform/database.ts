import fs from "node:fs";
import path from "node:path";
import { DataSource, MigrationExecutor, type DataSourceOptions, type EntityManager, type Logger, type MixedList } from "typeorm";
import type { DatabaseConfig } from "../config";
import { sqliteInboxEventIds } from "../events/inbox-event-ids.migration";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Classes = MixedList<Function | string>;

export interface DatabaseOptions {
  entities: Classes;
  /** MySQL migrations; SQLite (the embedded default) is synchronised from the entities. */
  migrations: Classes;
  /** Statements synchronize cannot express (triggers), run on SQLite after it; MySQL gets them from a migration. */
  sqliteSetup?: string[];
  logger?: Logger;
}

/** MySQL proper or MariaDB: TypeORM reads column defaults differently, so it must know which. */
export type MysqlFlavour = "mysql" | "mariadb";

export function dataSourceOptions(db: DatabaseConfig, options: DatabaseOptions, flavour: MysqlFlavour = "mysql"): DataSourceOptions {
  const common = { entities: options.entities, logger: options.logger, logging: options.logger ? ("all" as const) : false };
  if (db.kind === "sqlite") {
    return {
      ...common,
      type: "better-sqlite3",
      database: db.file,
      synchronize: true,
      enableWAL: true,
      timeout: 10_000,
    };
  }
  const url = new URL(db.url);
  url.pathname = `/${db.database}`;
  return {
    ...common,
    type: flavour,
    url: url.toString(),
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    migrations: options.migrations,
    migrationsRun: false,
    synchronize: false,
    extra: { connectionLimit: 10 },
  };
}

/** Which server it is: MySQL proper or MariaDB (needs no privilege). */
async function mysqlFlavour(admin: DataSource): Promise<MysqlFlavour> {
  const [{ version }] = await admin.query<{ version: string }[]>("SELECT VERSION() AS version");
  return /mariadb/i.test(version) ? "mariadb" : "mysql";
}

/** Runs `work` on a connection to the MySQL server without a database selected. */
async function onServer<T>(db: Extract<DatabaseConfig, { kind: "mysql" }>, work: (admin: DataSource) => Promise<T>): Promise<T> {
  const admin = new DataSource({ type: "mysql", url: db.url });
  await admin.initialize();
  try {
    return await work(admin);
  } finally {
    await admin.destroy();
  }
}

/** Creates the MySQL database if needed (one per subgraph) and tells which server it is. Needs the CREATE privilege. */
export function ensureMysqlDatabase(db: Extract<DatabaseConfig, { kind: "mysql" }>): Promise<MysqlFlavour> {
  return onServer(db, async (admin) => {
    await admin.query(`CREATE DATABASE IF NOT EXISTS \`${db.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    return mysqlFlavour(admin);
  });
}

export function dropMysqlDatabase(db: Extract<DatabaseConfig, { kind: "mysql" }>): Promise<void> {
  return onServer(db, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS \`${db.database}\``);
  });
}

/**
 * What opening a MySQL database does about migrations not yet applied (SQLite
 * is always synchronised from the entities):
 * - `apply`: creates the database and applies them (`npm run migrate`, tests, bench);
 * - `apply-if-allowed`: the same when the account may, else starts only if none is
 *   missing (a development process);
 * - `require-applied`: never changes the schema; refuses to start if one is missing (production);
 * - `await-applied`: never changes the schema; opens it even when one is missing, for a process that
 *   reports them on /ready until `npm run migrate` has applied them (production with SCHEMA_BEHIND=wait).
 */
export type MigrationPolicy = "apply" | "apply-if-allowed" | "require-applied" | "await-applied";

/** A MySQL schema behind the code, on an account that may not (or must not) migrate it. */
export class SchemaBehindError extends Error {}

const ACCESS_DENIED = new Set(["ER_DBACCESS_DENIED_ERROR", "ER_TABLEACCESS_DENIED_ERROR", "ER_SPECIFIC_ACCESS_DENIED_ERROR", "ER_COLUMNACCESS_DENIED_ERROR"]);

/** The driver's error code (`ER_DUP_ENTRY`, `SQLITE_CONSTRAINT_UNIQUE`…), whether TypeORM wrapped the error or not. */
function errorCode(err: unknown): string {
  const e = err as { code?: string; driverError?: { code?: string } };
  return e.driverError?.code ?? e.code ?? "";
}

const accessDenied = (err: unknown) => ACCESS_DENIED.has(errorCode(err));

async function requireApplied(dataSource: DataSource, database: string, why: string): Promise<void> {
  const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
  if (pending.length === 0) return;
  throw new SchemaBehindError(
    `The schema of database ${database} is behind: ${pending.length} migration(s) not applied (${pending.map((m) => m.name).join(", ")}); ${why}. ` +
      "Run `npm run migrate` (with MYSQL_MIGRATION_URL, an account that may change the schema), then start again.",
  );
}

/** A SQLite DataSource that admits LONG_TEXT columns (every SQLite DataSource with the subgraphs' entities is made here). */
export function sqliteDataSource(options: DataSourceOptions): DataSource {
  const dataSource = new DataSource(options);
  dataSource.driver.supportedDataTypes.push(LONG_TEXT.type);
  return dataSource;
}

/** Opens a subgraph's database with its schema up to date: migrations on MySQL (see MigrationPolicy), synchronize on SQLite. */
export async function openDatabase(db: DatabaseConfig, options: DatabaseOptions, policy: MigrationPolicy = "apply"): Promise<DataSource> {
  if (db.kind === "sqlite") {
    fs.mkdirSync(path.dirname(db.file), { recursive: true });
    const dataSource = sqliteDataSource({ ...dataSourceOptions(db, options), synchronize: false });
    await dataSource.initialize();
    await sqliteInboxEventIds(dataSource);
    await dataSource.synchronize();
    for (const statement of options.sqliteSetup ?? []) await dataSource.query(statement);
    return dataSource;
  }
  const neverMigrates = policy === "require-applied" || policy === "await-applied";
  const flavour = neverMigrates
    ? await onServer(db, mysqlFlavour)
    : await ensureMysqlDatabase(db).catch((err: unknown) => {
        if (policy === "apply" || !accessDenied(err)) throw err;
        return onServer(db, mysqlFlavour);
      });
  const dataSource = new DataSource(dataSourceOptions(db, options, flavour));
  await dataSource.initialize().catch((err: unknown) => {
    if (errorCode(err) !== "ER_BAD_DB_ERROR") throw err;
    throw new SchemaBehindError(`Database ${db.database} does not exist. Run \`npm run migrate\` (with MYSQL_MIGRATION_URL) to create it, then start again.`);
  });
  try {
    if (policy === "require-applied") await requireApplied(dataSource, db.database, "a production process never migrates");
    else if (policy !== "await-applied") {
      await dataSource.runMigrations({ transaction: "each" }).catch(async (err: unknown) => {
        if (policy === "apply" || !accessDenied(err)) throw err;
        await requireApplied(dataSource, db.database, "this account (MYSQL_URL) may not change the schema");
      });
    }
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
  return dataSource;
}

export function isDuplicateKeyError(err: unknown): boolean {
  const code = errorCode(err);
  return code === "ER_DUP_ENTRY" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * A transaction. On SQLite TypeORM has one connection, so two overlapping
 * transactions would nest (or fail with "cannot start a transaction within a
 * transaction"): they are queued per DataSource. MySQL uses its pool as is.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== "better-sqlite3") return dataSource.transaction(work);
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const run = previous.then(() => dataSource.transaction(work));
  sqliteQueues.set(
    dataSource,
    run.catch(() => undefined),
  );
  return run;
}

/** Column options of every timestamp: millisecond precision on MySQL, ISO text on SQLite. */
export const TIMESTAMP = { type: "datetime", precision: 3 } as const;

/**
 * The lock option of a `find` whose row is checked and then changed in the same transaction: a write
 * lock (SELECT … FOR UPDATE) on MySQL, so simultaneous requests check and change the row one after
 * the other and one wins; SQLite's transactions already run one at a time (and TypeORM refuses the lock there).
 */
export const writeLock = (m: EntityManager) => (m.connection.options.type === "better-sqlite3" ? undefined : ({ mode: "pessimistic_write" } as const));

/**
 * Column options of a text that may pass 64 KB in UTF-8 (a letter quoting a 20,000-character answer):
 * MEDIUMTEXT (16 MB) on MySQL, where TEXT stops at 65,535 bytes. SQLite's TypeORM driver does not know
 * the name, so sqliteDataSource admits it there; the declared type gives the column text affinity, unbounded.
 */
export const LONG_TEXT = { type: "mediumtext" } as const;
