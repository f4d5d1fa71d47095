// Calendar days as they are lived in Brussels (Europe/Brussels, summer time
// included) and the Belgian legal public holidays, for counting deadlines.
// A calendar date is a string YYYY-MM-DD; an instant is a Date.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_ZONE = "Europe/Brussels";

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

/** The Brussels calendar date of an instant, YYYY-MM-DD. */
export const brusselsDate = (at: Date): string => dayFormat.format(at);

/** The Brussels calendar year of an instant. */
export const brusselsYear = (at: Date): number => Number(brusselsDate(at).slice(0, 4));

/** True for an existing calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

const utcMidnight = (date: string): Date => new Date(`${date}T00:00:00.000Z`);

/** `date` moved by `days` calendar days. */
export const addCalendarDays = (date: string, days: number): string => new Date(utcMidnight(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
const weekday = (date: string): number => utcMidnight(date).getUTCDay();

/** How far Brussels' wall clock is ahead of UTC at `at`, in ms (one or two hours). */
function brusselsOffsetMs(at: Date): number {
  const p = Object.fromEntries(partsFormat.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant 00:00 Brussels time on `date`. (Clocks change at 02:00/03:00, so every midnight exists once.) */
export function startOfBrusselsDay(date: string): Date {
  const wall = utcMidnight(date).getTime();
  const guess = wall - brusselsOffsetMs(new Date(wall));
  return new Date(wall - brusselsOffsetMs(new Date(guess)));
}

/** The last millisecond of `date` in Brussels, 23:59:59.999. */
export const endOfBrusselsDay = (date: string): Date => new Date(startOfBrusselsDay(addCalendarDays(date, 1)).getTime() - 1);

/** Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The ten legal public holidays of Belgium (law of 4 January 1974, royal decree of 18 April 1974):
 * New Year, Easter Monday, Labour Day, Ascension, Whit Monday, the National Day, Assumption,
 * All Saints, Armistice and Christmas. Not the federal civil service's extra days off (2 and 15 November, 26 December).
 */
export function legalPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const fixed = (mmdd: string) => `${year}-${mmdd}`;
  return [
    fixed("01-01"),
    addCalendarDays(easter, 1),
    fixed("05-01"),
    addCalendarDays(easter, 39),
    addCalendarDays(easter, 50),
    fixed("07-21"),
    fixed("08-15"),
    fixed("11-01"),
    fixed("11-11"),
    fixed("12-25"),
  ].sort();
}

/** Saturdays, Sundays, the legal public holidays and the days the configuration adds (EXTRA_PUBLIC_HOLIDAYS). */
export class BelgianCalendar {
  private readonly extra: ReadonlySet<string>;
  private readonly legal = new Map<number, ReadonlySet<string>>();
  private readonly instants = new Map<string, number>();

  constructor(extraHolidays: readonly string[] = []) {
    const wrong = extraHolidays.filter((d) => !isCalendarDate(d));
    if (wrong.length) throw new Error(`Not calendar dates (YYYY-MM-DD): ${wrong.join(", ")}`);
    this.extra = new Set(extraHolidays);
  }

  isPublicHoliday(date: string): boolean {
    const year = Number(date.slice(0, 4));
    if (!this.legal.has(year)) this.legal.set(year, new Set(legalPublicHolidays(year)));
    return this.legal.get(year)!.has(date) || this.extra.has(date);
  }

  isWorkingDay(date: string): boolean {
    const day = weekday(date);
    return day !== 0 && day !== 6 && !this.isPublicHoliday(date);
  }

  /** An instant computed from calendar days only, kept by `key` (the calendar never changes once made). */
  remembered(key: string, compute: () => Date): Date {
    let at = this.instants.get(key);
    if (at === undefined) {
      at = compute().getTime();
      if (this.instants.size >= 100_000) this.instants.clear();
      this.instants.set(key, at);
    }
    return new Date(at);
  }

  /** `date` itself when it is a working day, else the next working day. */
  workingDayFrom(date: string): string {
    let day = date;
    while (!this.isWorkingDay(day)) day = addCalendarDays(day, 1);
    return day;
  }
}

/** The legal holidays only, for code that has no configuration at hand (data migrations, events from before the due instants). */
export const LEGAL_CALENDAR = new BelgianCalendar();
