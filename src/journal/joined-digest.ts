import { allTrusted, loadJoined, saveJoined, statSumOf } from "./index-store.js";
import { isJoinedContents, joinDigests, type JoinedContents } from "./month-digest.js";
import type { MonthRead, Place } from "./month-read.js";
import type { Digested } from "./read.js";
import type { MonthFiles } from "./scan.js";

/**
 * The months before a report's window come as digests, one file per month: a warm summary of ten
 * years read 120 of them, and parsing them was a tenth of its time. The oldest of them are kept
 * joined as well, in one digest (see `joinDigests`) that stands for them while each of their
 * files is as it was (the same sums of stat data as their own digests hold). The latest months
 * before a window are left out of it: windows from a week to half a year then start after all of
 * its months and share it, and it is written again about once a month, as the windows move on.
 */
export const LEFT_OUT = 12;

/**
 * The joined digest as a read's first slot, when it holds for the scan's first months and all its
 * entries lie before the window (`before`); `span`: how many months it stands for while their files
 * are as they were, whether or not it fits this window.
 */
export function joinedFor(place: Place, journal: string, months: readonly MonthFiles[], before: string): { slot?: Digested; span: number } {
  const kept = loadJoined(place.dir, journal, place.seal);
  if (!kept || kept.months.length > months.length || !isJoinedContents(kept.contents) || kept.contents.skipped.length !== kept.months.length) return { span: 0 };
  const holds = kept.months.every(([month, statSum], i) => months[i]!.month === month && allTrusted(months[i]!, { statSum, writtenMs: kept.writtenMs }));
  if (!holds) return { span: 0 };
  const { digest, skipped } = kept.contents;
  const span = kept.months.length;
  return digest.lastDay < before ? { slot: { digest, months: months.slice(0, span), skipped }, span } : { span };
}

/**
 * Joins the months that came as digests at the start of this read, but the latest `LEFT_OUT`,
 * when they are more than the joined digest kept stands for (`span`). Called once the read has
 * found its digests fit the entries (see read.ts): what it joins holds for the very files scanned.
 */
export async function keepJoined(place: Place, journal: string, slots: readonly (MonthRead | Digested)[], span: number): Promise<void> {
  const lead: Digested[] = [];
  for (const slot of slots) {
    if ("files" in slot) break;
    lead.push(slot);
  }
  const target = lead.reduce((n, d) => n + d.months.length, 0) - LEFT_OUT;
  if (target < 2 || target <= span) return;
  // Only the first slot can stand for several months (the joined digest, of fewer than `target`):
  // the latest `LEFT_OUT` are one month each.
  const taken = lead.slice(0, -LEFT_OUT);
  const months = taken.flatMap((d) => d.months);
  const contents: JoinedContents = { digest: joinDigests(taken.map((d) => d.digest)), skipped: taken.flatMap((d) => d.skipped) };
  try {
    await saveJoined(place.dir, journal, months.map((m) => [m.month, statSumOf(m.names, m.stats)]), contents, place.seal);
  } catch {
    /* read-only or full disk: the months are read one by one, as before */
  }
}
