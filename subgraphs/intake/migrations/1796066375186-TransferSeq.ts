import type { MigrationInterface, QueryRunner } from "typeorm";

/** The directorates' feed position of the last transfer recorded (subgraphs/intake/transfer.ts). */
export class TransferSeq1796066375186 implements MigrationInterface {
  name = "TransferSeq1796066375186";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint` ADD `transferSeq` int NOT NULL DEFAULT 0");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `transferSeq`");
  }
}
