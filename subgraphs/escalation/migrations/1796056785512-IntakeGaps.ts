import type { MigrationInterface, QueryRunner } from "typeorm";

export class IntakeGaps1796056785512 implements MigrationInterface {
  name = "IntakeGaps1796056785512";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_fact` ADD `acknowledgementPostedAt` datetime(3) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_fact` DROP COLUMN `acknowledgementPostedAt`");
  }
}
