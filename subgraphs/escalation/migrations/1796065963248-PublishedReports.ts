import type { MigrationInterface, QueryRunner } from "typeorm";

export class PublishedReports1796065963248 implements MigrationInterface {
  name = "PublishedReports1796065963248";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `annual_report_publication` (`year` int NOT NULL, `version` int NOT NULL, `publishedAt` datetime(3) NOT NULL, `note` text NOT NULL, `publishedByRole` varchar(32) NOT NULL, `publishedBy` varchar(200) NOT NULL, PRIMARY KEY (`year`, `version`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `annual_report_snapshot` (`year` int NOT NULL, `version` int NOT NULL, `scope` varchar(40) NOT NULL, `report` mediumtext NOT NULL, PRIMARY KEY (`year`, `version`, `scope`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `annual_report_snapshot`");
    await queryRunner.query("DROP TABLE `annual_report_publication`");
  }
}
