import type { MigrationInterface, QueryRunner } from "typeorm";

export class Quotas1796053861102 implements MigrationInterface {
  name = "Quotas1796053861102";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `citizen_quota` (`sub` varchar(255) NOT NULL, `action` varchar(32) NOT NULL, `day` varchar(10) NOT NULL, `used` int NOT NULL, PRIMARY KEY (`sub`, `action`, `day`)) ENGINE=InnoDB",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `citizen_quota`");
  }
}
