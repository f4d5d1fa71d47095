/**
 * The one rule for a DateTime a client sends: a full ISO 8601 (RFC 3339)
 * date-time with seconds and a time-zone offset, within what every database
 * column can hold. A date alone ("2026-11-02", what a date picker sends) is
 * refused: which instant of which day it means is not the server's guess.
 * Used by the subgraphs' DateTime scalar and by the gateway before planning.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const EXPANDED_YEAR = /^[+-]\d{5,}-/;
const OUT_OF_RANGE = "DateTime must lie between the years 1000 and 9999";

/** MySQL DATETIME holds years 1000 to 9999. */
export const DATE_TIME_RANGE = { min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z") };

const EXAMPLE = "such as 2026-11-02T09:30:00+01:00 or 2026-11-02T08:30:00Z";
export const DATE_TIME_REQUIRED = `a full ISO 8601 date-time with seconds and a time-zone offset is required, ${EXAMPLE}`;

/** The instant `value` names, or why it is refused. */
export function parseDateTime(value: unknown): { date: Date } | { problem: string } {
  if (typeof value !== "string") return { problem: `DateTime must be a string: ${DATE_TIME_REQUIRED}` };
  if (DATE_ONLY.test(value)) return { problem: `DateTime got a date without a time: ${DATE_TIME_REQUIRED}` };
  if (EXPANDED_YEAR.test(value)) return { problem: OUT_OF_RANGE };
  const m = DATE_TIME.exec(value);
  if (!m) return { problem: `DateTime is not a valid date-time: ${DATE_TIME_REQUIRED}` };
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const [offsetHours, offsetMinutes] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  local.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  const exists = local.getUTCFullYear() === year && local.getUTCMonth() === month - 1 && local.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  if (!exists || offsetHours > 23 || offsetMinutes > 59) return { problem: `DateTime names no existing date and time: ${DATE_TIME_REQUIRED}` };
  const millis = Math.floor(Number(`0${m[7] ?? ""}`) * 1000);
  const offset = (m[9] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const date = new Date(local.getTime() + millis - offset);
  if (date < DATE_TIME_RANGE.min || date > DATE_TIME_RANGE.max) {
    return { problem: OUT_OF_RANGE };
  }
  return { date };
}
