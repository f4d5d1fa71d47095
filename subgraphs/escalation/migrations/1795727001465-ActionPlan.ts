import type { MigrationInterface, QueryRunner } from "typeorm";

export class ActionPlan1795727001465 implements MigrationInterface {
  name = "ActionPlan1795727001465";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `action_plan_item` (`id` varchar(36) NOT NULL, `year` int NOT NULL, `directorateCode` varchar(40) NULL, `title` varchar(200) NOT NULL, `description` text NULL, `dueAt` datetime(3) NULL, `done` tinyint NOT NULL DEFAULT 0, `doneAt` datetime(3) NULL, `relatedComplaintIds` text NOT NULL, `createdBy` varchar(200) NOT NULL, `createdAt` datetime(3) NOT NULL, INDEX `idx_action_plan_year` (`year`, `createdAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_action_plan_year` ON `action_plan_item`");
    await queryRunner.query("DROP TABLE `action_plan_item`");
  }
}
