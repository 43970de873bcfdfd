import type { Streak } from "../insights/streak.js";
import type { TodayStatus } from "../insights/status.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/index.js";
import { safeLine } from "../data/safe-text.js";
import { style } from "./style.js";

export function streakLine(s: Streak, lang: Lang): string {
  const m = t(lang).status;
  if (s.current === 0) {
    if (!s.ended) return m.noStreak;
    const longest = s.longest > s.ended.length ? ` ${style.dim(`(${m.longest(s.longest)})`)}` : "";
    return `${m.streakEnded(s.ended.length, s.ended.lastDay, s.ended.endedOn)}${longest}`;
  }
  return `${style.yellow("★")} ${m.streak(s.current)}${s.longest > s.current ? style.dim(`  (${m.longest(s.longest)})`) : ""}`;
}

export function statusLines(s: TodayStatus, lang: Lang): string[] {
  const m = t(lang).status;
  const lines = [
    s.streak.doneToday ? `${style.green("✓")} ${m.dailyDone}` : `${style.yellow("○")} ${m.dailyMissing}`,
    streakLine(s.streak, lang),
  ];
  if (s.waitingPreps.length > 0) {
    lines.push(`${style.cyan("→")} ${m.waiting(s.waitingPreps.length)}`);
    for (const p of s.waitingPreps.slice(0, 3)) lines.push(style.dim(`    ${safeLine(p.customer ?? "")}  ${p.id}`));
  }
  if (s.openActions > 0) {
    const overdue = s.overdueActions > 0 ? style.red(`, ${m.overdue(s.overdueActions)}`) : "";
    lines.push(`${style.cyan("→")} ${m.open(s.openActions)}${overdue}`);
  }
  if (s.entries === 0) lines.push(style.dim(m.welcome));
  return lines;
}
