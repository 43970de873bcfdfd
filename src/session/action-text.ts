import { isValidDay } from "../dates.js";
import type { Action } from "../journal/entry.js";

/** `Send the quote @2026-12-01` → an action due that day; any other text is the action as it is. */
export function parseAction(text: string): Omit<Action, "id" | "done"> {
  const m = /^(.*?)\s*@\s*(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
  if (m && m[1] && isValidDay(m[2]!)) return { text: m[1], due: m[2]! };
  return { text: text.trim() };
}

/** Words that mean a day, written where a due date belongs: they would silently stay part of the text. */
const DAY_WORD = /^(today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|vandaag|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)$/i;

/**
 * The `@…` at the end of an action that is meant as a due date but is none (`@friday`,
 * `@2026-02-30`, `@1-12`). Anything else after an `@` (a name, `@jan`) is just text.
 */
export function badDue(text: string): string | undefined {
  const m = /\s@\s*(\S+)$/.exec(text.trim());
  if (!m || parseAction(text).due !== undefined) return undefined;
  return /^\d/.test(m[1]!) || DAY_WORD.test(m[1]!) ? `@${m[1]}` : undefined;
}
