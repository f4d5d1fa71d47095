import type { MigrationInterface, QueryRunner } from "typeorm";

export class SecondLine1796057088578 implements MigrationInterface {
  name = "SecondLine1796057088578";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_case` ADD `remedy` text NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_case` DROP COLUMN `remedy`");
  }
}
