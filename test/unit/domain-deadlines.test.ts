import { DAY_MS } from "../../lib/platform/clock";
import { translate } from "../../lib/i18n/message";
import {
  ACKNOWLEDGEMENT_DAYS,
  ANSWER_DAYS,
  ESCALATION_DAYS,
  acknowledgementDueAt,
  answerDueAt,
  doneInTime,
  dueAfter,
  escalationDueAt,
  isOverdue,
  overdueBefore,
} from "../../lib/domain/deadlines";
import { REGISTERED_CHANNELS, REGISTRATION_WINDOW_DAYS, registrationRefusal } from "../../lib/domain/registration";
import { Channel } from "../../lib/domain/enums";
import { BelgianCalendar, LEGAL_CALENDAR } from "../../lib/domain/brussels-calendar";

const at = (iso: string) => new Date(iso);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

describe("procedure deadlines", () => {
  const due = (iso: string, days: number, calendar = LEGAL_CALENDAR) => dueAfter(at(iso), days, calendar).toISOString();

  it("are the seed's week and 30 days, and 30 days for the second line", () => {
    expect([ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS, ESCALATION_DAYS]).toEqual([7, 30, 30]);
  });

  it("art. 1.7 Civil Code: counted in calendar days from the day after receipt; the due day counts until 23:59:59.999 Brussels time", () => {
    const received = at("2026-11-02T09:00:00.000Z"); // Monday 2 November, 10:00 in Brussels
    expect(acknowledgementDueAt(received, LEGAL_CALENDAR).toISOString()).toBe("2026-11-09T22:59:59.999Z");
    expect(answerDueAt(received, LEGAL_CALENDAR).toISOString()).toBe("2026-12-02T22:59:59.999Z");
    expect(escalationDueAt(received, LEGAL_CALENDAR).toISOString()).toBe("2026-12-02T22:59:59.999Z");
    // The whole Brussels day of receipt counts the same, from its first millisecond to its last.
    expect(due("2026-11-01T23:00:00.000Z", 7)).toBe("2026-11-09T22:59:59.999Z");
    expect(due("2026-11-02T22:59:59.999Z", 7)).toBe("2026-11-09T22:59:59.999Z");
    expect(due("2026-11-02T23:00:00.000Z", 7)).toBe("2026-11-10T22:59:59.999Z");
  });

  it("art. 1.7 Civil Code: not overdue in the last minute of the due day, overdue in the first minute after it", () => {
    const dueAt = acknowledgementDueAt(at("2026-11-02T09:00:00.000Z"), LEGAL_CALENDAR);
    expect(isOverdue(true, null, dueAt, at("2026-11-09T22:59:00.000Z"))).toBe(false); // 23:59 on Monday 9 November
    expect(isOverdue(true, null, dueAt, dueAt)).toBe(false);
    expect(isOverdue(true, null, dueAt, plus(dueAt, 1))).toBe(true); // 00:00:00.000 on Tuesday
    expect(isOverdue(true, null, dueAt, at("2026-11-09T23:00:59.999Z"))).toBe(true);
    expect(doneInTime(dueAt, dueAt)).toBe(true);
    expect(doneInTime(plus(dueAt, 1), dueAt)).toBe(false);
  });

  it("art. 1.7 Civil Code: a due day on a Saturday or Sunday moves to the next working day (Monday)", () => {
    expect(due("2026-10-03T10:00:00.000Z", 7)).toBe("2026-10-12T21:59:59.999Z"); // Saturday 10 October → Monday 12
    expect(due("2026-10-04T10:00:00.000Z", 7)).toBe("2026-10-12T21:59:59.999Z"); // Sunday 11 October → Monday 12
    expect(due("2026-10-02T10:00:00.000Z", 7)).toBe("2026-10-09T21:59:59.999Z"); // Friday stays Friday
  });

  it("art. 1.7 Civil Code: a due day on a legal public holiday (11 November) moves to the next working day", () => {
    expect(due("2026-11-04T10:00:00.000Z", 7)).toBe("2026-11-12T22:59:59.999Z"); // Wednesday 11 November → Thursday 12
    // Easter Monday 6 April 2026 → Tuesday 7 April.
    expect(due("2026-03-30T08:00:00.000Z", 7)).toBe("2026-04-07T21:59:59.999Z");
  });

  it("art. 1.7 Civil Code: the service's own days off (2 November, 26 December) are working days for the deadline", () => {
    expect(due("2026-10-25T10:00:00.000Z", 7)).toBe("2026-11-02T22:59:59.999Z"); // Sunday 1 November (All Saints) → Monday 2 November
    expect(due("2025-12-18T10:00:00.000Z", 7)).toBe("2025-12-26T22:59:59.999Z"); // Christmas Thursday → Friday 26 December
  });

  it("art. 1.7 Civil Code: days the configuration adds (EXTRA_PUBLIC_HOLIDAYS) move the due day as holidays do", () => {
    const calendar = new BelgianCalendar(["2026-11-09", "2026-11-10"]);
    expect(due("2026-11-02T09:00:00.000Z", 7, calendar)).toBe("2026-11-12T22:59:59.999Z"); // 9, 10 configured, 11 November legal
  });

  it("art. 1.7 Civil Code: counted in Brussels days across the change to summer time (29 March 2026)", () => {
    // 00:30 on Tuesday 24 March in Brussels is still Monday 23 March in UTC: the count starts from Tuesday.
    expect(due("2026-03-23T23:30:00.000Z", 7)).toBe("2026-03-31T21:59:59.999Z");
    // 00:30 in summer: a day later than UTC's date would say (the "letter promising an answer a day early").
    expect(due("2026-06-01T22:30:00.000Z", 30)).toBe("2026-07-02T21:59:59.999Z");
  });

  it("art. 1.7 Civil Code: counted in Brussels days across the change to winter time (25 October 2026)", () => {
    expect(due("2026-10-19T07:00:00.000Z", 7)).toBe("2026-10-26T22:59:59.999Z"); // Monday 19 → Monday 26 October, 23:59:59.999 CET
    expect(due("2026-10-19T21:59:59.999Z", 7)).toBe("2026-10-26T22:59:59.999Z");
    expect(due("2026-10-19T22:00:00.000Z", 7)).toBe("2026-10-27T22:59:59.999Z"); // 00:00 Tuesday in Brussels
  });

  it("are overdue only after the due instant, while the complaint waits and the step is not done", () => {
    const dueAt = at("2026-05-08T21:59:59.999Z");
    expect(isOverdue(true, null, dueAt, dueAt)).toBe(false);
    expect(isOverdue(true, null, dueAt, plus(dueAt, 1))).toBe(true);
    expect(isOverdue(true, at("2026-05-09T00:00:00Z"), dueAt, plus(dueAt, DAY_MS * 3))).toBe(false);
    expect(isOverdue(false, null, dueAt, plus(dueAt, DAY_MS * 3))).toBe(false);
    expect(doneInTime(null, dueAt)).toBe(false);
  });

  it("overdueBefore is dueAfter's inverse: a start is overdue at now exactly when it lies before overdueBefore(now)", () => {
    const calendar = new BelgianCalendar(["2026-04-08"]);
    // Around Easter, the change to summer time and a configured day; nows at each hour of ten days.
    for (let hour = 0; hour < 240; hour += 1) {
      const now = plus(at("2026-03-27T00:00:00.000Z"), hour * 3_600_000 + 59 * 60_000);
      for (const days of [ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS]) {
        const cutoff = overdueBefore(now, days, calendar);
        for (const offset of [-DAY_MS, -1, 0, 1, DAY_MS]) {
          const start = plus(cutoff, offset);
          expect([now, days, offset, start < cutoff]).toEqual([now, days, offset, isOverdue(true, null, dueAfter(start, days, calendar), now)]);
        }
      }
    }
  });
});

