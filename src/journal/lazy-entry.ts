import type { Answer, Entry } from "./entry.js";
import type { AnswerValue } from "../exercises/schema.js";
import type { EntryHead, Steps } from "./index-store.js";

/** What `compactAnswer` says when only the entry's full answers can tell. */
export const UNKNOWN = Symbol("in the answers");

/** Where entries' answers are read from, by a key of each entry: one for many entries (a month's). */
export type AnswersSource = (key: string) => Answer[];

/**
 * Kept on each lazy list's hidden array, out of sight of its users (see FILL_FIRST): where to fill
 * it from and under which key, until it is filled, and the compact answers it came with. On the
 * array itself, not in weak maps nor in a closure per entry: two weak-map entries and a closure
 * with its context for each entry made every garbage collection of a warm read copy more.
 */
const SOURCE = Symbol("source");
const KEY = Symbol("key");
const STEPS = Symbol("steps");
interface Hidden {
  [SOURCE]?: AnswersSource | undefined;
  [KEY]?: string;
  [STEPS]?: Steps;
}
const hidden = (k: string | symbol) => k === SOURCE || k === KEY || k === STEPS;

function fill(target: Answer[] & Hidden): Answer[] {
  const source = target[SOURCE];
  if (source) {
    target[SOURCE] = undefined;
    for (const a of source(target[KEY]!)) target.push(a);
  }
  return target;
}

/** One handler for every lazy list: a handler and its closures per entry made ten thousand of each. */
const FILL_FIRST: ProxyHandler<Answer[] & Hidden> = {
  get: (t, k) => (k === STEPS ? t[STEPS] : Reflect.get(fill(t), k)),
  has: (t, k) => !hidden(k) && Reflect.has(fill(t), k),
  ownKeys: (t) => Reflect.ownKeys(fill(t)).filter((k) => !hidden(k)),
  getOwnPropertyDescriptor: (t, k) => (hidden(k) ? undefined : Reflect.getOwnPropertyDescriptor(fill(t), k)),
  set: (t, k, v) => Reflect.set(fill(t), k, v),
  deleteProperty: (t, k) => Reflect.deleteProperty(fill(t), k),
  defineProperty: (t, k, d) => Reflect.defineProperty(fill(t), k, d),
};

/**
 * A list that reads its items when first looked into: a report over a few weeks then never reads
 * the free text of the years before. It is a real array behind a proxy, filled in place on first
 * use, so it prints, compares and iterates as any array, and the entry holding it stays a plain
 * object (an accessor on each entry made every later property read slower).
 */
function lazyList(source: AnswersSource, key: string, steps: Steps): Answer[] {
  const target: Answer[] & Hidden = [];
  target[SOURCE] = source;
  target[KEY] = key;
  target[STEPS] = steps;
  return new Proxy(target, FILL_FIRST);
}

/**
 * An entry from the index: its answers are read (`source(key)`) when first asked for. The head becomes the entry
 * (its answers set in the place the head keeps for them), so it has the same keys in the same
 * order as the parsed entry it was made from, and JSON output does not depend on whether the index
 * answered; a test holds the two side by side. Copying the head's keys into a new object cost a
 * tenth of a warm read and one more object per entry for every garbage collection to copy.
 */
export function lazyEntry(head: EntryHead, steps: Steps, source: AnswersSource, key: string): Entry {
  const entry = head as unknown as Entry;
  entry.answers = lazyList(source, key, steps);
  return entry;
}

/** The compact answers an entry came with from the index, if it did. */
const stepsOf = (entry: Entry): Steps | undefined => (entry.answers as Answer[] & Hidden)[STEPS];

/**
 * A step's answer where the index keeps it without the rest (ratings, choices, picks); UNKNOWN
 * when the full answers must be read (a text, or a step the entry may not have).
 */
export function compactAnswer(entry: Entry, step: string): AnswerValue | typeof UNKNOWN {
  const steps = stepsOf(entry);
  return steps !== undefined && Object.hasOwn(steps, step) ? steps[step]! : UNKNOWN;
}

/**
 * A step's answer when it is short (a number, a yes/no, a pick), undefined when it is free text or
 * missing; UNKNOWN when only the entry's full answers can tell. Enough for a rating, without
 * reading years of free text.
 */
export function shortAnswer(entry: Entry, step: string): AnswerValue | undefined | typeof UNKNOWN {
  const steps = stepsOf(entry);
  return steps === undefined ? UNKNOWN : Object.hasOwn(steps, step) ? steps[step] : undefined;
}
