import type { MigrationInterface, QueryRunner } from "typeorm";

/** A letter's e-mail given up on (it then goes by post), and a complaint's special-category flag (GDPR art. 9). */
export class PersonalData1796066993358 implements MigrationInterface {
  name = "PersonalData1796066993358";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `letter` ADD `emailFailedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `complaint` ADD `specialCategories` varchar(200) NULL");
    await queryRunner.query("ALTER TABLE `complaint` ADD `specialCategoriesReason` text NULL");
    await queryRunner.query("ALTER TABLE `complaint` ADD `specialCategoriesFlaggedAt` datetime(3) NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `specialCategoriesFlaggedAt`");
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `specialCategoriesReason`");
    await queryRunner.query("ALTER TABLE `complaint` DROP COLUMN `specialCategories`");
    await queryRunner.query("ALTER TABLE `letter` DROP COLUMN `emailFailedAt`");
  }
}
