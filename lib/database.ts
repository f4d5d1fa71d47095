import fs from "node:fs";
import path from "node:path";
import { DataSource, type DataSourceOptions, type EntityManager, type Logger, type MixedList } from "typeorm";
import type { DatabaseConfig } from "./config";

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

/** Creates the MySQL database if needed (one per subgraph) and tells which server it is. */
export async function ensureMysqlDatabase(db: Extract<DatabaseConfig, { kind: "mysql" }>): Promise<MysqlFlavour> {
  const admin = new DataSource({ type: "mysql", url: db.url });
  await admin.initialize();
  try {
    await admin.query(`CREATE DATABASE IF NOT EXISTS \`${db.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [{ version }] = await admin.query<{ version: string }[]>("SELECT VERSION() AS version");
    return /mariadb/i.test(version) ? "mariadb" : "mysql";
  } finally {
    await admin.destroy();
  }
}

export async function dropMysqlDatabase(db: Extract<DatabaseConfig, { kind: "mysql" }>): Promise<void> {
  const admin = new DataSource({ type: "mysql", url: db.url });
  await admin.initialize();
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${db.database}\``);
  } finally {
    await admin.destroy();
  }
}

/** Opens a subgraph's database with its schema up to date: migrations on MySQL, synchronize on SQLite. */
export async function openDatabase(db: DatabaseConfig, options: DatabaseOptions): Promise<DataSource> {
  let flavour: MysqlFlavour = "mysql";
  if (db.kind === "sqlite") fs.mkdirSync(path.dirname(db.file), { recursive: true });
  else flavour = await ensureMysqlDatabase(db);
  const dataSource = new DataSource(dataSourceOptions(db, options, flavour));
  await dataSource.initialize();
  if (db.kind === "mysql") await dataSource.runMigrations({ transaction: "each" });
  else for (const statement of options.sqliteSetup ?? []) await dataSource.query(statement);
  return dataSource;
}

export function isDuplicateKeyError(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  const code = e.driverError?.code ?? e.code;
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
  sqliteQueues.set(dataSource, run.catch(() => undefined));
  return run;
}

/** Column options of every timestamp: millisecond precision on MySQL, ISO text on SQLite. */
export const TIMESTAMP = { type: "datetime", precision: 3 } as const;
