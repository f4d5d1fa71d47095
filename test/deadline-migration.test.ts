import type { DataSource } from "typeorm";
import { openDatabase, type DatabaseOptions } from "../lib/platform/database";
import { escalationDatabase } from "../subgraphs/escalation/database";
import { intakeDatabase } from "../subgraphs/intake/database";
import { freshDatabases } from "./helpers/databases";

const mysql = process.env.MYSQL_URL ? describe : describe.skip;

/** The database at the migration before BelgianDeadlines, with rows written by the earlier rule, then migrated to the end. */
async function migratedFrom(database: DatabaseOptions, name: "intake" | "escalation", insert: (ds: DataSource) => Promise<void>): Promise<DataSource> {
  const dbs = freshDatabases("mysql");
  const migrations = database.migrations as { name: string }[];
  const recount = migrations.findIndex((m) => m.name.startsWith("BelgianDeadlines"));
  expect(recount).toBeGreaterThan(0);
  try {
    const before = await openDatabase(dbs.configs[name], { ...database, migrations: migrations.slice(0, recount) as never });
    await insert(before).finally(() => before.destroy());
  } catch (err) {
    await dbs.drop();
    throw err;
  }
  const after = await openDatabase(dbs.configs[name], database);
  const destroy = after.destroy.bind(after);
  after.destroy = async () => {
    await destroy();
    await dbs.drop();
  };
  return after;
}

const iso = (value: unknown) => new Date(value as string).toISOString();

mysql("art. 1.7 Civil Code for the rows already stored: the BelgianDeadlines migrations [mysql]", () => {
  it("intake: a complaint's acknowledgementDueAt and answerDueAt are counted again from receivedAt", async () => {
    const ds = await migratedFrom(intakeDatabase, "intake", async (before) => {
      // Saturday 3 October 2026, 23:30 in Brussels; stored as receipt + 7 × 24 h and + 30 × 24 h.
      await before.query(
        "INSERT INTO `complaint` (`id`, `reference`, `referenceYear`, `referenceNumber`, `ownerSub`, `channel`, `category`, `directorate`, `subject`, `description`, `language`, `receivedAt`, `registeredAt`, `admissibility`, `acknowledgementDueAt`, `answerDueAt`, `status`) " +
          "VALUES ('c1', 'IBZ-2026-000001', 2026, 1, 'citizen', 'POST', 'SERVICE_QUALITY', 'ICT', 's', 'd', 'NL', '2026-10-03 21:30:00.000', '2026-10-05 08:00:00.000', 'PENDING', '2026-10-10 21:30:00.000', '2026-11-02 21:30:00.000', 'RECEIVED')",
      );
    });
    try {
      const [row] = await ds.query("SELECT `acknowledgementDueAt`, `answerDueAt` FROM `complaint` WHERE `id` = 'c1'");
      // Saturday 10 October → Monday 12 October (CEST); Monday 2 November stays, until its end (CET).
      expect([iso(row.acknowledgementDueAt), iso(row.answerDueAt)]).toEqual(["2026-10-12T21:59:59.999Z", "2026-11-02T22:59:59.999Z"]);
    } finally {
      await ds.destroy();
    }
  });

  it("escalation: an escalation's dueAt is counted again from requestedAt", async () => {
    const ds = await migratedFrom(escalationDatabase, "escalation", async (before) => {
      await before.query(
        "INSERT INTO `escalation` (`id`, `complaintId`, `ownerSub`, `directorate`, `requestedAt`, `reason`, `status`, `dueAt`) " +
          "VALUES ('e1', 'c1', 'citizen', 'ICT', '2026-10-12 09:00:00.000', 'r', 'REQUESTED', '2026-11-11 09:00:00.000')",
      );
    });
    try {
      const [row] = await ds.query("SELECT `dueAt` FROM `escalation` WHERE `id` = 'e1'");
      // Monday 12 October + 30 days = Wednesday 11 November, a legal holiday → Thursday 12 November.
      expect(iso(row.dueAt)).toBe("2026-11-12T22:59:59.999Z");
    } finally {
      await ds.destroy();
    }
  });
});
