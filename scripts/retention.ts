import "reflect-metadata";
import { In, IsNull, type DataSource } from "typeorm";
import { AuditEntry } from "../lib/audit/audit-entry.entity";
import { AuditRetention } from "../lib/audit/audit-retention.entity";
import { ConfigError, SUBGRAPHS, databaseFor, loadConfig, type AppConfig, type SubgraphName } from "../lib/config";
import { isCalendarDate, startOfBrusselsDay } from "../lib/domain/brussels-calendar";
import { retentionBound } from "../lib/domain/finished";
import { inTransaction, openDatabase } from "../lib/platform/database";
import { SUBGRAPH_MODULES } from "../runtime/subgraphs";
import { ComplaintCase } from "../subgraphs/directorates/complaint-case.entity";
import { eraseFirstLine } from "../subgraphs/directorates/events";
import { Escalation } from "../subgraphs/escalation/escalation.entity";
import { eraseSecondLine } from "../subgraphs/escalation/events";
import { PersonalDataErasure } from "../subgraphs/intake/personal-data/erasure";

const USAGE = "usage: npm run retention -- [--dry-run] [--as-of YYYY-MM-DD | ISO instant]";

/**
 * `npm run retention`: what the retention job does (RETENTION_YEARS: personal data of complaints finished longer ago),
 * in every subgraph's database at once, and what only this command may do: delete audit entries older than
 * AUDIT_RETENTION_YEARS, with the migration account (MYSQL_MIGRATION_URL; the serving account has no DELETE).
 * Prints per subgraph what it erased, or with --dry-run what it would, changing nothing.
 */
async function main(): Promise<void> {
  const { dryRun, asOf } = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const url = config.mysqlMigrationUrl ?? config.mysqlUrl;
  const databases = {} as Record<SubgraphName, DataSource>;
  try {
    for (const name of SUBGRAPHS) {
      databases[name] = await openDatabase(databaseFor({ ...config, mysqlUrl: url }, name), SUBGRAPH_MODULES[name].database, "require-applied");
    }
    console.log(`retention as of ${asOf.toISOString()}${dryRun ? " (dry run: nothing is changed)" : ""}`);
    for (const line of await personalData(config, databases, asOf, dryRun)) console.log(line);
    for (const line of await auditEntries(config, databases, dryRun)) console.log(line);
  } finally {
    for (const ds of Object.values(databases)) await ds.destroy();
  }
}

function parseArgs(args: string[]): { dryRun: boolean; asOf: Date } {
  let dryRun = false;
  let asOf = new Date();
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--dry-run") dryRun = true;
    else if (args[i] === "--as-of" && args[i + 1]) {
      const value = args[++i];
      asOf = isCalendarDate(value) ? startOfBrusselsDay(value) : new Date(value);
      if (Number.isNaN(asOf.getTime())) throw new UsageError(`--as-of: not a date: "${value}"`);
    } else throw new UsageError(`unknown argument "${args[i]}"`);
  }
  return { dryRun, asOf };
}

class UsageError extends Error {}

/** RETENTION_YEARS: intake finds the complaints past the period; each subgraph erases its part. */
async function personalData(config: AppConfig, db: Record<SubgraphName, DataSource>, asOf: Date, dryRun: boolean): Promise<string[]> {
  const years = config.retention.years;
  if (years === undefined) return ["personal data: RETENTION_YEARS is not set: nothing is erased"];
  const erasure = new PersonalDataErasure(db.intake, { now: () => asOf }, config.procedure.escalationWindowDays, config.mail.smtpUrl ? null : config.mail.dir);
  const due = await erasure.finishedBefore(retentionBound(asOf, years), Number.MAX_SAFE_INTEGER);
  const ids = due.map((c) => c.id);
  const verb = dryRun ? "would erase" : "erased";
  const cases = ids.length ? await db.directorates.getRepository(ComplaintCase).countBy({ complaintId: In(ids), personalDataErasedAt: IsNull() }) : 0;
  const escalations = ids.length ? await db.escalation.getRepository(Escalation).countBy({ complaintId: In(ids) }) : 0;
  if (!dryRun) {
    for (const id of ids) {
      await erasure.eraseByRetention(id, years);
      // The running subgraphs erase the same on intake's PersonalDataErased; done here too, so nothing waits for them.
      await inTransaction(db.directorates, (m) => eraseFirstLine(m, id, asOf));
      await inTransaction(db.escalation, (m) => eraseSecondLine(m, id, asOf));
    }
  }
  return [
    `intake: ${verb} the personal data of ${ids.length} complaint(s) finished before ${retentionBound(asOf, years).toISOString()} (RETENTION_YEARS=${years})${
      ids.length ? `: ${due.map((c) => c.reference).join(", ")}` : ""
    }`,
    `directorates: ${verb} the answers of ${cases} case(s)`,
    `escalation: ${verb} the reasons and decisions of ${escalations} escalation(s)`,
  ];
}

/** AUDIT_RETENTION_YEARS: entries older than that, measured on the database's clock as the delete trigger measures. */
async function auditEntries(config: AppConfig, db: Record<SubgraphName, DataSource>, dryRun: boolean): Promise<string[]> {
  const years = config.retention.auditYears;
  if (years === undefined) return ["audit: AUDIT_RETENTION_YEARS is not set: no entry is deleted"];
  const lines: string[] = [];
  for (const name of SUBGRAPHS) {
    // The bound in SQL, as the trigger computes it (lib/audit/append-only.ts), so the two clocks cannot disagree.
    const old =
      db[name].options.type === "better-sqlite3"
        ? { sql: "at < strftime('%Y-%m-%d %H:%M:%f', 'now', :modifier)", parameters: { modifier: `-${years} years` } }
        : { sql: "at < UTC_TIMESTAMP(3) - INTERVAL :years YEAR", parameters: { years } };
    let count = await db[name].getRepository(AuditEntry).createQueryBuilder().where(old.sql, old.parameters).getCount();
    if (!dryRun && count > 0) {
      count = await inTransaction(db[name], async (m) => {
        await m.upsert(AuditRetention, { id: 1, years }, ["id"]);
        const deleted = await m.createQueryBuilder().delete().from(AuditEntry).where(old.sql, old.parameters).execute();
        return deleted.affected ?? 0;
      });
    }
    lines.push(
      `${name} audit: ${dryRun ? "would delete" : "deleted"} ${count} entr${count === 1 ? "y" : "ies"} older than ${years} year(s) (AUDIT_RETENTION_YEARS)`,
    );
  }
  return lines;
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) console.error(`${err.message}\n${USAGE}`);
  else console.error(err instanceof ConfigError ? err.message : `retention failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
