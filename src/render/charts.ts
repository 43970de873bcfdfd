/** Small text charts for the terminal and Markdown. Pure: strings in, strings out, no colour. */
import type { Direction } from "../insights/model.js";
import { padEnd, textWidth } from "../data/safe-text.js";

const SPARKS = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] as const;
/** Shown for a missing value in a sparkline, and for a day without entries in the heat map. */
export const GAP = "·";

/** One character per value on the scale min..max; null is a gap. */
export function sparkline(values: readonly (number | null)[], min: number, max: number): string {
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return GAP;
      if (max <= min) return SPARKS[3];
      const f = Math.min(1, Math.max(0, (v - min) / (max - min)));
      return SPARKS[Math.round(f * (SPARKS.length - 1))];
    })
    .join("");
}

const PARTIAL = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"] as const;

/** A horizontal bar of at most `width` cells, in eighths of a cell; unpadded. */
export function bar(value: number, max: number, width: number): string {
  if (!(max > 0) || !(value > 0) || width <= 0) return "";
  const eighths = Math.round(Math.min(1, value / max) * width * 8);
  const full = Math.floor(eighths / 8);
  return "█".repeat(full) + PARTIAL[eighths % 8];
}

const SHADES = ["░", "▒", "▓", "█"] as const;

/** The heat map's cell for a day: · none, then ░ ▒ ▓ █ for 1, 2, 3, 4 or more entries. */
export function heatCell(count: number): string {
  if (!(count > 0)) return GAP;
  return SHADES[Math.min(SHADES.length, Math.floor(count)) - 1]!;
}

export interface HeatDay {
  count: number;
  future?: boolean;
}

/**
 * A calendar heat map: one row per weekday (Monday first), one column per week (oldest left).
 * `days` is a flat list, Monday first, 7 per week; days still to come stay blank.
 * `rowLabels` are the 7 weekday names, padded to the same width by the caller or here.
 */
export function heatMap(days: readonly HeatDay[], rowLabels: readonly string[], cellSep = " "): string[] {
  const weeks = Math.ceil(days.length / 7);
  const width = Math.max(0, ...rowLabels.map(textWidth));
  const rows: string[] = [];
  for (let wd = 0; wd < 7; wd++) {
    const cells: string[] = [];
    for (let w = 0; w < weeks; w++) {
      const d = days[w * 7 + wd];
      cells.push(!d || d.future ? " " : heatCell(d.count));
    }
    const label = rowLabels[wd] ?? "";
    rows.push(`${padEnd(label, width)} ${cells.join(cellSep)}`.trimEnd());
  }
  return rows;
}

export function trendArrow(direction: Direction): string {
  return direction === "up" ? "↑" : direction === "down" ? "↓" : "→";
}
