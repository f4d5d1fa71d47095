import type { DataSource } from "typeorm";
import type { Metrics } from "./metrics";

/** What mysql2's pool keeps (internal fields, read only; not part of its typed API). */
interface Mysql2Pool {
  config?: { connectionLimit?: number };
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** The pool of a MySQL DataSource; none for SQLite (one connection, transactions queued in database.ts). */
function mysqlPool(dataSource: DataSource): Mysql2Pool | undefined {
  if (dataSource.options.type !== "mysql" && dataSource.options.type !== "mariadb") return undefined;
  return (dataSource.driver as unknown as { pool?: Mysql2Pool }).pool;
}

/** The database pool's use, read at each scrape: connections in use and idle, requests waiting for one, the limit. MySQL only. */
export function databasePoolMetrics(metrics: Metrics, dataSource: DataSource): void {
  metrics.gauge("ibz_db_pool_connections", "Database pool connections by state (in_use, idle); MySQL only", ["state"], (gauge) => {
    const pool = mysqlPool(dataSource);
    if (!pool) return;
    const all = pool._allConnections?.length ?? 0;
    const idle = pool._freeConnections?.length ?? 0;
    gauge.set({ state: "in_use" }, all - idle);
    gauge.set({ state: "idle" }, idle);
  });
  metrics.gauge("ibz_db_pool_waiting", "Queries waiting for a free pool connection; MySQL only", [], (gauge) => {
    const pool = mysqlPool(dataSource);
    if (pool) gauge.set(pool._connectionQueue?.length ?? 0);
  });
  metrics.gauge("ibz_db_pool_max", "The pool's connection limit; MySQL only", [], (gauge) => {
    const pool = mysqlPool(dataSource);
    if (pool) gauge.set(pool.config?.connectionLimit ?? 0);
  });
}
