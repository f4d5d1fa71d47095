import {
  BelgianCalendar,
  LEGAL_CALENDAR,
  addCalendarDays,
  brusselsDate,
  brusselsYear,
  easterSunday,
  endOfBrusselsDay,
  isCalendarDate,
  legalPublicHolidays,
  startOfBrusselsDay,
} from "../../lib/domain/brussels-calendar";
import { type ConfigError, loadConfig } from "../../lib/config";

describe("the Brussels calendar (lib/domain/brussels-calendar.ts)", () => {
  it("names the Brussels date of an instant: 00:30 on 1 January in Brussels is already the new year", () => {
    const instant = new Date("2026-12-31T23:30:00.000Z");
    expect(brusselsDate(instant)).toBe("2027-01-01");
    expect(brusselsYear(instant)).toBe(2027);
    expect(brusselsYear(new Date("2026-12-31T22:59:59.999Z"))).toBe(2026);
    expect(brusselsDate(new Date("2026-06-30T22:00:00.000Z"))).toBe("2026-07-01"); // summer: UTC+2
  });

  it("gives each day's first and last millisecond in Brussels, 23 hours on the day summer time starts, 25 when it ends", () => {
    expect(startOfBrusselsDay("2026-01-01").toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(endOfBrusselsDay("2026-07-21").toISOString()).toBe("2026-07-21T21:59:59.999Z");
    const hours = (date: string) => (endOfBrusselsDay(date).getTime() + 1 - startOfBrusselsDay(date).getTime()) / 3_600_000;
    expect([hours("2026-03-28"), hours("2026-03-29"), hours("2026-03-30")]).toEqual([24, 23, 24]);
    expect([hours("2026-10-24"), hours("2026-10-25"), hours("2026-10-26")]).toEqual([24, 25, 24]);
    for (const date of ["2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31"]) {
      expect(brusselsDate(startOfBrusselsDay(date))).toBe(date);
      expect(brusselsDate(endOfBrusselsDay(date))).toBe(date);
      expect(brusselsDate(new Date(endOfBrusselsDay(date).getTime() + 1))).toBe(addCalendarDays(date, 1));
    }
  });

  it("knows calendar dates", () => {
    expect(["2026-11-02", "2028-02-29"].map(isCalendarDate)).toEqual([true, true]);
    expect(["2027-02-29", "2026-13-01", "2026-11-2", "2026-11-02T00:00:00Z", ""].map(isCalendarDate)).toEqual([false, false, false, false, false]);
    expect(addCalendarDays("2026-12-25", 7)).toBe("2027-01-01");
    expect(addCalendarDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it.each([
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("Easter Sunday %i is %s", (year, easter) => {
    expect(easterSunday(year)).toBe(easter);
  });

  it.each([
    [2025, ["2025-01-01", "2025-04-21", "2025-05-01", "2025-05-29", "2025-06-09", "2025-07-21", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25"]],
    [2026, ["2026-01-01", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-07-21", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"]],
    [2027, ["2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-17", "2027-07-21", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25"]],
  ])("the ten legal public holidays of %i: Easter Monday, Ascension and Whit Monday from Easter", (year, holidays) => {
    expect(legalPublicHolidays(year)).toEqual(holidays);
  });

  it("working days: not Saturday, Sunday or a legal holiday; 2 and 15 November and 26 December are working days", () => {
    expect(LEGAL_CALENDAR.isWorkingDay("2026-11-11")).toBe(false); // Wednesday, Armistice
    expect(LEGAL_CALENDAR.isWorkingDay("2026-11-14")).toBe(false); // Saturday
    expect(LEGAL_CALENDAR.isWorkingDay("2026-11-15")).toBe(false); // Sunday (the King's Feast falls on one)
    expect(["2026-11-02", "2027-11-15", "2025-12-26"].map((d) => LEGAL_CALENDAR.isWorkingDay(d))).toEqual([true, true, true]);
    expect(LEGAL_CALENDAR.workingDayFrom("2026-12-25")).toBe("2026-12-28");
    expect(LEGAL_CALENDAR.workingDayFrom("2026-05-14")).toBe("2026-05-15");
    expect(LEGAL_CALENDAR.workingDayFrom("2026-05-15")).toBe("2026-05-15");
  });

  it("adds the configured days to the legal ones and refuses what is not a date", () => {
    const calendar = new BelgianCalendar(["2026-11-02", "2026-12-24"]);
    expect(calendar.isPublicHoliday("2026-11-02")).toBe(true);
    expect(calendar.workingDayFrom("2026-10-31")).toBe("2026-11-03");
    expect(LEGAL_CALENDAR.isPublicHoliday("2026-11-02")).toBe(false);
    expect(() => new BelgianCalendar(["2026-02-30"])).toThrow("Not calendar dates (YYYY-MM-DD): 2026-02-30");
  });

  it("EXTRA_PUBLIC_HOLIDAYS: a comma-separated list of existing dates; anything else stops the start with a clear problem", () => {
    expect(loadConfig({ EXTRA_PUBLIC_HOLIDAYS: " 2026-12-24, 2027-11-02 ," }).extraPublicHolidays).toEqual(["2026-12-24", "2027-11-02"]);
    expect(loadConfig({}).extraPublicHolidays).toEqual([]);
    let problems: string[] = [];
    try {
      loadConfig({ EXTRA_PUBLIC_HOLIDAYS: "2026-12-24,24/12/2026,2027-02-29" });
    } catch (err) {
      problems = (err as ConfigError).problems;
    }
    expect(problems).toEqual(['EXTRA_PUBLIC_HOLIDAYS must list dates as YYYY-MM-DD separated by commas, got "24/12/2026", "2027-02-29"']);
  });
});
