import type { MigrationInterface, QueryRunner } from "typeorm";

export class ListIndexes1795728383421 implements MigrationInterface {
  name = "ListIndexes1795728383421";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_dd869699f1a9208c98e1ea1f90` ON `escalation`");
    await queryRunner.query("DROP INDEX `idx_escalation_directorate_requested` ON `escalation`");
    await queryRunner.query("CREATE INDEX `idx_escalation_status_requested` ON `escalation` (`status`, `requestedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_escalation_owner_requested` ON `escalation` (`ownerSub`, `requestedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_escalation_directorate_requested` ON `escalation` (`directorate`, `requestedAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_escalation_directorate_requested` ON `escalation`");
    await queryRunner.query("DROP INDEX `idx_escalation_owner_requested` ON `escalation`");
    await queryRunner.query("DROP INDEX `idx_escalation_status_requested` ON `escalation`");
    await queryRunner.query("CREATE INDEX `idx_escalation_directorate_requested` ON `escalation` (`directorate`, `requestedAt`)");
    await queryRunner.query("CREATE INDEX `IDX_dd869699f1a9208c98e1ea1f90` ON `escalation` (`ownerSub`)");
  }
}
