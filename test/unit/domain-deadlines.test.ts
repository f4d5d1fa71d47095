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

const at = (iso: string) => new Date(iso);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

describe("procedure deadlines", () => {
  it("are the seed's week and 30 days, and 30 days for the second line", () => {
    expect([ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS, ESCALATION_DAYS]).toEqual([7, 30, 30]);
  });

  it("count days of 24 hours from the instant of receipt, in UTC, across the change to summer time", () => {
    const received = at("2026-03-25T10:15:30.123Z"); // Brussels moves its clocks on 29 March
    expect(acknowledgementDueAt(received).toISOString()).toBe("2026-04-01T10:15:30.123Z");
    expect(answerDueAt(received).toISOString()).toBe("2026-04-24T10:15:30.123Z");
    expect(escalationDueAt(received).toISOString()).toBe("2026-04-24T10:15:30.123Z");
    expect(dueAfter(received, 1).getTime() - received.getTime()).toBe(DAY_MS);
    expect(DAY_MS).toBe(86_400_000);
  });

  it("are overdue only after the due instant, while the complaint waits and the step is not done", () => {
    const due = at("2026-05-08T00:00:00.000Z");
    expect(isOverdue(true, null, due, due)).toBe(false);
    expect(isOverdue(true, null, due, plus(due, 1))).toBe(true);
    expect(isOverdue(true, at("2026-05-09T00:00:00Z"), due, plus(due, DAY_MS * 3))).toBe(false);
    expect(isOverdue(false, null, due, plus(due, DAY_MS * 3))).toBe(false);
  });

  it("overdueBefore is dueAfter's inverse: a start is overdue at now exactly when it lies before overdueBefore(now)", () => {
    const now = at("2026-07-01T12:00:00.000Z");
    for (const days of [ACKNOWLEDGEMENT_DAYS, ANSWER_DAYS]) {
      const cutoff = overdueBefore(now, days);
      for (const offset of [-DAY_MS, -1, 0, 1, DAY_MS]) {
        const start = plus(cutoff, offset);
        expect([days, offset, start < cutoff]).toEqual([days, offset, isOverdue(true, null, dueAfter(start, days), now)]);
      }
    }
  });

  it("counts a step done on its due instant as done in time", () => {
    const due = at("2026-05-08T00:00:00.000Z");
    expect(doneInTime(due, due)).toBe(true);
    expect(doneInTime(plus(due, 1), due)).toBe(false);
    expect(doneInTime(null, due)).toBe(false);
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
