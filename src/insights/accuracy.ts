import { STEP } from "../exercises/conventions.js";
import type { Menus } from "../exercises/load.js";
import type { Exercise } from "../exercises/schema.js";
import type { Accuracy, AccuracyClaim, AccuracyItem, Agreement, MeasuredClass } from "./model.js";
import type { JournalView } from "./journal-view.js";
import { picksOf, type Dated } from "../journal/dated.js";
import { menuIndex } from "./picks.js";
import { Acc, jaccard, metric, signTest, trend } from "./stats.js";

/** Changes smaller than these count as flat: overlaps and shares are 0..1, the self-score 0..2. */
export const OVERLAP_FLAT = 0.05;
export const SCORE_FLAT = 0.1;

/**
 * An overlap of at least this much counts as "essentially the same": two of three picks shared
 * (expected {a, b}, seen {a, b, c}) is what a salesperson would call the same reading.
 */
export const SAME_FROM = 2 / 3;

/** A lean to one side is claimed only when a two-sided sign test gives at most this p. */
export const CLAIM_P = 0.1;

/** Option id → its `value` (different 0, similar 1, same 2) of the debrief's guess_accuracy step. */
export function scoreOptions(debrief: Exercise): Map<string, number> {
  const step = debrief.steps.find((s) => s.id === STEP.guessAccuracy);
  const out = new Map<string, number>();
  if (step?.type === "choice") for (const o of step.options) if (o.value !== undefined) out.set(o.id, o.value);
  return out;
}

/**
 * The measured side on the self-score's own scale, from the overlap of emotions and needs
 * together: nothing shared is different (0), the same picks or at least two thirds shared is
 * essentially the same (2), anything between is similar (1).
 */
export function measuredClass(overlap: number | null): MeasuredClass | null {
  if (overlap === null) return null;
  if (overlap === 0) return 0;
  return overlap >= SAME_FROM - 1e-9 ? 2 : 1;
}

/**
 * Only menu picks are compared: free words are too loose ("a bit nervous" is not "nervous"),
 * and an overlap should reward reading the customer, not spelling alike. Keys are prefixed so
 * that an emotion and a need of the same id stay apart in the combined set.
 */
function menuSet(d: Dated | undefined, step: string, menu: ReadonlyMap<string, unknown>, prefix: string, into = new Set<string>()): Set<string> {
  if (d) for (const p of picksOf(d, step) ?? []) if (menu.has(p)) into.add(prefix + p);
  return into;
}

interface Accs {
  emotions: Acc;
  needs: Acc;
  score: Acc;
  agreement: Agreement;
}

const agreementOf = (): Agreement => ({ n: 0, agree: 0, over: 0, under: 0, share: null });
const accs = (): Accs => ({ emotions: new Acc(), needs: new Acc(), score: new Acc(), agreement: agreementOf() });

/** What may be said of the self-scores against the measured classes; see README's Figures. */
export function claimOf(a: Agreement, minSample: number): AccuracyClaim {
  if (a.n < minSample) return "too-few";
  if (signTest(a.over, a.under) <= CLAIM_P) return a.over > a.under ? "higher" : "lower";
  return "no-lean";
}

/**
 * Empathic accuracy: for each debrief linked to a prep, the emotions and needs expected beforehand
 * against those observed, put on the self-score's three-point scale and compared with it. The raw
 * overlaps (Jaccard, per menu) are kept beside it. A prep that cannot be found (deleted,
 * unreadable) leaves the measured side null; the self-score stays.
 */
export function accuracy(view: JournalView, menus: Menus, debrief: Exercise, minSample: number): Accuracy {
  const emotionMenu = menuIndex(menus, "emotions");
  const needMenu = menuIndex(menus, "needs");
  const scores = scoreOptions(debrief);

  const measure = (d: Dated, into: Accs): AccuracyItem | undefined => {
    const prepId = d.entry.links?.prep;
    if (d.entry.kind !== "debrief" || !prepId) return undefined;
    const prep = view.prepsById.get(prepId);
    const expected = (step: string, menu: ReadonlyMap<string, unknown>, prefix: string, into?: Set<string>) => menuSet(prep, step, menu, prefix, into);
    const observed = (step: string, menu: ReadonlyMap<string, unknown>, prefix: string, into?: Set<string>) => menuSet(d, step, menu, prefix, into);
    const emotionsOverlap = prep ? jaccard(expected(STEP.expectedEmotions, emotionMenu, ""), observed(STEP.observedEmotions, emotionMenu, "")) : null;
    const needsOverlap = prep ? jaccard(expected(STEP.expectedNeeds, needMenu, ""), observed(STEP.observedNeeds, needMenu, "")) : null;
    const overlap = prep
      ? jaccard(
          expected(STEP.expectedNeeds, needMenu, "n:", expected(STEP.expectedEmotions, emotionMenu, "e:")),
          observed(STEP.observedNeeds, needMenu, "n:", observed(STEP.observedEmotions, emotionMenu, "e:")),
        )
      : null;
    const measured = measuredClass(overlap);
    const answer = d.answer(STEP.guessAccuracy);
    const selfScore = typeof answer === "string" ? (scores.get(answer) ?? null) : null;
    if (emotionsOverlap !== null) into.emotions.add(emotionsOverlap);
    if (needsOverlap !== null) into.needs.add(needsOverlap);
    if (selfScore !== null) into.score.add(selfScore);
    if (selfScore !== null && measured !== null) {
      const a = into.agreement;
      a.n++;
      if (selfScore === measured) a.agree++;
      else if (selfScore > measured) a.over++;
      else a.under++;
    }
    return { debrief: d.entry.id, prep: prepId, day: d.day, customer: d.entry.customer ?? null, emotionsOverlap, needsOverlap, overlap, measured, selfScore };
  };

  const cur = accs();
  const prev = accs();
  const items: AccuracyItem[] = [];
  for (const d of view.current) {
    const item = measure(d, cur);
    if (item) items.push(item);
  }
  for (const d of view.previous) measure(d, prev);
  items.sort((a, b) => (a.debrief < b.debrief ? 1 : a.debrief > b.debrief ? -1 : 0));

  const withShare = (a: Agreement): Agreement => ({ ...a, share: a.n === 0 ? null : a.agree / a.n });
  const agreement = withShare(cur.agreement);
  const previous = withShare(prev.agreement);
  return {
    items,
    agreement: {
      ...agreement,
      claim: claimOf(agreement, minSample),
      previous,
      ...trend(Acc.of(agreement.agree, agreement.n), Acc.of(previous.agree, previous.n), minSample, OVERLAP_FLAT),
    },
    emotions: metric(cur.emotions, prev.emotions, minSample, OVERLAP_FLAT),
    needs: metric(cur.needs, prev.needs, minSample, OVERLAP_FLAT),
    selfScore: metric(cur.score, prev.score, minSample, SCORE_FLAT),
  };
}
