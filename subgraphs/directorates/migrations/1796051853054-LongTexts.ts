import type { MigrationInterface, QueryRunner } from "typeorm";

// MODIFY, not the generated DROP and ADD: the rows keep their text.
export class LongTexts1796051853054 implements MigrationInterface {
  name = "LongTexts1796051853054";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `outbox_event` MODIFY `payload` mediumtext NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `outbox_event` MODIFY `payload` text NOT NULL");
  }
}
