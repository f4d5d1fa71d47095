import type { MigrationInterface, QueryRunner } from "typeorm";

export class CaseEscalated1796056944656 implements MigrationInterface {
  name = "CaseEscalated1796056944656";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_case` ADD `escalated` tinyint NOT NULL DEFAULT 0");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_case` DROP COLUMN `escalated`");
  }
}
