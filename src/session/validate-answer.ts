import type { Menus } from "../exercises/load.js";
import { flattenMenu, type MenuEntry } from "../exercises/menus.js";
import type { AnswerValue, Exercise, Step } from "../exercises/schema.js";
import type { Entry } from "../journal/entry.js";
import { t } from "../i18n/index.js";
import { STEP } from "../exercises/conventions.js";
import { badDue } from "./action-text.js";

export type Checked = { ok: true; value: AnswerValue | undefined } | { ok: false; expected: string };

const YES = new Set(["yes", "y", "true", "ja", "j"]);
const NO = new Set(["no", "n", "false", "nee"]);

function asText(raw: unknown): string | undefined | null {
  if (typeof raw === "number") return String(raw);
  if (typeof raw !== "string") return null;
  return raw.trim() === "" ? undefined : raw.trim();
}

function asList(raw: unknown): string[] | null {
  if (typeof raw === "string") return raw.trim() ? [raw.trim()] : [];
  if (!Array.isArray(raw)) return null;
  const items: string[] = [];
  for (const item of raw) {
    if (typeof item === "number") items.push(String(item));
    else if (typeof item !== "string") return null;
    else if (item.trim()) items.push(item.trim());
  }
  return items;
}

/** Menu picks by id, or by label in either language; anything else is kept as a free word. */
export function normalizePicks(items: string[], menu: readonly MenuEntry[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const key = item.toLowerCase();
    const hit = menu.find((m) => m.id === key || m.label.en.toLowerCase() === key || m.label.nl.toLowerCase() === key);
    const value = hit ? hit.id : item;
    if (!out.includes(value)) out.push(value);
  }
  return out;
}

/** What a step accepts, in words, for error messages. */
export function expectedFor(step: Step): string {
  const m = t().errors.expected;
  switch (step.type) {
    case "text":
    case "longtext":
    case "rotating":
      return m.text;
    case "choice":
      return m.oneOf(step.options.map((o) => o.id).join(", "));
    case "multi":
      return m.listOf(step.options.map((o) => o.id).join(", "));
    case "rating":
      return m.whole(step.min, step.max);
    case "confirm":
      return m.boolean;
    case "list":
      return step.id === STEP.actions ? m.actions : m.texts;
    case "emotions":
      return m.emotions;
    case "needs":
      return m.needs;
  }
}

/**
 * Checks and normalises one raw answer against its step. `undefined`, an empty text or an empty
 * list mean "no answer"; whether that is allowed is the engine's concern.
 */
export function checkAnswer(step: Step, raw: unknown, menu: readonly MenuEntry[] = []): Checked {
  const bad: Checked = { ok: false, expected: expectedFor(step) };
  if (raw === undefined || raw === null) return { ok: true, value: undefined };
  switch (step.type) {
    case "text":
    case "longtext":
    case "rotating": {
      const v = asText(raw);
      return v === null ? bad : { ok: true, value: v };
    }
    case "choice": {
      const v = asText(raw);
      if (v === undefined) return { ok: true, value: undefined };
      return v !== null && step.options.some((o) => o.id === v) ? { ok: true, value: v } : bad;
    }
    case "multi": {
      const v = asList(raw);
      if (!v || v.some((id) => !step.options.some((o) => o.id === id))) return bad;
      return { ok: true, value: v.length ? [...new Set(v)] : undefined };
    }
    case "rating":
      return typeof raw === "number" && Number.isInteger(raw) && raw >= step.min && raw <= step.max
        ? { ok: true, value: raw }
        : bad;
    case "confirm": {
      if (typeof raw === "boolean") return { ok: true, value: raw };
      const s = typeof raw === "string" ? raw.trim().toLowerCase() : "";
      return YES.has(s) ? { ok: true, value: true } : NO.has(s) ? { ok: true, value: false } : bad;
    }
    case "list": {
      const v = asList(raw);
      if (v === null || (step.id === STEP.actions && v.some((item) => badDue(item)))) return bad;
      return { ok: true, value: v.length ? v : undefined };
    }
    case "emotions":
    case "needs": {
      const v = asList(raw);
      return v === null ? bad : { ok: true, value: v.length ? normalizePicks(v, menu) : undefined };
    }
  }
}

/**
 * Whether an entry's answers fit the steps of its exercise, as the flows would have let them: a
 * hand edit may put a 17 on a 1–5 rating, which the analysis would then quietly leave out.
 * Answers to steps the exercise no longer has are left alone.
 */
export function entryAnswersProblem(entry: Entry, exercise: Exercise | undefined, menus: Menus): string | undefined {
  for (const a of entry.answers) {
    const step = exercise?.steps.find((s) => s.id === a.step);
    // Actions are kept as they were written (older entries may end in "@friday"): not re-checked.
    if (!step || step.id === STEP.actions) continue;
    const menu = step.type === "emotions" || step.type === "needs" ? flattenMenu(menus, step.type) : [];
    if (a.type !== step.type || !checkAnswer(step, a.answer, menu).ok) return t().errors.answerMismatch(a.step, expectedFor(step));
  }
  return undefined;
}
