import { createHash } from "node:crypto";
import type { MessageLanguage } from "../../lib/i18n/language";
import { categoryBars, directorateBars, formatDate, formatNumber, monthBars, outcomeStacks, reasonBars, statisticColumns, timelinessStacks } from "./figures";
import { fill, type Labels } from "./labels";
import type { ReportData } from "./query";
import { barChart, columnChart, escapeXml as e, stackedChart } from "./svg";

const OUTCOME_COLUMNS = new Set(["founded", "partlyFounded", "unfounded", "noJudgement"]);

/** Screen and print (A4) in one sheet; system fonts only, nothing loaded from elsewhere. */
const CSS = `
@page { size: A4; margin: 16mm 14mm 18mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1d2630; margin: 0 auto; max-width: 190mm; padding: 12mm 0; font-size: 10.5pt; line-height: 1.4; }
header { border-bottom: 3px solid #2f5f8a; margin-bottom: 6mm; }
.organisation { color: #2f5f8a; font-weight: bold; margin: 0; }
h1 { font-size: 20pt; margin: 2mm 0; }
h2 { font-size: 13pt; color: #2f5f8a; border-bottom: 1px solid #c8d3de; padding-bottom: 1mm; margin: 7mm 0 3mm; }
.status { margin: 1mm 0 3mm; }
.status.draft { color: #8a4b00; font-weight: bold; }
blockquote { margin: 0 0 4mm; padding: 2mm 4mm; background: #eef3f7; border-left: 3px solid #2f5f8a; white-space: pre-line; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border-bottom: 1px solid #dde3ea; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
th { font-weight: 600; font-size: 8.5pt; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; border-top: 2px solid #1d2630; }
.key { width: auto; }
.key td.n { min-width: 20mm; }
figure { margin: 0 0 5mm; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: 1mm; }
svg.chart { display: block; max-width: 100%; height: auto; font-size: 11px; }
svg.chart text { fill: #1d2630; }
section { break-inside: auto; }
table, tr { break-inside: avoid; page-break-inside: avoid; }
.wide { overflow-x: auto; }
table.directorates th, table.directorates td { font-size: 8pt; padding: 1mm; }
table.directorates td:first-child { width: 28%; }
.notes { margin: 1mm 0 0; padding-left: 4mm; color: #3d4752; font-size: 8.5pt; }
footer { margin-top: 8mm; color: #5b6570; font-size: 8.5pt; border-top: 1px solid #c8d3de; padding-top: 2mm; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; page-break-after: avoid; } .wide { overflow: visible; } }
`;

/** The Content-Security-Policy of the document: nothing but its own inline style (by hash); no script, no font, no image, no request anywhere. */
export const REPORT_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(CSS).digest("base64")}'`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export interface DocumentOptions {
  language: MessageLanguage;
  labels: Labels;
  /** The coordinator's directorate name; absent for the whole FOD. */
  directorate?: string;
  /** When the document was produced. */
  now: Date;
}

const figure = (name: string, title: string, svg: string) => `<figure data-figure="${name}"><figcaption>${e(title)}</figcaption>${svg}</figure>`;

export function renderHtml(r: ReportData, o: DocumentOptions): string {
  const { labels: l, language } = o;
  const num = (v: number | null) => e(formatNumber(v, language));
  const title = fill(l.title, { year: r.year });
  const status = r.publication
    ? `<p class="status published" data-version="${r.publication.version}">${e(fill(l.published, { version: r.publication.version, date: formatDate(r.publication.publishedAt, language, true) }))}</p>` +
      `<blockquote><strong>${e(l.note)}:</strong> ${e(r.publication.note)}</blockquote>`
    : `<p class="status draft">${e(fill(l.draft, { date: formatDate(o.now, language, true) }))}</p>`;
  const columns = statisticColumns(l);
  const keyFigures = columns.map((c) => `<tr><td>${e(c.label)}</td><td class="n" data-key="${c.key}">${num(r.totals[c.key])}</td></tr>`).join("");
  const charts = [
    figure("by-month", l.chartMonths, columnChart("by-month", l.chartMonths, monthBars(r, l))),
    figure("by-directorate", l.chartDirectorates, barChart("by-directorate", l.chartDirectorates, directorateBars(r))),
    figure("by-category", l.chartCategories, barChart("by-category", l.chartCategories, categoryBars(r, l))),
    figure("timeliness", l.chartTimeliness, stackedChart("timeliness", l.chartTimeliness, timelinessStacks(r, l))),
    figure("outcomes", l.chartOutcomes, stackedChart("outcomes", l.chartOutcomes, outcomeStacks(r, l))),
  ].join("");
  // The outcomes per directorate are left to the CSV: twelve columns do not fit an A4 page.
  const perDirectorate = columns.filter((c) => !OUTCOME_COLUMNS.has(c.key));
  const header = `<tr><th>${e(l.directorate)}</th>${perDirectorate.map((c) => `<th class="n">${e(c.label)}</th>`).join("")}</tr>`;
  const directorateRow = (name: string, s: ReportData["totals"], cls = "") =>
    `<tr${cls}><td>${e(name)}</td>${perDirectorate.map((c) => `<td class="n">${num(s[c.key])}</td>`).join("")}</tr>`;
  const directorates =
    r.byDirectorate.map((d) => directorateRow(d.directorate.name, d.statistics)).join("") + directorateRow(l.total, r.totals, ' class="total"');
  const reasons = reasonBars(r, l)
    .map((b) => `<tr><td>${e(b.label)}</td><td class="n">${num(b.value)}</td></tr>`)
    .join("");
  const notes = (list: ReportData["actionPlan"][number]["progressNotes"]) =>
    list.length ? `<ul class="notes">${list.map((n) => `<li>${e(n.text)}</li>`).join("")}</ul>` : "";
  const actions = r.actionPlan.length
    ? `<table><tr><th>${e(l.action)}</th><th>${e(l.owner)}</th><th>${e(l.dueAt)}</th><th>${e(l.status)}</th></tr>${r.actionPlan
        .map(
          (a) =>
            `<tr><td><strong>${e(a.title)}</strong>${a.description ? `<br>${e(a.description)}` : ""}${notes(a.progressNotes)}</td><td>${e(a.directorate?.name ?? l.wholeFod)}</td><td>${a.dueAt ? e(formatDate(a.dueAt, language)) : ""}</td><td>${e(l.statuses[a.status] ?? a.status)}</td></tr>`,
        )
        .join("")}</table>`
    : `<p>${e(l.noActions)}</p>`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>${e(title)}</title><style>${CSS}</style></head>
<body data-year="${r.year}">
<header><p class="organisation">${e(l.organisation)}</p><h1>${e(title)}</h1><p class="scope">${e(o.directorate ? fill(l.scopeDirectorate, { name: o.directorate }) : l.scopeFod)}</p>${status}</header>
<section id="key-figures"><h2>${e(l.keyFigures)}</h2><table class="key">${keyFigures}</table></section>
<section id="charts">${charts}</section>
<section id="directorates"><h2>${e(l.tableDirectorates)}</h2><div class="wide"><table class="directorates">${header}${directorates}</table></div></section>
<section id="reasons"><h2>${e(l.inadmissibleByReason)}</h2><table class="key">${reasons}</table></section>
<section id="action-plan"><h2>${e(l.actionPlan)}</h2>${actions}</section>
<footer>${e(fill(l.generated, { date: formatDate(o.now, language, true) }))}</footer>
</body></html>
`;
}
