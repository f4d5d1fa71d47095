import type { MigrationInterface, QueryRunner } from "typeorm";
import { AUDIT_RETENTION_MYSQL } from "../../../lib/audit/append-only";

/**
 * Issue 16: each complaint's final act (lib/domain/finished.ts), counted for the complaints already there from their
 * status and timeline; the erasure's tombstone; the audit retention table and the delete trigger that reads it.
 */
export class PersonalData1796066128478 implements MigrationInterface {
  name = "PersonalData1796066128478";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint` ADD `finalActAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `complaint` ADD `finalActAppealable` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `complaint` ADD `personalDataErasedAt` datetime(3) NULL");
    await queryRunner.query("UPDATE `complaint` SET `finalActAt` = `answeredAt`, `finalActAppealable` = 1 WHERE `status` = 'ANSWERED'");
    await queryRunner.query(
      "UPDATE `complaint` c SET `finalActAt` = (SELECT MAX(s.`at`) FROM `status_change` s WHERE s.`complaintId` = c.`id` AND s.`status` = c.`status`), " +
        "`finalActAppealable` = (c.`status` = 'INADMISSIBLE') WHERE c.`status` IN ('WITHDRAWN', 'INADMISSIBLE', 'CLOSED')",
    );
    for (const statement of AUDIT_RETENTION_MYSQL.up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of AUDIT_RETENTION_MYSQL.down) await queryRunner.query(statement);
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `personalDataErasedAt`");
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `finalActAppealable`");
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `finalActAt`");
  }
}
