import type { MigrationInterface, QueryRunner } from "typeorm";

// The French address and website of each directorate (filled by the seed on start),
// the name of the coordinator handling a case, and the deadline watch's mark on a case whose answer became overdue.
export class LettersContact1796060000000 implements MigrationInterface {
  name = "LettersContact1796060000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `directorate` ADD `addressFr` varchar(300) NOT NULL");
    await queryRunner.query("ALTER TABLE `directorate` ADD `websiteFr` varchar(200) NOT NULL");
    await queryRunner.query("ALTER TABLE `complaint_case` ADD `handlerName` varchar(200) NULL");
    await queryRunner.query("ALTER TABLE `complaint_case` ADD `answerOverdueNoticedAt` datetime(3) NULL");
    await queryRunner.query("CREATE INDEX `idx_case_answer_watch` ON `complaint_case` (`answeredAt`, `answerOverdueNoticedAt`, `receivedAt`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_case_answer_watch` ON `complaint_case`");
    await queryRunner.query("ALTER TABLE `complaint_case` DROP COLUMN `answerOverdueNoticedAt`");
    await queryRunner.query("ALTER TABLE `complaint_case` DROP COLUMN `handlerName`");
    await queryRunner.query("ALTER TABLE `directorate` DROP COLUMN `websiteFr`");
    await queryRunner.query("ALTER TABLE `directorate` DROP COLUMN `addressFr`");
  }
}
