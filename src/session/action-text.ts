import { isValidDay } from "../dates.js";
import type { Action } from "../journal/entry.js";

/** A due date at the end of an action's text, after a space: `Send the quote @2026-12-01`. */
const DUE = /^(.*?)\s+@\s*(\S*)$/;

/** `Send the quote @2026-12-01` → an action due that day; any other text is the action as it is. */
export function parseAction(text: string): Omit<Action, "id" | "done"> {
  const m = DUE.exec(text.trim());
  if (m && m[1] && isValidDay(m[2]!)) return { text: m[1], due: m[2]! };
  return { text: text.trim() };
}

/** The `@…` of an action that looks meant as a due date but is not one (`@friday`, `@2026-02-30`). */
export function badDue(text: string): string | undefined {
  const m = DUE.exec(text.trim());
  return m && m[1] && !isValidDay(m[2]!) ? `@${m[2]}` : undefined;
}
