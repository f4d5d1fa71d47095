import type { MigrationInterface, QueryRunner } from "typeorm";
import { loadConfig } from "../../../lib/config";
import { BelgianCalendar } from "../../../lib/domain/brussels-calendar";
import { refillCounters } from "../report.counters";

/**
 * The annual report's counters, filled from the facts there are (through the entities as they are when this runs:
 * skipped on a database without facts). Events applied by an older version still running during a rolling update
 * are not counted: run `npm run report:rebuild -- --check` once the update is done.
 */
export class ReportCounts1796066281151 implements MigrationInterface {
  name = "ReportCounts1796066281151";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `report_count` (`year` int NOT NULL, `directorate` varchar(40) NOT NULL, `figure` varchar(60) NOT NULL, `day` int NOT NULL, `value` int NOT NULL, PRIMARY KEY (`year`, `directorate`, `figure`, `day`)) ENGINE=InnoDB",
    );
    const [{ n }] = (await queryRunner.query("SELECT COUNT(*) AS n FROM `complaint_fact`")) as { n: number | string }[];
    if (Number(n) > 0) await refillCounters(queryRunner.manager, new BelgianCalendar(loadConfig(process.env).extraPublicHolidays));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `report_count`");
  }
}
