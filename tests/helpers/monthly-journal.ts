import fs from "node:fs";
import path from "node:path";
import { writeEntries } from "../../src/demo/write.js";
import { daily, debrief, prep } from "./entries.js";
import { tempDir } from "./temp.js";

/**
 * A journal of `months` months from January of `firstYear`, `perMonth` entries in each: preps,
 * debriefs (with picks and actions, some done) and dailies by turns, customers spelled anew now
 * and then. `broken` are files (`YYYY/MM/name.yaml`) written as text that is not an entry.
 */
export async function monthlyJournal(opts: { firstYear: number; months: number; perMonth: number; broken: Record<string, string> }): Promise<{ journal: string; cacheDir: string }> {
  const dir = tempDir("monthly-");
  const entries = Array.from({ length: opts.months * opts.perMonth }, (_, i) => {
    const m = Math.floor(i / opts.perMonth);
    const day = `${opts.firstYear + Math.floor(m / 12)}-${String(1 + (m % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const customer = [`Acme BV`, `ACME bv`, `Bakkerij ${i % 5}`][i % 3]!;
    const open = { text: `Call back ${i}`, due: day };
    if (i % 3 === 0) return prep(day, { customer, actions: [open] });
    if (i % 3 === 1) return debrief(day, { customer, answers: { observed_emotions: ["worried", `tired ${i % 4}`], observed_needs: ["certainty"] }, actions: [{ ...open, done: i % 2 === 0 }] });
    return daily(day, { answers: { mood: 1 + (i % 5) } });
  });
  const journal = path.join(dir, "journal");
  await writeEntries(journal, entries);
  for (const [rel, text] of Object.entries(opts.broken)) fs.writeFileSync(path.join(journal, rel), text);
  return { journal, cacheDir: path.join(dir, "cache") };
}
