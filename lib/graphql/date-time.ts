/**
 * The one rule for a DateTime a client sends: a full ISO 8601 (RFC 3339)
 * date-time with seconds and a time-zone offset, within what every database
 * column can hold. A date alone ("2026-11-02", what a date picker sends) is
 * refused: which instant of which day it means is not the server's guess.
 * Used by the subgraphs' DateTime scalar and by the gateway before planning.
 */
import { localise, msg, type Message } from "../i18n/message";
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|([+-])(\d{2}):(\d{2}))$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const EXPANDED_YEAR = /^[+-]\d{5,}-/;

/** MySQL DATETIME holds years 1000 to 9999. */
export const DATE_TIME_RANGE = { min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z") };

/** Why a DateTime is refused: `params.reason` of an INVALID_DATE field error, and its message (`dateTime.<reason>` in lib/i18n). */
export type DateTimeReason = "NOT_A_STRING" | "DATE_ONLY" | "NOT_A_DATE_TIME" | "NO_SUCH_DATE" | "OUT_OF_RANGE";

export const dateTimeMessage = (reason: DateTimeReason, field = "DateTime"): Message => msg(`dateTime.${reason}`, { field });

const refused = (reason: DateTimeReason) => ({ reason, problem: localise(dateTimeMessage(reason)) });

/** The instant `value` names, or why it is refused (`problem`: in the request's language). */
export function parseDateTime(value: unknown): { date: Date } | { reason: DateTimeReason; problem: string } {
  if (typeof value !== "string") return refused("NOT_A_STRING");
  if (DATE_ONLY.test(value)) return refused("DATE_ONLY");
  if (EXPANDED_YEAR.test(value)) return refused("OUT_OF_RANGE");
  const m = DATE_TIME.exec(value);
  if (!m) return refused("NOT_A_DATE_TIME");
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const [offsetHours, offsetMinutes] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  local.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  const exists = local.getUTCFullYear() === year && local.getUTCMonth() === month - 1 && local.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  if (!exists || offsetHours > 23 || offsetMinutes > 59) return refused("NO_SUCH_DATE");
  const millis = Math.floor(Number(`0${m[7] ?? ""}`) * 1000);
  const offset = (m[9] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const date = new Date(local.getTime() + millis - offset);
  if (date < DATE_TIME_RANGE.min || date > DATE_TIME_RANGE.max) {
    return refused("OUT_OF_RANGE");
  }
  return { date };
}
