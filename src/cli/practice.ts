import { focusSteps } from "../exercises/forms.js";
import type { Exercise } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import { chooseFocus, type Focus } from "../insights/focus.js";
import type { StoredEntry } from "../journal/entry.js";

export interface Practice {
  /** The rating step of the skill. */
  skill: string;
  /** Its short name ("listening without judgement"). */
  label: string;
  /** Why the journal chose it; absent when it was planned before (by a prep, or a resumed draft). */
  why?: Focus;
}

/**
 * The listening skill to practise now, by the debrief exercise's skills and the journal; a skill
 * already planned (by the prep a debrief follows, or a resumed draft) is kept. None when the
 * exercise marks no skills.
 */
export function practice(entries: readonly StoredEntry[], debrief: Exercise, lang: Lang, planned?: string): Practice | undefined {
  const steps = focusSteps(debrief);
  const chosen = chooseFocus(
    entries.map((e) => e.entry),
    steps,
  );
  if (!chosen) return undefined;
  const skill = steps.some((s) => s.id === planned) ? planned! : chosen.skill;
  return { skill, label: skillLabel(debrief, skill, lang)!, ...(skill === chosen.skill && { why: chosen }) };
}

/**
 * "Today, practise: … — your lowest lately, 2.8 over 5 calls". Only a terminal shows it, so its
 * renderer (and the summary's minimum sample) load only there.
 */
export async function practiceLine(p: Practice, lang: Lang): Promise<string> {
  const [{ focusLine }, { DEFAULT_MIN_SAMPLE }] = await Promise.all([import("../render/focus-line.js"), import("../insights/summary.js")]);
  return focusLine(p.why, p.label, DEFAULT_MIN_SAMPLE, lang);
}

/** A skill's short name, for a step id of the debrief (a recap names the prep's). */
export function skillLabel(debrief: Exercise | undefined, skill: string | undefined, lang: Lang): string | undefined {
  return debrief && focusSteps(debrief).find((s) => s.id === skill)?.focus?.[lang];
}
