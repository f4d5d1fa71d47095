import type { MigrationInterface, QueryRunner } from "typeorm";

export class EmailConfirmation1796047131675 implements MigrationInterface {
  name = "EmailConfirmation1796047131675";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `email_confirmation` (`id` varchar(36) NOT NULL, `ownerSub` varchar(200) NOT NULL, `email` varchar(254) NOT NULL, `codeHash` varchar(64) NULL, `codeExpiresAt` datetime(3) NULL, `attempts` int NOT NULL DEFAULT '0', `confirmedAt` datetime(3) NULL, `provenBy` varchar(8) NULL, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `idx_email_confirmation_owner_email` (`ownerSub`, `email`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `confirmation_quota` (`email` varchar(254) NOT NULL, `day` varchar(10) NOT NULL, `sent` int NOT NULL, PRIMARY KEY (`email`, `day`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `confirmation_message` (`id` varchar(36) NOT NULL, `recipient` varchar(254) NOT NULL, `language` varchar(2) NOT NULL, `subject` varchar(300) NOT NULL, `text` text NOT NULL, `createdAt` datetime(3) NOT NULL, `sentAt` datetime(3) NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(3) NULL, `claimedUntil` datetime(3) NULL, `lastError` varchar(500) NULL, INDEX `idx_confirmation_message_next_attempt` (`nextAttemptAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `letter` ADD `waitingForConfirmation` tinyint NOT NULL DEFAULT 0");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `letter` DROP COLUMN `waitingForConfirmation`");
    await queryRunner.query("DROP INDEX `idx_confirmation_message_next_attempt` ON `confirmation_message`");
    await queryRunner.query("DROP TABLE `confirmation_message`");
    await queryRunner.query("DROP TABLE `confirmation_quota`");
    await queryRunner.query("DROP INDEX `idx_email_confirmation_owner_email` ON `email_confirmation`");
    await queryRunner.query("DROP TABLE `email_confirmation`");
  }
}
