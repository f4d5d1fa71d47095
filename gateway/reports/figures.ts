import type { MessageLanguage } from "../../lib/i18n/language";
import type { Labels } from "./labels";
import { STATISTICS, type ReportData } from "./query";
import type { Bar, Stack } from "./svg";

/** The figures of the document, named in its language: the charts draw these and the CSV lists them, so both show the same numbers. */

const OUTCOME_KEYS = ["founded", "partlyFounded", "unfounded", "noJudgement"] as const;
const DEADLINE_KINDS = ["acknowledgements", "answers", "secondLineDecisions"] as const;
export const OUTCOME_COLOURS = { founded: "#b5482c", partlyFounded: "#d99a2b", unfounded: "#3c7d4f", noJudgement: "#8a8f98" } as const;
export const DEADLINE_COLOURS = { onTime: "#3c7d4f", late: "#b5482c", pending: "#a9b0ba" } as const;

export const monthBars = (r: ReportData, l: Labels): Bar[] =>
  r.byMonth.map((m) => ({ key: String(m.month), label: l.months[m.month - 1].slice(0, 3), value: m.received }));

export const directorateBars = (r: ReportData): Bar[] =>
  r.byDirectorate.map((d) => ({ key: d.directorate.code, label: d.directorate.name, value: Number(d.statistics.received) }));

export const categoryBars = (r: ReportData, l: Labels): Bar[] =>
  r.byCategory.map((c) => ({ key: c.category, label: l.categories[c.category] ?? c.category, value: c.received }));

export const reasonBars = (r: ReportData, l: Labels): Bar[] =>
  r.inadmissibleByReason.map((c) => ({ key: c.reason, label: l.reasons[c.reason] ?? c.reason, value: c.count }));

export const timelinessStacks = (r: ReportData, l: Labels): Stack[] =>
  DEADLINE_KINDS.map((kind) => ({
    key: kind,
    label: l[kind],
    segments: (["onTime", "late", "pending"] as const).map((s) => ({ key: s, label: l[s], value: r.timeliness[kind][s], colour: DEADLINE_COLOURS[s] })),
  }));

/** Final outcomes (statistics), and each line's own. */
export const outcomeStacks = (r: ReportData, l: Labels): Stack[] =>
  (
    [
      ["final", l.finalOutcome, r.totals],
      ["firstLine", l.firstLine, r.firstLineOutcomes],
      ["secondLine", l.secondLine, r.secondLineOutcomes],
    ] as const
  ).map(([key, label, figures]) => ({
    key,
    label,
    segments: OUTCOME_KEYS.map((o) => ({ key: o, label: l[o], value: Number(figures[o] ?? 0), colour: OUTCOME_COLOURS[o] })),
  }));

/** The statistics in table order, with their labels. */
export const statisticColumns = (l: Labels) => STATISTICS.map((key) => ({ key, label: l[key] }));

/** A number as the language writes it (decimal comma in nl/fr/de); "–" for none. */
export function formatNumber(value: number | null, language: MessageLanguage): string {
  if (value === null || value === undefined) return "–";
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(value);
}

/** A date (and time) as the language writes it, in Brussels. */
export function formatDate(iso: string | Date, language: MessageLanguage, withTime = false): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: "Europe/Brussels",
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" } : {}),
  }).format(new Date(iso));
}

export const LOCALES: Record<MessageLanguage, string> = { nl: "nl-BE", fr: "fr-BE", de: "de-BE", en: "en-GB" };
