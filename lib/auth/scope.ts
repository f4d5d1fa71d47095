import { Raw, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import type { DirectorateCode } from "../domain/enums";
import type { Caller } from "./caller";

/** What every subgraph knows of a complaint to decide who may see it. */
export interface Scoped {
  ownerSub: string | null;
  directorate: DirectorateCode;
}

/** The central service sees all; a coordinator their directorate; a citizen their own complaints. */
export function mayRead(caller: Caller | null, row: Scoped): boolean {
  if (!caller) return false;
  switch (caller.role) {
    case "central-service":
      return true;
    case "coordinator":
      return row.directorate === caller.directorate;
    case "citizen":
      return row.ownerSub === caller.sub;
  }
}

/** The same rule as a SQL condition on `alias`'s ownerSub and directorate columns. */
export function scopeQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  return scoped(qb, `${alias}.`, caller);
}

/**
 * The same rule for lookups by key (ids, reference): the scope columns are
 * compared as expressions (unary +, a no-op in SQLite and MySQL), so the rows
 * are found by their key and only then checked. As plain columns, SQLite's
 * planner takes the directorate or owner index and reads every complaint of
 * the directorate to find a page of 50.
 */
export function scopeLookup<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  return scoped(qb, `+${alias}.`, caller);
}

/**
 * The rows of `entity` whose `key` column holds one of `keys`, within the
 * caller's scope (scopeLookup), by key: one query for a DataLoader batch;
 * nothing without a caller.
 */
export async function visibleByKey<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  caller: Caller | null,
  keys: readonly string[],
): Promise<Map<string, T>> {
  if (!caller || keys.length === 0) return new Map();
  const qb = dataSource
    .getRepository(entity)
    .createQueryBuilder("r")
    .where(`r.${key} IN (:...keys)`, { keys: [...new Set(keys)] });
  const rows = await scopeLookup(qb, "r", caller).getMany();
  return new Map(rows.map((row) => [String(row[key]), row]));
}

/**
 * SQL for "`column` holds exactly the parameter `param`", for account ids
 * (owners, actors) and addresses. MySQL's collations ignore case, accents and
 * trailing spaces ("alice" = "ALICE " = "alicé"); BINARY compares the bytes,
 * and the plain = beside it lets the index find the candidates. SQLite's = is exact.
 */
export function exactly(db: DataSource, column: string, param: string): string {
  return db.options.type === "better-sqlite3" ? `${column} = :${param}` : `(${column} = :${param} AND BINARY ${column} = :${param})`;
}

let exactParams = 0;

/** exactly() as a find option: `{ ownerSub: exactValue(m, caller.sub) }`. */
export function exactValue(m: EntityManager | DataSource, value: string): ReturnType<typeof Raw> {
  const param = `exact${++exactParams}`;
  return Raw((column) => exactly("connection" in m ? m.connection : m, column, param), { [param]: value });
}

function scoped<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, caller: Caller): SelectQueryBuilder<T> {
  switch (caller.role) {
    case "central-service":
      return qb;
    case "coordinator":
      return qb.andWhere(`${column}directorate = :scopeDirectorate`, { scopeDirectorate: caller.directorate });
    case "citizen":
      return qb.andWhere(exactly(qb.connection, `${column}ownerSub`, "scopeSub"), { scopeSub: caller.sub });
  }
}

/** An action of the year's plan: for one directorate, or (null) for the whole FOD. */
export interface PlanScoped {
  directorateCode: DirectorateCode | null;
}

/** The central service sees every action; a coordinator their directorate's and the FOD-wide ones; a citizen none. */
export function mayReadActionPlanItem(caller: Caller | null, item: PlanScoped): boolean {
  switch (caller?.role) {
    case "central-service":
      return true;
    case "coordinator":
      return item.directorateCode === null || item.directorateCode === caller.directorate;
    default:
      return false;
  }
}

/** The same rule as a SQL condition on `alias`'s directorateCode column. */
export function actionPlanScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  switch (caller.role) {
    case "central-service":
      return qb;
    case "coordinator":
      return qb.andWhere(`(${alias}.directorateCode = :planDirectorate OR ${alias}.directorateCode IS NULL)`, { planDirectorate: caller.directorate });
    case "citizen":
      return qb.andWhere("1 = 0");
  }
}
