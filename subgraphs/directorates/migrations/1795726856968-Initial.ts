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
      "CREATE TABLE `complaint_case` (`complaintId` varchar(36) NOT NULL, `reference` varchar(20) NOT NULL, `ownerSub` varchar(200) NULL, `directorate` varchar(40) NOT NULL, `receivedAt` datetime(3) NOT NULL, `admissibility` varchar(16) NOT NULL, `withdrawn` tinyint NOT NULL DEFAULT 0, `acknowledgedAt` datetime(3) NULL, `acknowledgedBy` varchar(200) NULL, `answeredAt` datetime(3) NULL, `answeredBy` varchar(200) NULL, `answer` text NULL, `outcome` varchar(20) NULL, INDEX `IDX_73ab62f8d74ef7dcdd9d08e92e` (`ownerSub`), INDEX `idx_case_directorate_received` (`directorate`, `receivedAt`), PRIMARY KEY (`complaintId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `directorate` (`code` varchar(40) NOT NULL, `nameNl` varchar(300) NOT NULL, `nameFr` varchar(300) NOT NULL, `nameDe` varchar(300) NOT NULL, `nameEn` varchar(300) NOT NULL, `address` varchar(300) NOT NULL, `phone` varchar(40) NOT NULL, `fax` varchar(40) NULL, `website` varchar(200) NOT NULL, `complaintCoordinatorEmail` varchar(254) NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `directorate`");
    await queryRunner.query("DROP INDEX `idx_case_directorate_received` ON `complaint_case`");
    await queryRunner.query("DROP INDEX `IDX_73ab62f8d74ef7dcdd9d08e92e` ON `complaint_case`");
    await queryRunner.query("DROP TABLE `complaint_case`");
    await queryRunner.query("DROP TABLE `feed_cursor`");
    await queryRunner.query("DROP TABLE `inbox_event`");
    await queryRunner.query("DROP INDEX `IDX_cc0c9e40998e45ecfc5e313429` ON `outbox_event`");
    await queryRunner.query("DROP INDEX `IDX_854bd2914b1b3d255ee9dfca45` ON `outbox_event`");
    await queryRunner.query("DROP TABLE `outbox_event`");
  }
}
