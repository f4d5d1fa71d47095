import type { MigrationInterface, QueryRunner } from "typeorm";

export class SecondLine1796057088578 implements MigrationInterface {
  name = "SecondLine1796057088578";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_bbfff649b2013fbf158428163f` ON `escalation`");
    await queryRunner.query("ALTER TABLE `escalation` ADD `review` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `escalation` ADD `recordedBy` varchar(200) NULL");
    await queryRunner.query("ALTER TABLE `escalation` ADD `remedy` text NULL");
    await queryRunner.query("DROP INDEX `idx_escalation_owner_requested` ON `escalation`");
    await queryRunner.query("ALTER TABLE `escalation` CHANGE `ownerSub` `ownerSub` varchar(200) NULL");
    await queryRunner.query("CREATE INDEX `idx_escalation_owner_requested` ON `escalation` (`ownerSub`, `requestedAt`, `id`)");
    await queryRunner.query("CREATE UNIQUE INDEX `uq_escalation_complaint_review` ON `escalation` (`complaintId`, `review`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_escalation_complaint_review` ON `escalation`");
    await queryRunner.query("DROP INDEX `idx_escalation_owner_requested` ON `escalation`");
    await queryRunner.query("ALTER TABLE `escalation` CHANGE `ownerSub` `ownerSub` varchar(200) NOT NULL");
    await queryRunner.query("CREATE INDEX `idx_escalation_owner_requested` ON `escalation` (`ownerSub`, `requestedAt`, `id`)");
    await queryRunner.query("ALTER TABLE `escalation` DROP COLUMN `remedy`");
    await queryRunner.query("ALTER TABLE `escalation` DROP COLUMN `recordedBy`");
    await queryRunner.query("ALTER TABLE `escalation` DROP COLUMN `review`");
    await queryRunner.query("CREATE UNIQUE INDEX `IDX_bbfff649b2013fbf158428163f` ON `escalation` (`complaintId`)");
  }
}
