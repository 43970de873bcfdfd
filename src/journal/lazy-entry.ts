import type { Answer, Entry } from "./entry.js";
import type { AnswerValue } from "../exercises/schema.js";
import type { EntryHead } from "./index-store.js";

/** What `compactAnswer` says when only the entry's full answers can tell. */
export const UNKNOWN = Symbol("in the answers");

/** The compact answers of each lazy answers list (keyed by the list: an edit that replaces it drops them). */
const compact = new WeakMap<readonly Answer[], Record<string, AnswerValue>>();

/** How to fill each lazy list, until it is filled. */
const loaders = new WeakMap<Answer[], () => Answer[]>();

function fill(target: Answer[]): Answer[] {
  const load = loaders.get(target);
  if (load) {
    loaders.delete(target);
    for (const a of load()) target.push(a);
  }
  return target;
}

/** One handler for every lazy list: a handler and its closures per entry made ten thousand of each. */
const FILL_FIRST: ProxyHandler<Answer[]> = {
  get: (t, k) => Reflect.get(fill(t), k),
  has: (t, k) => Reflect.has(fill(t), k),
  ownKeys: (t) => Reflect.ownKeys(fill(t)),
  getOwnPropertyDescriptor: (t, k) => Reflect.getOwnPropertyDescriptor(fill(t), k),
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
function lazyList(load: () => Answer[]): Answer[] {
  const target: Answer[] = [];
  loaders.set(target, load);
  return new Proxy(target, FILL_FIRST);
}

/**
 * An entry from the index: its answers are read when first asked for. Same keys in the same order
 * as the parsed entry it was made from (the schema's order), so that JSON output does not depend
 * on whether the index answered; a test holds the two side by side. Built key by key, optional
 * keys set only when present: copying the head's keys in a loop cost a tenth of a warm read, and
 * spreading a small object for each optional key made this five times slower on 40,000 entries.
 */
export function lazyEntry(head: EntryHead, answers: () => Answer[]): Entry {
  const { steps, schema, id, kind, createdAt, lang, customer, exercise, links, actions, focus, flags, tags } = head;
  const list = lazyList(answers);
  compact.set(list, steps);
  const entry: Entry = { schema, id, kind, createdAt, lang } as Entry;
  if (customer !== undefined) entry.customer = customer;
  entry.exercise = exercise;
  if (links !== undefined) entry.links = links;
  entry.answers = list;
  entry.actions = actions;
  if (focus !== undefined) entry.focus = focus;
  if (flags !== undefined) entry.flags = flags;
  if (tags !== undefined) entry.tags = tags;
  return entry;
}

/**
 * A step's answer where the index keeps it without the rest (ratings, choices, picks); UNKNOWN
 * when the full answers must be read (a text, or a step the entry may not have).
 */
export function compactAnswer(entry: Entry, step: string): AnswerValue | typeof UNKNOWN {
  const steps = compact.get(entry.answers);
  return steps !== undefined && Object.hasOwn(steps, step) ? steps[step]! : UNKNOWN;
}

/**
 * A step's answer when it is short (a number, a yes/no, a pick), undefined when it is free text or
 * missing; UNKNOWN when only the entry's full answers can tell. Enough for a rating, without
 * reading years of free text.
 */
export function shortAnswer(entry: Entry, step: string): AnswerValue | undefined | typeof UNKNOWN {
  const steps = compact.get(entry.answers);
  return steps === undefined ? UNKNOWN : Object.hasOwn(steps, step) ? steps[step] : undefined;
}
