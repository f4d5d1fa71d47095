/** Server-rendered SVG charts for the printable report: no script, no external resource; every bar and segment carries its number as text and as data-value. */

/** Text for HTML and SVG, element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export interface Bar {
  /** A stable key (a code), in data-key. */
  key: string;
  label: string;
  value: number;
}

export interface Segment extends Bar {
  colour: string;
}

export interface Stack {
  key: string;
  label: string;
  segments: Segment[];
}

const BAR_COLOUR = "#2f5f8a";
const WIDTH = 640;
const LABEL_WIDTH = 250;
const ROW = 26;
const VALUE_GAP = 6;
const PLOT = WIDTH - LABEL_WIDTH - 60;

const scale = (value: number, max: number, size: number) => (max > 0 ? (value / max) * size : 0);
const svgOpen = (name: string, title: string, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${escapeXml(name)}" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeXml(title)}">`;
const bar = (b: Bar, x: number, y: number, w: number, h: number, colour: string) =>
  `<rect class="bar" data-key="${escapeXml(b.key)}" data-value="${b.value}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${h}" fill="${colour}"/>`;
const text = (cls: string, key: string, x: number, y: number, content: string | number, anchor = "start", extra = "") =>
  `<text class="${cls}" data-key="${escapeXml(key)}"${extra} x="${x.toFixed(1)}" y="${y}" text-anchor="${anchor}">${escapeXml(String(content))}</text>`;

/** Characters of a row label that fit beside the bars (11 px type); a longer one is cut with "…" and given whole as its tooltip. */
const LABEL_CHARACTERS = 36;
const rowLabel = (key: string, y: number, label: string) => {
  if (label.length <= LABEL_CHARACTERS) return text("label", key, LABEL_WIDTH - 8, y, label, "end");
  const short = `${label.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…`;
  return `<text class="label" data-key="${escapeXml(key)}" x="${LABEL_WIDTH - 8}" y="${y}" text-anchor="end"><title>${escapeXml(label)}</title>${escapeXml(short)}</text>`;
};

/** Horizontal bars, one row per item, the number after the bar. */
export function barChart(name: string, title: string, bars: readonly Bar[]): string {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW;
    const w = scale(b.value, max, PLOT);
    return [
      rowLabel(b.key, y + 16, b.label),
      bar(b, LABEL_WIDTH, y + 3, w, ROW - 8, BAR_COLOUR),
      text("value", b.key, LABEL_WIDTH + w + VALUE_GAP, y + 16, b.value),
    ].join("");
  });
  return `${svgOpen(name, title, height)}${rows.join("")}</svg>`;
}

/** Vertical columns (the months), the number above each column and the label below. */
export function columnChart(name: string, title: string, bars: readonly Bar[]): string {
  const plotHeight = 160;
  const top = 20;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const step = (WIDTH - 20) / Math.max(1, bars.length);
  const columns = bars.map((b, i) => {
    const h = scale(b.value, max, plotHeight);
    const x = 10 + i * step;
    const centre = x + step / 2;
    return [
      `<rect class="bar" data-key="${escapeXml(b.key)}" data-value="${b.value}" x="${(x + 6).toFixed(1)}" y="${(top + plotHeight - h).toFixed(1)}" width="${(step - 12).toFixed(1)}" height="${h.toFixed(1)}" fill="${BAR_COLOUR}"/>`,
      text("value", b.key, centre, Math.round(top + plotHeight - h - 5), b.value, "middle"),
      text("label", b.key, centre, top + plotHeight + 16, b.label, "middle"),
    ].join("");
  });
  return `${svgOpen(name, title, top + plotHeight + 26)}${columns.join("")}</svg>`;
}

/**
 * One stacked bar per row (on time / late / pending), scaled to the largest row; under each bar
 * every segment's number with its colour and name, so a segment too small to hold its number still shows it.
 */
export function stackedChart(name: string, title: string, stacks: readonly Stack[]): string {
  const rowHeight = ROW + 20;
  const max = Math.max(0, ...stacks.map((s) => s.segments.reduce((n, seg) => n + seg.value, 0)));
  const rows = stacks.map((stack, i) => {
    const y = 4 + i * rowHeight;
    let x = LABEL_WIDTH;
    const parts = [rowLabel(stack.key, y + 16, stack.label)];
    stack.segments.forEach((seg, j) => {
      const w = scale(seg.value, max, PLOT);
      const key = `${stack.key}.${seg.key}`;
      parts.push(bar({ ...seg, key }, x, y + 3, w, ROW - 8, seg.colour));
      x += w;
      // The legend uses the whole width: four outcomes with their names do not fit beside the labels.
      const legendX = 12 + j * ((WIDTH - 24) / stack.segments.length);
      parts.push(`<rect x="${legendX}" y="${y + ROW + 2}" width="9" height="9" fill="${seg.colour}"/>`);
      parts.push(text("value", key, legendX + 13, y + ROW + 11, `${seg.value} ${seg.label}`, "start", ` data-value="${seg.value}"`));
    });
    return parts.join("");
  });
  return `${svgOpen(name, title, stacks.length * rowHeight + 8)}${rows.join("")}</svg>`;
}
