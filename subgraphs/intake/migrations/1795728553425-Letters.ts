import type { MigrationInterface, QueryRunner } from "typeorm";

export class Letters1795728553425 implements MigrationInterface {
  name = "Letters1795728553425";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `letter` (`id` varchar(36) NOT NULL, `complaintId` varchar(36) NOT NULL, `eventId` varchar(36) NOT NULL, `kind` varchar(24) NOT NULL, `language` varchar(2) NOT NULL, `delivery` varchar(8) NOT NULL, `recipient` varchar(254) NULL, `subject` varchar(300) NOT NULL, `text` text NOT NULL, `createdAt` datetime(3) NOT NULL, `sentAt` datetime(3) NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(3) NULL, `claimedUntil` datetime(3) NULL, `lastError` varchar(500) NULL, INDEX `idx_letter_next_attempt` (`nextAttemptAt`), INDEX `idx_letter_complaint` (`complaintId`, `createdAt`), UNIQUE INDEX `IDX_164ebc0ee9cc33de442227ae73` (`eventId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_164ebc0ee9cc33de442227ae73` ON `letter`");
    await queryRunner.query("DROP INDEX `idx_letter_complaint` ON `letter`");
    await queryRunner.query("DROP INDEX `idx_letter_next_attempt` ON `letter`");
    await queryRunner.query("DROP TABLE `letter`");
  }
}
