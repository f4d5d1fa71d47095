import { invalidField } from "../errors";
import { fieldError } from "../field-errors";
import { msg } from "../i18n/message";

/** Largest page: a larger `first` is clamped to it (docs/api.md, "Pagination"). */
export const MAX_PAGE_SIZE = 100;

/** The deprecated lists without paging (`myComplaints`) hold at most this many, the newest. */
export const UNPAGED_LIST_BOUND = 100;

export function pageSize(first: number | undefined | null, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1) throw invalidField(fieldError("first", "OUT_OF_RANGE", { min: 1 }, msg("page.firstPositive")));
  return Math.min(size, MAX_PAGE_SIZE);
}

/** Opaque keyset cursor over (time, id), newest first. */
export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString("base64url");
}

export function decodeCursor(value: string | undefined | null): Cursor | undefined {
  if (!value) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    const date = new Date(String(at));
    if (typeof id !== "string" || Number.isNaN(date.getTime())) throw new Error();
    return { at: date, id };
  } catch {
    throw invalidField(fieldError("after", "INVALID", {}, msg("page.badCursor")));
  }
}
