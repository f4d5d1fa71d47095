import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795726856968 implements MigrationInterface {
  name = "Initial1795726856968";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `outbox_event` (`seq` int NOT NULL AUTO_INCREMENT, `id` varchar(36) NOT NULL, `type` varchar(64) NOT NULL, `complaintId` varchar(36) NOT NULL, `payload` text NOT NULL, `occurredAt` datetime(3) NOT NULL, INDEX `IDX_854bd2914b1b3d255ee9dfca45` (`complaintId`), UNIQUE INDEX `IDX_cc0c9e40998e45ecfc5e313429` (`id`), PRIMARY KEY (`seq`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `inbox_event` (`source` varchar(32) NOT NULL, `seq` int NOT NULL, `type` varchar(64) NOT NULL, `appliedAt` datetime(3) NOT NULL, PRIMARY KEY (`source`, `seq`)) ENGINE=InnoDB",
    );
    await queryRunner.query("CREATE TABLE `feed_cursor` (`source` varchar(32) NOT NULL, `lastSeq` int NOT NULL, PRIMARY KEY (`source`)) ENGINE=InnoDB");
    await queryRunner.query(
      "CREATE TABLE `complaint` (`id` varchar(36) NOT NULL, `reference` varchar(20) NOT NULL, `referenceYear` int NOT NULL, `referenceNumber` int NOT NULL, `ownerSub` varchar(200) NULL, `channel` varchar(16) NOT NULL, `category` varchar(40) NOT NULL, `directorate` varchar(40) NOT NULL, `subject` varchar(200) NOT NULL, `description` text NOT NULL, `desiredOutcome` text NULL, `language` varchar(2) NOT NULL, `receivedAt` datetime(3) NOT NULL, `registeredAt` datetime(3) NOT NULL, `registeredBy` varchar(200) NULL, `admissibility` varchar(16) NOT NULL, `inadmissibilityReason` varchar(40) NULL, `admissibilityNote` text NULL, `acknowledgementDueAt` datetime(3) NOT NULL, `answerDueAt` datetime(3) NOT NULL, `status` varchar(16) NOT NULL, `acknowledgedAt` datetime(3) NULL, `answeredAt` datetime(3) NULL, `complainantKind` varchar(16) NULL, `complainantName` varchar(200) NULL, `complainantOrganisation` varchar(200) NULL, `complainantEmail` varchar(254) NULL, `complainantPhone` varchar(40) NULL, `complainantPostaladdress` varchar(500) NULL, INDEX `IDX_91409bdc7c2e8f1778c559d8db` (`ownerSub`), INDEX `IDX_b6b63da30d9aae7e6ca4368fa7` (`status`), UNIQUE INDEX `idx_complaint_reference_seq` (`referenceYear`, `referenceNumber`), INDEX `idx_complaint_received` (`receivedAt`, `id`), INDEX `idx_complaint_directorate_received` (`directorate`, `receivedAt`, `id`), UNIQUE INDEX `IDX_6556a607050958aa34bfd533ef` (`reference`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query("CREATE TABLE `reference_counter` (`year` int NOT NULL, `lastNumber` int NOT NULL, PRIMARY KEY (`year`)) ENGINE=InnoDB");
    await queryRunner.query(
      "CREATE TABLE `status_change` (`id` int NOT NULL AUTO_INCREMENT, `complaintId` varchar(36) NOT NULL, `status` varchar(16) NOT NULL, `at` datetime(3) NOT NULL, `note` text NULL, INDEX `idx_status_change_complaint` (`complaintId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_status_change_complaint` ON `status_change`");
    await queryRunner.query("DROP TABLE `status_change`");
    await queryRunner.query("DROP TABLE `reference_counter`");
    await queryRunner.query("DROP INDEX `IDX_6556a607050958aa34bfd533ef` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_directorate_received` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_received` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_reference_seq` ON `complaint`");
    await queryRunner.query("DROP INDEX `IDX_b6b63da30d9aae7e6ca4368fa7` ON `complaint`");
    await queryRunner.query("DROP INDEX `IDX_91409bdc7c2e8f1778c559d8db` ON `complaint`");
    await queryRunner.query("DROP TABLE `complaint`");
    await queryRunner.query("DROP TABLE `feed_cursor`");
    await queryRunner.query("DROP TABLE `inbox_event`");
    await queryRunner.query("DROP INDEX `IDX_cc0c9e40998e45ecfc5e313429` ON `outbox_event`");
    await queryRunner.query("DROP INDEX `IDX_854bd2914b1b3d255ee9dfca45` ON `outbox_event`");
    await queryRunner.query("DROP TABLE `outbox_event`");
  }
}
