import type { MessageLanguage } from "../../lib/i18n/language";
import { formatDate, statisticColumns } from "./figures";
import { fill, type Labels } from "./labels";
import type { ReportData } from "./query";

/** What Excel in Belgium opens as columns without an import dialog: UTF-8 with a byte order mark, ';' between fields, CRLF, decimal commas. */
const BOM = "\uFEFF";
const SEPARATOR = ";";

/**
 * One field: quoted when it holds the separator, a quote or a line break; a text starting with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet never runs it as a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (fields: (string | number | null)[]) => fields.map(csvField).join(SEPARATOR);

/** The figures of the document as blocks of rows (a heading row, a header, the rows), a blank line between blocks. */
export function renderCsv(r: ReportData, l: Labels, language: MessageLanguage): string {
  const n = (v: number | null) => (v === null ? "" : String(v).replace(".", ","));
  const columns = statisticColumns(l);
  const blocks: (string | number | null)[][][] = [
    [
      [fill(l.title, { year: r.year })],
      [l.year, r.year],
      [l.version, r.publication ? r.publication.version : ""],
      [l.publishedAt, r.publication ? formatDate(r.publication.publishedAt, language, true) : ""],
      [l.note, r.publication?.note ?? ""],
    ],
    [
      [l.tableDirectorates],
      [l.directorate, ...columns.map((c) => c.label)],
      ...r.byDirectorate.map((d) => [d.directorate.name, ...columns.map((c) => n(d.statistics[c.key]))]),
      [l.total, ...columns.map((c) => n(r.totals[c.key]))],
    ],
    [[l.chartMonths], [l.month, l.received], ...r.byMonth.map((m) => [l.months[m.month - 1], m.received])],
    [[l.chartCategories], [l.category, l.received], ...r.byCategory.map((c) => [l.categories[c.category] ?? c.category, c.received])],
    [[l.inadmissibleByReason], [l.reason, l.count], ...r.inadmissibleByReason.map((c) => [l.reasons[c.reason] ?? c.reason, c.count])],
    [
      [l.chartOutcomes],
      ["", l.founded, l.partlyFounded, l.unfounded, l.noJudgement],
      ...(
        [
          [l.finalOutcome, r.totals],
          [l.firstLine, r.firstLineOutcomes],
          [l.secondLine, r.secondLineOutcomes],
        ] as const
      ).map(([label, o]) => [label, o.founded, o.partlyFounded, o.unfounded, o.noJudgement]),
    ],
    [
      [l.chartTimeliness],
      ["", l.onTime, l.late, l.pending, l.medianDays],
      ...(["acknowledgements", "answers", "secondLineDecisions"] as const).map((k) => {
        const d = r.timeliness[k];
        return [l[k], d.onTime, d.late, d.pending, n(d.medianDays)];
      }),
    ],
    [
      [l.actionPlan],
      [l.action, l.owner, l.dueAt, l.status],
      ...r.actionPlan.map((a) => [a.title, a.directorate?.name ?? l.wholeFod, a.dueAt ? formatDate(a.dueAt, language) : "", l.statuses[a.status] ?? a.status]),
    ],
  ];
  return BOM + blocks.map((block) => block.map(row).join("\r\n")).join("\r\n\r\n") + "\r\n";
}
