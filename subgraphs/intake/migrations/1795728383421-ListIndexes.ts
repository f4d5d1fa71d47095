import type { MigrationInterface, QueryRunner } from "typeorm";

export class ListIndexes1795728383421 implements MigrationInterface {
  name = "ListIndexes1795728383421";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_91409bdc7c2e8f1778c559d8db` ON `complaint`");
    await queryRunner.query("DROP INDEX `IDX_b6b63da30d9aae7e6ca4368fa7` ON `complaint`");
    await queryRunner.query("CREATE INDEX `idx_complaint_owner_received` ON `complaint` (`ownerSub`, `receivedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_complaint_status_received` ON `complaint` (`status`, `receivedAt`, `id`)");
    await queryRunner.query("CREATE INDEX `idx_complaint_directorate_status_received` ON `complaint` (`directorate`, `status`, `receivedAt`, `id`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_complaint_directorate_status_received` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_status_received` ON `complaint`");
    await queryRunner.query("DROP INDEX `idx_complaint_owner_received` ON `complaint`");
    await queryRunner.query("CREATE INDEX `IDX_b6b63da30d9aae7e6ca4368fa7` ON `complaint` (`status`)");
    await queryRunner.query("CREATE INDEX `IDX_91409bdc7c2e8f1778c559d8db` ON `complaint` (`ownerSub`)");
  }
}
