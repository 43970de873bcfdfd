import { focusSteps } from "../exercises/forms.js";
import type { Exercise } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import type { Focus } from "../insights/focus.js";

export interface Practice {
  /** The rating step of the skill. */
  skill: string;
  /** Its short name ("listening without judgement"). */
  label: string;
  /** Why the journal chose it; absent when it was planned before (by a prep, or a resumed draft). */
  why?: Focus;
}

/**
 * The listening skill to practise now: the one the journal chose among the debrief exercise's
 * skills (`chosen`, see insights/focus), unless one was already planned (by the prep a debrief
 * follows, or a resumed draft). None when the exercise marks no skills.
 */
export function practice(chosen: Focus | undefined, debrief: Exercise, lang: Lang, planned?: string): Practice | undefined {
  const steps = focusSteps(debrief);
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
