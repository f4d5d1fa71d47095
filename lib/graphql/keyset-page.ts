import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { decodeCursor, encodeCursor, pageSize } from "./pagination";

/** One page of a list, the shape of `complaints`, `myComplaintPage` and `escalationPage`. */
export interface Page<T> {
  items: T[];
  totalCount: number;
  nextCursor: string | null;
}

/**
 * Newest first by (time, id), keyset paging on an opaque cursor: no gaps or
 * repeats while rows are added. `qb` holds the scope and the filters; totalCount counts them all.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  time: keyof T & string,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<T>> {
  const size = pageSize(first);
  const cursor = decodeCursor(after);
  const column = `${qb.alias}.${time}`;
  const totalCount = await qb.clone().getCount();
  if (cursor) {
    qb.andWhere(
      new Brackets((w) =>
        w.where(`${column} < :pageAt`, { pageAt: cursor.at }).orWhere(`${column} = :pageAt AND ${qb.alias}.id < :pageId`, { pageId: cursor.id }),
      ),
    );
  }
  const rows = await qb
    .orderBy(column, "DESC")
    .addOrderBy(`${qb.alias}.id`, "DESC")
    .take(size + 1)
    .getMany();
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { items, totalCount, nextCursor: rows.length > size && last ? encodeCursor({ at: last[time], id: last.id }) : null };
}
