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
      "CREATE TABLE `complaint_fact` (`complaintId` varchar(36) NOT NULL, `ownerSub` varchar(200) NULL, `directorate` varchar(40) NOT NULL, `receivedAt` datetime(3) NOT NULL, `admissibility` varchar(16) NOT NULL, `inadmissibilityReason` varchar(40) NULL, `withdrawn` tinyint NOT NULL DEFAULT 0, `acknowledgedAt` datetime(3) NULL, `answeredAt` datetime(3) NULL, `outcome` varchar(20) NULL, INDEX `IDX_f2124bf22d6bfe1d95342cf4e5` (`ownerSub`), INDEX `IDX_66f41121c7f58eaa68f39586fb` (`receivedAt`), INDEX `idx_fact_directorate_received` (`directorate`, `receivedAt`), PRIMARY KEY (`complaintId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `escalation` (`id` varchar(36) NOT NULL, `complaintId` varchar(36) NOT NULL, `ownerSub` varchar(200) NOT NULL, `directorate` varchar(40) NOT NULL, `requestedAt` datetime(3) NOT NULL, `reason` text NOT NULL, `status` varchar(16) NOT NULL, `dueAt` datetime(3) NOT NULL, `decidedAt` datetime(3) NULL, `decidedBy` varchar(200) NULL, `decision` text NULL, `outcome` varchar(20) NULL, INDEX `IDX_dd869699f1a9208c98e1ea1f90` (`ownerSub`), INDEX `idx_escalation_directorate_requested` (`directorate`, `requestedAt`), INDEX `idx_escalation_requested` (`requestedAt`, `id`), UNIQUE INDEX `IDX_bbfff649b2013fbf158428163f` (`complaintId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_bbfff649b2013fbf158428163f` ON `escalation`");
    await queryRunner.query("DROP INDEX `idx_escalation_requested` ON `escalation`");
    await queryRunner.query("DROP INDEX `idx_escalation_directorate_requested` ON `escalation`");
    await queryRunner.query("DROP INDEX `IDX_dd869699f1a9208c98e1ea1f90` ON `escalation`");
    await queryRunner.query("DROP TABLE `escalation`");
    await queryRunner.query("DROP INDEX `idx_fact_directorate_received` ON `complaint_fact`");
    await queryRunner.query("DROP INDEX `IDX_66f41121c7f58eaa68f39586fb` ON `complaint_fact`");
    await queryRunner.query("DROP INDEX `IDX_f2124bf22d6bfe1d95342cf4e5` ON `complaint_fact`");
    await queryRunner.query("DROP TABLE `complaint_fact`");
    await queryRunner.query("DROP TABLE `feed_cursor`");
    await queryRunner.query("DROP TABLE `inbox_event`");
    await queryRunner.query("DROP INDEX `IDX_cc0c9e40998e45ecfc5e313429` ON `outbox_event`");
    await queryRunner.query("DROP INDEX `IDX_854bd2914b1b3d255ee9dfca45` ON `outbox_event`");
    await queryRunner.query("DROP TABLE `outbox_event`");
  }
}
