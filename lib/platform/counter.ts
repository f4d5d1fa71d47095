import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Adds one to `counter` in the row of `entity` with `key` (creating the row at 1) and
 * returns the new value; the row stays write-locked until the transaction ends.
 * One upsert, because an UPDATE that finds no row followed by an INSERT takes gap
 * locks on MySQL, and callers that start the same new row at once deadlock (the
 * first filings of a year, the first code to an address on a day).
 * The column names are the code's own (property = column), never a client's.
 */
export async function incrementCounter<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  key: Partial<Record<keyof T & string, string | number>>,
  counter: keyof T & string,
): Promise<number> {
  const table = m.connection.getMetadata(entity).tableName;
  const mysql = m.connection.options.type !== "better-sqlite3";
  const q = (name: string) => (mysql ? `\`${name}\`` : `"${name}"`);
  const columns = Object.keys(key);
  const values = Object.values(key);
  const insert = `INSERT INTO ${q(table)} (${[...columns, counter].map(q).join(", ")}) VALUES (${[...values, 1].map(() => "?").join(", ")})`;
  const bump = `${q(counter)} = ${q(counter)} + 1`;
  await m.query(mysql ? `${insert} ON DUPLICATE KEY UPDATE ${bump}` : `${insert} ON CONFLICT (${columns.map(q).join(", ")}) DO UPDATE SET ${bump}`, [
    ...values,
    1,
  ]);
  const [row] = await m.query<{ n: number | string }[]>(
    `SELECT ${q(counter)} AS n FROM ${q(table)} WHERE ${columns.map((c) => `${q(c)} = ?`).join(" AND ")}`,
    values,
  );
  return Number(row.n);
}
