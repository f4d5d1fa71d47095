/** The one source of "now". Deadlines and overdue flags are measured on it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests (and demos) can set and move. */
export class SettableClock implements Clock {
  private current: Date;
  constructor(start: Date | string = new Date()) {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
  advanceDays(days: number): void {
    this.current = addDays(this.current, days);
  }
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Days of 24 hours, for moving a clock. Deadlines are counted by `dueAfter` in lib/domain/deadlines.ts. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
