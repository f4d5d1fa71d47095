import { parseDateTime } from "../../lib/graphql/date-time";

const instant = (value: unknown) => {
  const parsed = parseDateTime(value);
  return "date" in parsed ? parsed.date.toISOString() : parsed.problem;
};

describe("the DateTime rule (lib/graphql/date-time.ts)", () => {
  it.each([
    ["2026-11-02T09:30:00+01:00", "2026-11-02T08:30:00.000Z"],
    ["2026-11-02T08:30:00Z", "2026-11-02T08:30:00.000Z"],
    ["2026-11-02t08:30:00z", "2026-11-02T08:30:00.000Z"],
    ["2026-11-02T08:30:00.123456789-02:30", "2026-11-02T11:00:00.123Z"],
    ["2028-02-29T23:59:59+14:00", "2028-02-29T09:59:59.000Z"],
    ["1000-01-01T00:00:00Z", "1000-01-01T00:00:00.000Z"],
    ["9999-12-31T23:59:59Z", "9999-12-31T23:59:59.000Z"],
  ])("%s is the instant %s", (value, expected) => {
    expect(instant(value)).toBe(expected);
  });

  it.each([
    ["2026-11-02", /date without a time.*full ISO 8601 date-time with seconds and a time-zone offset is required/],
    ["+275760-09-13T00:00:00Z", /between the years 1000 and 9999/],
    ["-000001-01-01T00:00:00Z", /between the years 1000 and 9999/],
    ["0999-12-31T23:59:59Z", /between the years 1000 and 9999/],
    ["9999-12-31T23:59:59-00:01", /between the years 1000 and 9999/],
    ["2026-13-45T00:00:00Z", /names no existing date and time/],
    ["2027-02-29T00:00:00Z", /names no existing date and time/],
    ["2026-11-02T24:00:00Z", /names no existing date and time/],
    ["2026-11-02T23:60:00Z", /names no existing date and time/],
    ["2026-11-02T23:59:60Z", /names no existing date and time/],
    ["2026-11-02T10:00:00+24:00", /names no existing date and time/],
    ["2026-11-02T10:00:00", /not a valid date-time/],
    ["2026-11-02T10:00Z", /not a valid date-time/],
    ["2026-11-02 10:00:00Z", /not a valid date-time/],
    ["2026-11-02T10:00:00+0100", /not a valid date-time/],
    [" 2026-11-02T10:00:00Z", /not a valid date-time/],
    ["", /not a valid date-time/],
    [1_796_000_000_000, /must be a string/],
    [null, /must be a string/],
    [{}, /must be a string/],
  ])("%p is refused", (value, problem) => {
    expect(instant(value)).toMatch(problem);
  });
});