describe("the registration window", () => {
  const now = at("2026-06-15T09:00:00.000Z");
  const windowMs = REGISTRATION_WINDOW_DAYS * DAY_MS;

  it("accepts paper complaints received up to 366 days ago, not in the future", () => {
    expect(REGISTRATION_WINDOW_DAYS).toBe(366);
    expect(registrationRefusal(now, now)).toBeNull();
    expect(registrationRefusal(new Date(now.getTime() - windowMs), now)).toBeNull();
    const inEnglish = (r: ReturnType<typeof registrationRefusal>) => r && { kind: r.kind, message: translate(r.message, "en"), field: r.field };
    const field = { path: "receivedAt", code: "OUT_OF_RANGE" };
    expect(inEnglish(registrationRefusal(new Date(now.getTime() - windowMs - 1), now))).toEqual({
      kind: "input",
      message: "receivedAt is more than a year ago",
      field,
    });
    expect(inEnglish(registrationRefusal(plus(now, 1), now))).toEqual({ kind: "input", message: "receivedAt cannot be in the future", field });
  });
});

describe("the channels", () => {
  it("staff register what came by e-mail, post or fax; the online form is the citizen's own", () => {
    expect(Object.values(Channel).filter((c) => !REGISTERED_CHANNELS.includes(c))).toEqual([Channel.ONLINE_FORM]);
  });
});
