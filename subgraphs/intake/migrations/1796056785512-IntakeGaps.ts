import type { MigrationInterface, QueryRunner } from "typeorm";

export class IntakeGaps1796056785512 implements MigrationInterface {
  name = "IntakeGaps1796056785512";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint` ADD `concernsDecisionWithAppealRoute` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `complaint` ADD `appealRoute` text NULL");
    await queryRunner.query("ALTER TABLE `complaint` ADD `triedOfficialHandlingFirst` tinyint NULL");
    await queryRunner.query("ALTER TABLE `letter` ADD `postedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `status_change` ADD `kind` varchar(16) NOT NULL DEFAULT 'STATUS_CHANGE'");
    await queryRunner.query("ALTER TABLE `status_change` ADD `fromDirectorate` varchar(40) NULL");
    await queryRunner.query("ALTER TABLE `status_change` ADD `toDirectorate` varchar(40) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `status_change` DROP COLUMN `toDirectorate`");
    await queryRunner.query("ALTER TABLE `status_change` DROP COLUMN `fromDirectorate`");
    await queryRunner.query("ALTER TABLE `status_change` DROP COLUMN `kind`");
    await queryRunner.query("ALTER TABLE `letter` DROP COLUMN `postedAt`");
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `triedOfficialHandlingFirst`");
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `appealRoute`");
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `concernsDecisionWithAppealRoute`");
  }
}
