/**
 * Inline SVG charts for the HTML review. Pure: data in, an `<svg>` string out. No script, no
 * external reference (not even an xmlns URL: inline SVG in HTML needs none), every user text
 * escaped. Each chart has `role="img"`, a `<title>` and an `aria-label`, the class `chart` and a
 * `data-chart` attribute naming its kind.
 */
import type { CalendarDay } from "../insights/model.js";
import { clip, safe, safeLine } from "../data/safe-text.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** User text for HTML (element content and quoted attributes): control characters replaced, markup escaped. */
export function esc(text: string): string {
  return safe(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The same on one line. */
export const escLine = (text: string): string => esc(safeLine(text));

/** Colours shared with the page's style sheet. */
export const COLOURS = {
  ink: "#1f2a37",
  muted: "#5b6777",
  grid: "#e3e6ea",
  accent: "#2f7d73",
  pleasant: "#3a9a8a",
  unpleasant: "#c0607c",
  unknown: "#9aa3b0",
  neutral: "#6f86b3",
  /** No entries, then 1, 2, 3, 4 or more a day. */
  heat: ["#eef0ec", "#cde6dd", "#97cbb9", "#58a48f", "#2c6f62"],
} as const;

const r1 = (x: number) => Math.round(x * 10) / 10;

function svg(kind: string, label: string, width: number, height: number, body: string): string {
  const l = escLine(label);
  return (
    `<svg class="chart chart-${kind}" data-chart="${kind}" role="img" aria-label="${l}" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" preserveAspectRatio="xMinYMin meet"><title>${l}</title>${body}</svg>`
  );
}

export interface CalendarText {
  label: string;
  /** Seven weekday names, Monday first. */
  weekdays: readonly string[];
  fewer: string;
  more: string;
  daily: string;
  /** Tooltip of one day, e.g. "2026-11-20: 3 entries". */
  day: (day: string, count: number) => string;
  /** A short label for the Monday that starts a column, e.g. "3 Nov". */
  week: (monday: string) => string;
}

/**
 * The habit calendar: 7 rows (Monday first) × one column per week (12), a cell per day shaded by
 * the number of entries, a dot where a daily reflection was written; days still to come are left out.
 */
export function calendarChart(days: readonly CalendarDay[], text: CalendarText): string {
  const cell = 16;
  const gap = 3;
  const step = cell + gap;
  const left = 30;
  const top = 18;
  const weeks = Math.max(1, Math.ceil(days.length / 7));
  const width = left + weeks * step + 4;
  const gridBottom = top + 7 * step;
  const height = gridBottom + 26;
  const parts: string[] = [];
  for (let d = 0; d < 7; d++) {
    const y = top + d * step + cell / 2 + 3.5;
    parts.push(`<text x="${left - 6}" y="${y}" text-anchor="end" class="axis">${escLine(text.weekdays[d] ?? "")}</text>`);
  }
  for (let w = 0; w < weeks; w++) {
    const monday = days[w * 7];
    if (monday && w % 4 === 0) parts.push(`<text x="${left + w * step}" y="11" class="axis">${escLine(text.week(monday.day))}</text>`);
    for (let d = 0; d < 7; d++) {
      const day = days[w * 7 + d];
      if (!day || day.future) continue;
      const x = left + w * step;
      const y = top + d * step;
      const level = Math.min(4, Math.max(0, Math.floor(day.count)));
      const tip = `<title>${escLine(text.day(day.day, day.count))}</title>`;
      parts.push(`<rect x="${x}" y="${y}" width="${cell}" height="${cell}" rx="3" fill="${COLOURS.heat[level]}">${tip}</rect>`);
      if (day.daily) parts.push(`<circle cx="${x + cell / 2}" cy="${y + cell / 2}" r="2.2" fill="${level >= 3 ? "#ffffff" : COLOURS.ink}" opacity=".75"/>`);
    }
  }
  // Legend: fewer ▢▢▢▢▢ more   • daily reflection
  const ly = gridBottom + 8;
  parts.push(`<text x="${left}" y="${ly + 9}" class="axis">${escLine(text.fewer)}</text>`);
  const lx = left + 8 + text.fewer.length * 5.6;
  COLOURS.heat.forEach((c, i) => parts.push(`<rect x="${r1(lx + i * 13)}" y="${ly}" width="11" height="11" rx="2" fill="${c}"/>`));
  const mx = lx + 5 * 13 + 3;
  parts.push(`<text x="${r1(mx)}" y="${ly + 9}" class="axis">${escLine(text.more)}</text>`);
  const dx = mx + text.more.length * 5.6 + 16;
  parts.push(`<circle cx="${r1(dx)}" cy="${ly + 5.5}" r="2.2" fill="${COLOURS.ink}" opacity=".75"/>`);
  parts.push(`<text x="${r1(dx + 7)}" y="${ly + 9}" class="axis">${escLine(text.daily)}</text>`);
  const legendWidth = dx + 12 + text.daily.length * 5.6;
  return svg("calendar", text.label, Math.ceil(Math.max(width, legendWidth)), height, parts.join(""));
}

export interface SparkPoint {
  label: string;
  value: number | null;
}

/**
 * A sparkline of weekly averages on the scale min..max: a line through the weeks with a value
 * (broken where a week has none), a dot on each, the last one stressed, and a faint band for the scale.
 */
export function sparklineChart(points: readonly SparkPoint[], min: number, max: number, label: string): string {
  const width = 150;
  const height = 34;
  const pad = 5;
  const n = points.length;
  const x = (i: number) => r1(n <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1));
  const y = (v: number) => r1(max <= min ? height / 2 : height - pad - ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * (height - 2 * pad));
  const parts = [
    `<rect x="0" y="0" width="${width}" height="${height}" rx="5" fill="#f1f4f3"/>`,
    `<rect x="0" y="${y((min + max) / 2)}" width="${width}" height="0.6" fill="${COLOURS.grid}"/>`,
  ];
  let d = "";
  let pen = false;
  points.forEach((p, i) => {
    if (p.value === null || !Number.isFinite(p.value)) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${x(i)} ${y(p.value)}`;
    pen = true;
  });
  if (d) parts.push(`<path d="${d}" fill="none" stroke="${COLOURS.accent}" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round"/>`);
  const last = points.reduce((k, p, i) => (p.value !== null && Number.isFinite(p.value) ? i : k), -1);
  points.forEach((p, i) => {
    if (p.value === null || !Number.isFinite(p.value)) return;
    const big = i === last;
    parts.push(`<circle cx="${x(i)}" cy="${y(p.value)}" r="${big ? 3.2 : 1.9}" fill="${big ? COLOURS.accent : "#ffffff"}" stroke="${COLOURS.accent}" stroke-width="1.2"><title>${escLine(p.label)}</title></circle>`);
  });
  return svg("ratings", label, width, height, parts.join(""));
}

export interface Bar {
  label: string;
  value: number;
  colour: string;
}

export interface LegendItem {
  label: string;
  colour: string;
}

/** A horizontal bar chart: label, bar, count; an optional legend of colours above the bars. */
export function barChart(kind: string, bars: readonly Bar[], label: string, legend: readonly LegendItem[] = []): string {
  const width = 440;
  const labelWidth = 150;
  const row = 22;
  const bar = 14;
  const top = legend.length ? 26 : 4;
  const height = top + Math.max(1, bars.length) * row + 2;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const room = width - labelWidth - 40;
  const parts: string[] = [];
  let lx = 0;
  for (const item of legend) {
    parts.push(`<rect x="${r1(lx)}" y="4" width="11" height="11" rx="2" fill="${item.colour}"/>`);
    parts.push(`<text x="${r1(lx + 16)}" y="13" class="axis">${escLine(item.label)}</text>`);
    lx += 16 + item.label.length * 7 + 18;
  }
  bars.forEach((b, i) => {
    const y = top + i * row;
    const w = r1(Math.max(2, (b.value / max) * room));
    parts.push(`<text x="${labelWidth - 8}" y="${y + bar - 2}" text-anchor="end" class="label">${escLine(clip(safeLine(b.label), 21))}<title>${escLine(b.label)}</title></text>`);
    parts.push(`<rect x="${labelWidth}" y="${y + 1}" width="${w}" height="${bar}" rx="3" fill="${b.colour}"/>`);
    parts.push(`<text x="${r1(labelWidth + w + 6)}" y="${y + bar - 2}" class="value">${b.value}</text>`);
  });
  if (bars.length === 0) parts.push(`<rect x="${labelWidth}" y="${top + 1}" width="${room}" height="${bar}" rx="3" fill="${COLOURS.grid}"/>`);
  return svg(kind, label, width, height, parts.join(""));
}

export interface Column {
  /** Under the column (may be empty). */
  label: string;
  value: number;
  /** Tooltip. */
  title: string;
}

/** A column chart on a zero baseline, e.g. entries per week: the value above each column. */
export function columnChart(kind: string, columns: readonly Column[], label: string): string {
  const col = 18;
  const gap = 6;
  const top = 16;
  const plot = 96;
  const left = 14; // room for the first label, centred under its column
  const width = left + Math.max(1, columns.length) * (col + gap) + 10;
  const height = top + plot + 18;
  const max = Math.max(1, ...columns.map((c) => c.value));
  const parts = [`<rect x="0" y="${top + plot}" width="${width}" height="1" fill="${COLOURS.grid}"/>`];
  columns.forEach((c, i) => {
    const x = left + i * (col + gap);
    const h = r1((c.value / max) * plot);
    if (c.value > 0) parts.push(`<rect x="${x}" y="${r1(top + plot - h)}" width="${col}" height="${h}" rx="3" fill="${COLOURS.pleasant}"><title>${escLine(c.title)}</title></rect>`);
    parts.push(`<text x="${x + col / 2}" y="${r1(top + plot - h - 4)}" text-anchor="middle" class="value">${c.value}</text>`);
    if (c.label) parts.push(`<text x="${x + col / 2}" y="${top + plot + 13}" text-anchor="middle" class="axis">${escLine(c.label)}</text>`);
  });
  return svg(kind, label, width, height, parts.join(""));
}
