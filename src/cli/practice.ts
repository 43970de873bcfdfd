import { focusSteps } from "../exercises/forms.js";
import type { Exercise } from "../exercises/schema.js";
import type { Lang } from "../i18n/lang.js";
import { chooseFocus } from "../insights/focus.js";
import { DEFAULT_MIN_SAMPLE } from "../insights/summary.js";
import type { StoredEntry } from "../journal/entry.js";
import { focusLine } from "../render/focus-line.js";

export interface Practice {
  /** The rating step of the skill. */
  skill: string;
  /** Its short name ("listening without judgement"). */
  label: string;
  /** "Today, practise: … — your lowest lately, 2.8 over 5 calls". */
  line: string;
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
  const label = skillLabel(debrief, skill, lang)!;
  return { skill, label, line: focusLine(skill === chosen.skill ? chosen : undefined, label, DEFAULT_MIN_SAMPLE, lang) };
}

/** A skill's short name, for a step id of the debrief (a recap names the prep's). */
export function skillLabel(debrief: Exercise | undefined, skill: string | undefined, lang: Lang): string | undefined {
  return debrief && focusSteps(debrief).find((s) => s.id === skill)?.focus?.[lang];
}
