import type { MigrationInterface, QueryRunner } from "typeorm";

/** The annual report's counters. Filled from the facts when the escalation subgraph starts and finds them empty (ensureCounters). */
export class ReportCounts1796066281151 implements MigrationInterface {
  name = "ReportCounts1796066281151";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `report_count` (`year` int NOT NULL, `directorate` varchar(40) NOT NULL, `figure` varchar(60) NOT NULL, `day` int NOT NULL, `value` int NOT NULL, PRIMARY KEY (`year`, `directorate`, `figure`, `day`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `report_count`");
  }
}
