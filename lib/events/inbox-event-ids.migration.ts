import type { DataSource, MigrationInterface, QueryRunner } from "typeorm";

/**
 * The inbox keyed by event id instead of feed position, with the complaint it concerned, and the
 * cursor with the id of the event it points at (each subgraph's MySQL migration). Rows applied
 * before keep `seq:<n>` as their id: no id was kept then.
 */
export abstract class InboxEventIdsMigration implements MigrationInterface {
  abstract name: string;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `inbox_event` ADD `eventId` varchar(36) NULL, ADD `complaintId` varchar(36) NULL");
    await queryRunner.query("UPDATE `inbox_event` SET `eventId` = CONCAT('seq:', `seq`)");
    await queryRunner.query("ALTER TABLE `inbox_event` MODIFY `eventId` varchar(36) NOT NULL, DROP PRIMARY KEY, ADD PRIMARY KEY (`source`, `eventId`)");
    await queryRunner.query("CREATE INDEX `IDX_inbox_event_source_seq` ON `inbox_event` (`source`, `seq`)");
    await queryRunner.query("ALTER TABLE `feed_cursor` ADD `lastEventId` varchar(36) NULL");
  }

  /** Back to one row per position: where a restored producer's position was applied twice, the later row goes. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `feed_cursor` DROP COLUMN `lastEventId`");
    await queryRunner.query("DROP INDEX `IDX_inbox_event_source_seq` ON `inbox_event`");
    await queryRunner.query(
      "DELETE later FROM `inbox_event` later JOIN `inbox_event` earlier ON earlier.`source` = later.`source` AND earlier.`seq` = later.`seq` AND earlier.`appliedAt` < later.`appliedAt`",
    );
    await queryRunner.query("ALTER TABLE `inbox_event` DROP PRIMARY KEY, ADD PRIMARY KEY (`source`, `seq`), DROP COLUMN `complaintId`, DROP COLUMN `eventId`");
  }
}

/**
 * The same for a SQLite file made before, ahead of synchronize (which would copy the
 * inbox's rows into the new table without an id and fail on the new key): the id column
 * added and filled as above; synchronize then makes it the key.
 */
export async function sqliteInboxEventIds(dataSource: DataSource): Promise<void> {
  const columns = await dataSource.query<{ name: string }[]>("SELECT name FROM pragma_table_info('inbox_event')");
  if (columns.length === 0 || columns.some((c) => c.name === "eventId")) return;
  await dataSource.query('ALTER TABLE "inbox_event" ADD "eventId" varchar(36)');
  await dataSource.query(`UPDATE "inbox_event" SET "eventId" = 'seq:' || "seq"`);
}
