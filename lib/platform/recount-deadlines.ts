import type { QueryRunner } from "typeorm";
import { BelgianCalendar } from "../domain/brussels-calendar";
import { dueAfter } from "../domain/deadlines";
import { loadConfig } from "../config";

/**
 * A data migration's step: sets each row's stored due instants again from its start column by the rule
 * in lib/domain/deadlines.ts (art. 1.7 Civil Code), with the holidays the configuration adds.
 * MySQL only, as migrations are; a row per statement, in the migration's transaction.
 */
export async function recountDueInstants(queryRunner: QueryRunner, table: string, start: string, dues: { column: string; days: number }[]): Promise<void> {
  const calendar = new BelgianCalendar(loadConfig(process.env).extraPublicHolidays);
  const rows = (await queryRunner.query(`SELECT \`id\`, \`${start}\` AS \`start\` FROM \`${table}\``)) as { id: string; start: Date }[];
  for (const row of rows) {
    const from = new Date(row.start);
    const set = dues.map(({ column }) => `\`${column}\` = ?`).join(", ");
    await queryRunner.query(`UPDATE \`${table}\` SET ${set} WHERE \`id\` = ?`, [...dues.map(({ days }) => dueAfter(from, days, calendar)), row.id]);
  }
}
