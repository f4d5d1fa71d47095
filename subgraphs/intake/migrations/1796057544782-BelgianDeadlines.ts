import type { MigrationInterface, QueryRunner } from "typeorm";
import { ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS } from "../../../lib/domain/deadlines";
import { recountDueInstants } from "../../../lib/platform/recount-deadlines";

/** Data only: the complaints' due instants counted again as art. 1.7 Civil Code does (they were receipt + n × 24 h). */
export class BelgianDeadlines1796057544782 implements MigrationInterface {
  name = "BelgianDeadlines1796057544782";

  async up(queryRunner: QueryRunner): Promise<void> {
    await recountDueInstants(queryRunner, "complaint", "receivedAt", [
      { column: "acknowledgementDueAt", days: ACKNOWLEDGEMENT_DAYS },
      { column: "answerDueAt", days: ANSWER_DAYS },
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE `complaint` SET `acknowledgementDueAt` = `receivedAt` + INTERVAL 7 DAY, `answerDueAt` = `receivedAt` + INTERVAL 30 DAY");
  }
}
