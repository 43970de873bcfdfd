import type { Entry } from "./entry.js";
import type { AnswerValue } from "../exercises/schema.js";
import { compactAnswer, UNKNOWN } from "./lazy-entry.js";

/**
 * Where each step's answer was last found. Entries that follow the same exercise list their
 * answers in the same order, so a look-up almost always hits at once: no scan, no map per entry.
 * Only a speed-up: a miss falls back to the scan, so results never depend on it.
 */
const positionHint = new Map<string, number>();

/** An entry with its local day: `createdAt`'s own date, no Date parsing. */
export class Dated {
  constructor(
    readonly entry: Entry,
    readonly day: string,
  ) {}

  /** The answer to a step. (Should a hand edit repeat a step, one of its answers is used.) */
  answer(step: string): AnswerValue | undefined {
    // From the index, ratings and picks come without reading the entry's free text.
    const known = compactAnswer(this.entry, step);
    if (known !== UNKNOWN) return known;
    const list = this.entry.answers;
    const hint = positionHint.get(step);
    if (hint !== undefined && hint < list.length && list[hint]!.step === step) return list[hint]!.answer;
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.step === step) {
        positionHint.set(step, i);
        return list[i]!.answer;
      }
    }
    return undefined;
  }
}

/** A menu step's picks: the answer's strings, trimmed, empty ones and repeats dropped. */
export function picksOf(d: Dated, step: string): string[] | undefined {
  const a = d.answer(step);
  if (!Array.isArray(a)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const p = a[i];
    const v = typeof p === "string" ? p.trim() : "";
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}
