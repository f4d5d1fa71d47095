import type { MigrationInterface, QueryRunner } from "typeorm";

/** Action-plan items get a status (existing ones: DONE when done, else PLANNED) and progress notes. */
export class ActionStatus1796066281150 implements MigrationInterface {
  name = "ActionStatus1796066281150";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `action_plan_item` ADD `status` varchar(16) NOT NULL DEFAULT 'PLANNED'");
    await queryRunner.query("UPDATE `action_plan_item` SET `status` = 'DONE' WHERE `done` = 1");
    await queryRunner.query(
      "CREATE TABLE `action_progress_note` (`id` varchar(36) NOT NULL, `itemId` varchar(36) NOT NULL, `text` text NOT NULL, `at` datetime(3) NOT NULL, `bySub` varchar(200) NOT NULL, `byRole` varchar(20) NOT NULL, INDEX `idx_action_progress_item` (`itemId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `action_progress_note`");
    await queryRunner.query("ALTER TABLE `action_plan_item` DROP COLUMN `status`");
  }
}
