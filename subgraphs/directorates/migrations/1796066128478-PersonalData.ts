import type { MigrationInterface, QueryRunner } from "typeorm";
import { AUDIT_RETENTION_MYSQL } from "../../../lib/audit/append-only";

/** Issue 16: the erasure's tombstone; the audit retention table and the delete trigger that reads it. */
export class PersonalData1796066128478 implements MigrationInterface {
  name = "PersonalData1796066128478";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_case` ADD `personalDataErasedAt` datetime(3) NULL");
    for (const statement of AUDIT_RETENTION_MYSQL.up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of AUDIT_RETENTION_MYSQL.down) await queryRunner.query(statement);
    await queryRunner.query("ALTER TABLE `complaint_case` DROP COLUMN `personalDataErasedAt`");
  }
}
