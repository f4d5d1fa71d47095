import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The annual report's breakdowns kept with each complaint's facts. Complaints filed before have nulls: their category and
 * kind of complainant were not in intake's ComplaintFiled events then, so they are in none of those breakdowns (see
 * README, "Annual report": backfill).
 */
export class ReportFacts1796066281149 implements MigrationInterface {
  name = "ReportFacts1796066281149";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint_fact` ADD `withdrawnAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `complaint_fact` ADD `category` varchar(40) NULL");
    await queryRunner.query("ALTER TABLE `complaint_fact` ADD `channel` varchar(16) NULL");
    await queryRunner.query("ALTER TABLE `complaint_fact` ADD `language` varchar(2) NULL");
    await queryRunner.query("ALTER TABLE `complaint_fact` ADD `complainantKind` varchar(16) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ["complainantKind", "language", "channel", "category", "withdrawnAt"]) {
      await queryRunner.query(`ALTER TABLE \`complaint_fact\` DROP COLUMN \`${column}\``);
    }
  }
}
