import type { MigrationInterface, QueryRunner } from "typeorm";
import { AUDIT_APPEND_ONLY_MYSQL } from "../../../lib/audit/append-only";

export class AuditTrail1795728839999 implements MigrationInterface {
  name = "AuditTrail1795728839999";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `audit_entry` (`id` int NOT NULL AUTO_INCREMENT, `complaintId` varchar(36) NOT NULL, `at` datetime(3) NOT NULL, `actorSub` varchar(200) NOT NULL, `actorRole` varchar(20) NOT NULL, `actorDirectorate` varchar(40) NULL, `action` varchar(8) NOT NULL, `what` varchar(500) NOT NULL, `requestId` varchar(100) NOT NULL, INDEX `idx_audit_complaint` (`complaintId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    for (const statement of AUDIT_APPEND_ONLY_MYSQL.up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of AUDIT_APPEND_ONLY_MYSQL.down) await queryRunner.query(statement);
    await queryRunner.query("DROP INDEX `idx_audit_complaint` ON `audit_entry`");
    await queryRunner.query("DROP TABLE `audit_entry`");
  }
}
