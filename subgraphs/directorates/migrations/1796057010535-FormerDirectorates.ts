import type { MigrationInterface, QueryRunner } from "typeorm";

export class FormerDirectorates1796057010535 implements MigrationInterface {
  name = "FormerDirectorates1796057010535";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_case` ADD `formerDirectorates` varchar(400) NOT NULL DEFAULT ''");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_case` DROP COLUMN `formerDirectorates`");
  }
}
