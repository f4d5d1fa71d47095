import { type BelgianCalendar, brusselsDate } from "../../lib/domain/brussels-calendar";
import { overdueBefore } from "../../lib/domain/deadlines";
import { Channel, ComplainantKind, ComplaintCategory, type DirectorateCode, InadmissibilityReason, Language, Outcome } from "../../lib/domain/enums";
import { type Count, STEPS, type Step, dayNumber } from "./report.counts";
import type { ComplaintStatistics, DeadlineFigures, OutcomeFigures, ReasonCount, YearFigures } from "./report.types";

/** The open steps of one directorate, split at the report's time: late (its due instant has passed) or pending. */
export interface OpenCount {
  directorate: DirectorateCode;
  step: Step;
  late: number;
  pending: number;
  /** Of those, started before the answer's threshold: for an acknowledgement, also counted as a late answer (see `overdue`). */
  lateForAnswer: number;
}

/** One year's counts: every figure but the open steps, summed per directorate, figure and day; and the open steps split at `now`. */
export interface YearCounts {
  counts: Count[];
  open: OpenCount[];
}

/** The first day number whose step is not overdue at `now`, per step (`overdueBefore` as a Brussels day). */
export function openThresholds(now: Date, calendar: BelgianCalendar): Record<Step, number> {
  const at = (days: number) => dayNumber(brusselsDate(overdueBefore(now, days, calendar)));
  return { ack: at(STEPS.ack), answer: at(STEPS.answer), decision: at(STEPS.decision) };
}

/** The middle value of a histogram (value → how many), the mean of the two middle ones for an even count; null when empty. */
export function histogramMedian(histogram: Map<number, number>): number | null {
  const entries = [...histogram].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((n, [, count]) => n + count, 0);
  if (total === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const [value, count] of entries) {
      seen += count;
      if (index < seen) return value;
    }
    return entries[entries.length - 1][0];
  };
  const value = total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
  return Math.round(value * 100) / 100;
}

/** Sums by figure (and day) over some directorates. */
class Tally {
  private readonly sums = new Map<string, number>();
  private readonly histograms = new Map<string, Map<number, number>>();

  add(c: Count): void {
    const key = `${c.figure}|${c.day}`;
    this.sums.set(key, (this.sums.get(key) ?? 0) + c.value);
    const histogram = this.histograms.get(c.figure) ?? new Map<number, number>();
    this.histograms.set(c.figure, histogram);
    histogram.set(c.day, (histogram.get(c.day) ?? 0) + c.value);
  }

  get(figure: string, day = 0): number {
    return this.sums.get(`${figure}|${day}`) ?? 0;
  }

  median(figure: string): number | null {
    return histogramMedian(this.histograms.get(figure) ?? new Map<number, number>());
  }
}

const outcomes = (t: Tally, prefix: string): OutcomeFigures => ({
  founded: t.get(`${prefix}.${Outcome.FOUNDED}`),
  partlyFounded: t.get(`${prefix}.${Outcome.PARTLY_FOUNDED}`),
  unfounded: t.get(`${prefix}.${Outcome.UNFOUNDED}`),
  noJudgement: t.get(`${prefix}.${Outcome.NO_JUDGEMENT}`),
});

function statistics(t: Tally, open: OpenCount[]): ComplaintStatistics {
  const ack = open.filter((o) => o.step === "ack");
  const answer = open.filter((o) => o.step === "answer");
  const sum = (list: OpenCount[], f: (o: OpenCount) => number) => list.reduce((n, o) => n + f(o), 0);
  const final = outcomes(t, "final");
  return {
    received: t.get("received"),
    inadmissible: t.get("inadmissible"),
    withdrawn: t.get("withdrawn"),
    acknowledgedWithinDeadline: t.get("ack.onTime"),
    answeredWithinDeadline: t.get("answer.onTime"),
    // Unanswered past the answer's due instant, or unacknowledged past the acknowledgement's (an unacknowledged complaint is unanswered too).
    overdue: sum(answer, (o) => o.late) + sum(ack, (o) => o.late - o.lateForAnswer),
    escalated: t.get("escalated"),
    founded: final.founded,
    partlyFounded: final.partlyFounded,
    unfounded: final.unfounded,
    noJudgement: final.noJudgement,
    medianDaysToAnswer: t.median("answer.days"),
  };
}

function deadline(t: Tally, open: OpenCount[], step: Step): DeadlineFigures {
  const mine = open.filter((o) => o.step === step);
  return {
    onTime: t.get(`${step}.onTime`),
    late: t.get(`${step}.late`) + mine.reduce((n, o) => n + o.late, 0),
    pending: mine.reduce((n, o) => n + o.pending, 0),
    medianDays: t.median(`${step}.days`),
  };
}

/**
 * The report's figures from a year's counts: every directorate in `directorates` (zeros where it had no complaint),
 * the totals and breakdowns over them. Counts of other directorates are left out.
 */
export function assembleYear(year: number, counts: YearCounts, directorates: readonly DirectorateCode[]): YearFigures {
  const total = new Tally();
  const per = new Map(directorates.map((code) => [code, new Tally()]));
  for (const c of counts.counts) {
    const mine = per.get(c.directorate);
    if (!mine) continue;
    mine.add(c);
    total.add(c);
  }
  const open = counts.open.filter((o) => per.has(o.directorate));
  const compared = total.get("changed.compared");
  return {
    year,
    totals: statistics(total, open),
    byDirectorate: directorates.map((code) => ({
      directorate: { code },
      statistics: statistics(
        per.get(code)!,
        open.filter((o) => o.directorate === code),
      ),
    })),
    inadmissibleByReason: Object.values(InadmissibilityReason).map((reason): ReasonCount => ({ reason, count: total.get(`reason.${reason}`) })),
    byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, received: total.get("month", i + 1) })),
    byCategory: Object.values(ComplaintCategory).map((category) => ({ category, received: total.get(`category.${category}`) })),
    byChannel: Object.values(Channel).map((channel) => ({ channel, received: total.get(`channel.${channel}`) })),
    byLanguage: Object.values(Language).map((language) => ({ language, received: total.get(`language.${language}`) })),
    byComplainantKind: Object.values(ComplainantKind).map((kind) => ({ kind, received: total.get(`kind.${kind}`) })),
    firstLineOutcomes: outcomes(total, "first"),
    secondLineOutcomes: outcomes(total, "second"),
    timeliness: {
      acknowledgements: deadline(total, open, "ack"),
      answers: deadline(total, open, "answer"),
      secondLineDecisions: deadline(total, open, "decision"),
    },
    secondLineChangedShare: compared ? total.get("changed.changed") / compared : null,
  };
}
