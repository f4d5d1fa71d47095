import type { MigrationInterface, QueryRunner } from "typeorm";
import { ESCALATION_DAYS } from "../../../lib/domain/deadlines";
import { recountDueInstants } from "../../../lib/platform/recount-deadlines";

/** Data only: the escalations' due instants counted again as art. 1.7 Civil Code does (they were request + 30 × 24 h). */
export class BelgianDeadlines1796057544782 implements MigrationInterface {
  name = "BelgianDeadlines1796057544782";

  async up(queryRunner: QueryRunner): Promise<void> {
    await recountDueInstants(queryRunner, "escalation", "requestedAt", [{ column: "dueAt", days: ESCALATION_DAYS }]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("UPDATE `escalation` SET `dueAt` = `requestedAt` + INTERVAL 30 DAY");
  }
}
