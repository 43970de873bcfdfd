import { STEP } from "../exercises/conventions.js";
import type { Menus } from "../exercises/load.js";
import type { Exercise } from "../exercises/schema.js";
import type { Accuracy, AccuracyItem } from "./model.js";
import { picksOf, type Dated, type JournalView } from "./journal-view.js";
import { menuIndex } from "./picks.js";
import { Acc, jaccard, metric } from "./stats.js";

/** Changes smaller than these count as flat: overlaps are 0..1, the self-score 0..2. */
export const OVERLAP_FLAT = 0.05;
export const SCORE_FLAT = 0.1;

/** Option id → its `value` (different 0, similar 1, same 2) of the debrief's guess_accuracy step. */
export function scoreOptions(debrief: Exercise): Map<string, number> {
  const step = debrief.steps.find((s) => s.id === STEP.guessAccuracy);
  const out = new Map<string, number>();
  if (step?.type === "choice") for (const o of step.options) if (o.value !== undefined) out.set(o.id, o.value);
  return out;
}

/**
 * Only menu picks are compared: free words are too loose ("a bit nervous" is not "nervous"),
 * and an overlap should reward reading the customer, not spelling alike.
 */
function menuSet(d: Dated | undefined, step: string, menu: ReadonlyMap<string, unknown>): Set<string> {
  const out = new Set<string>();
  if (d) for (const p of picksOf(d, step) ?? []) if (menu.has(p)) out.add(p);
  return out;
}

interface Accs {
  emotions: Acc;
  needs: Acc;
  score: Acc;
  gap: Acc;
}

const accs = (): Accs => ({ emotions: new Acc(), needs: new Acc(), score: new Acc(), gap: new Acc() });

/**
 * Empathic accuracy: for each debrief linked to a prep, how far the emotions and needs expected
 * beforehand overlap with those observed (Jaccard), beside the salesperson's own 0/1/2 score.
 * A prep that cannot be found (deleted, unreadable) leaves the overlaps null; the score stays.
 */
export function accuracy(view: JournalView, menus: Menus, debrief: Exercise, minSample: number): Accuracy {
  const emotionMenu = menuIndex(menus, "emotions");
  const needMenu = menuIndex(menus, "needs");
  const scores = scoreOptions(debrief);
  const maxScore = Math.max(0, ...scores.values());

  const measure = (d: Dated, into: Accs): AccuracyItem | undefined => {
    const prepId = d.entry.links?.prep;
    if (d.entry.kind !== "debrief" || !prepId) return undefined;
    const prep = view.prepsById.get(prepId);
    const overlap = (expected: string, observed: string, menu: ReadonlyMap<string, unknown>) =>
      prep ? jaccard(menuSet(prep, expected, menu), menuSet(d, observed, menu)) : null;
    const emotionsOverlap = overlap(STEP.expectedEmotions, STEP.observedEmotions, emotionMenu);
    const needsOverlap = overlap(STEP.expectedNeeds, STEP.observedNeeds, needMenu);
    const answer = d.answer(STEP.guessAccuracy);
    const selfScore = typeof answer === "string" ? (scores.get(answer) ?? null) : null;
    if (emotionsOverlap !== null) into.emotions.add(emotionsOverlap);
    if (needsOverlap !== null) into.needs.add(needsOverlap);
    if (selfScore !== null) into.score.add(selfScore);
    if (selfScore !== null && emotionsOverlap !== null && maxScore > 0) into.gap.add(selfScore / maxScore - emotionsOverlap);
    return {
      debrief: d.entry.id,
      prep: prepId,
      day: d.day,
      customer: d.entry.customer ?? null,
      emotionsOverlap,
      needsOverlap,
      selfScore,
    };
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

  return {
    items,
    emotions: metric(cur.emotions, prev.emotions, minSample, OVERLAP_FLAT),
    needs: metric(cur.needs, prev.needs, minSample, OVERLAP_FLAT),
    selfScore: metric(cur.score, prev.score, minSample, SCORE_FLAT),
    gap: cur.gap.mean(),
  };
}
