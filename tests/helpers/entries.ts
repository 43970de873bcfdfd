/**
 * Journal entries built by hand for unit tests: only what a test cares about is given, the rest
 * is filled in the way the tool writes it. Ids are unique and sort by time, like real ones.
 */
import { loadExercises, loadMenus, pickExercise, type Menus } from "../../src/exercises/load.js";
import type { Exercise } from "../../src/exercises/schema.js";
import { DEFAULT_RULES } from "../../src/insights/streak.js";
import { summarize, type Summary, type SummaryInput } from "../../src/insights/summary.js";
import { SCHEMA_VERSION, type Action, type Entry } from "../../src/journal/entry.js";
import type { NewEntry } from "../../src/journal/write.js";
import type { Phase } from "../../src/exercises/phases.js";
import type { AnswerValue } from "../../src/exercises/schema.js";
import { reportJson } from "../../src/insights/json.js";

export interface EntrySpec {
  /** HH:MM, default a time that keeps the order of creation within the day. */
  time?: string;
  customer?: string;
  /** The prep a debrief follows (its id). */
  prep?: string;
  answers?: Record<string, AnswerValue>;
  actions?: (Partial<Action> & { text: string })[];
  lang?: "en" | "nl";
}

let seq = 0;

const TYPE: Record<string, string> = {
  expected_emotions: "emotions",
  observed_emotions: "emotions",
  expected_needs: "needs",
  observed_needs: "needs",
  guess_accuracy: "choice",
  channel: "choice",
  good_moment: "longtext",
  difficult_moment: "longtext",
};

function typeOf(step: string, v: AnswerValue): string {
  return TYPE[step] ?? (typeof v === "number" ? "rating" : typeof v === "boolean" ? "confirm" : Array.isArray(v) ? "list" : "text");
}

export function entry(kind: Phase, day: string, spec: EntrySpec = {}): Entry {
  const n = seq++;
  const time = spec.time ?? `${String(8 + Math.floor(n / 60) % 12).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}`;
  const slug = spec.customer ? spec.customer.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") : "";
  const id = `${day}T${time.replace(":", "")}-${kind}-${slug ? `${slug}-` : ""}${n}`;
  return {
    schema: SCHEMA_VERSION,
    id,
    kind,
    createdAt: `${day}T${time}:00+01:00`,
    lang: spec.lang ?? "en",
    ...(spec.customer !== undefined && { customer: spec.customer }),
    exercise: { id: kind, version: 1 },
    ...(spec.prep !== undefined && { links: { prep: spec.prep } }),
    answers: Object.entries(spec.answers ?? {}).map(([step, answer]) => ({ step, type: typeOf(step, answer), question: `${step}?`, answer })),
    actions: (spec.actions ?? []).map((a, i) => ({ id: a.id ?? `a${n}x${i}`, done: false, ...a })),
  };
}

export const prep = (day: string, spec?: EntrySpec) => entry("prep", day, spec);
export const debrief = (day: string, spec?: EntrySpec) => entry("debrief", day, spec);
export const daily = (day: string, spec?: EntrySpec) => entry("daily", day, spec);

/** A prep as a flow hands it to be saved: of `customer`, whom the salesperson will talk to `who`. */
export const newPrep = (customer: string, who: string, actions: Action[] = []): NewEntry => ({
  kind: "prep",
  lang: "en",
  customer,
  exercise: { id: "prep", version: 1 },
  answers: [{ step: "who", type: "text", question: "Who?", answer: who }],
  actions,
});

/** Six skill ratings at once (the built-in debrief's rating steps), one value for all unless given. */
export function ratingsOf(all: number, some: Partial<Record<string, number>> = {}): Record<string, number> {
  const ids = ["perspective", "no_judgement", "recognise_emotions", "talk_emotions", "understanding", "asked_further"];
  return Object.fromEntries(ids.map((id) => [id, some[id] ?? all]));
}

let content: Promise<{ menus: Menus; debrief: Exercise }> | undefined;

/** The built-in menus and debrief exercise, loaded once per test file. */
export function builtinContent(): Promise<{ menus: Menus; debrief: Exercise }> {
  content ??= (async () => {
    const [menus, { exercises }] = await Promise.all([loadMenus(), loadExercises()]);
    return { menus, debrief: pickExercise(exercises, "debrief") };
  })();
  return content;
}

/** `summarize` with the built-in content and the default rules (Mon–Fri, no grace) unless given. */
export async function summaryOf(
  entries: readonly Entry[],
  opts: Partial<Omit<SummaryInput, "entries" | "menus" | "debrief">> & { since: string; until: string },
): Promise<Summary> {
  const { menus, debrief } = await builtinContent();
  return summarize({ entries, invalid: [], rules: DEFAULT_RULES, lang: "en", menus, debrief, ...opts });
}

/** The summary as its JSON report gives it: figures to 2 decimals. */
export async function jsonSummaryOf(...args: Parameters<typeof summaryOf>): Promise<Summary> {
  return JSON.parse(reportJson(await summaryOf(...args))) as Summary;
}

/**
 * A small but complete journal up to 2026-11-24 (a Tuesday) for renderer tests: every section
 * has something to show, with some awkward user text (escape sequences, pipes, newlines, long
 * names) in it.
 */
export function sampleJournal(): Entry[] {
  const out: Entry[] = [];
  const customers = ["Acme BV", "Evil\u001b[31mCorp | Ltd", "Bakkerij De Vries", `A customer with a very ${"long ".repeat(12)}name`];
  const days = ["2026-10-26", "2026-10-28", "2026-11-02", "2026-11-04", "2026-11-09", "2026-11-11", "2026-11-16", "2026-11-18", "2026-11-20", "2026-11-23", "2026-11-24"];
  days.forEach((day, i) => {
    const customer = customers[i % customers.length]!;
    const p = prep(day, { customer, time: "09:00", answers: { expected_emotions: ["worried", "uncertain"], expected_needs: ["certainty", "speed"] } });
    out.push(p);
    out.push(
      debrief(day, {
        customer,
        time: "11:00",
        prep: p.id,
        answers: {
          observed_emotions: i % 2 ? ["worried", "relieved", "a \u001b[2Jfree|word"] : ["frustrated", "worried"],
          observed_needs: ["certainty", "being_heard"],
          guess_accuracy: i % 3 === 0 ? "same" : "similar",
          ...ratingsOf(3, { talk_emotions: 1 + (i % 3), asked_further: 2 + (i % 2) }),
          asked_feedback: i % 2 === 0,
          good_moment: `She thanked me | for listening\nand laughed \u001b[31m${"on and on ".repeat(10)}`,
          difficult_moment: "I filled the silence",
        },
        actions: [{ text: `Send the planning | to ${customer}`, due: i < 5 ? "2026-11-01" : "2026-12-20" }],
      }),
    );
    out.push(daily(day, { time: "17:00", answers: { reflection: "ok", good_moment: "A customer laughed" } }));
  });
  return out;
}
