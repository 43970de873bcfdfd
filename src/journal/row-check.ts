import { PROBLEMS, type Why } from "../data/invalid-file.js";
import { isValidDay } from "../dates.js";
import { PHASES } from "../exercises/phases.js";
import { LANGS } from "../i18n/lang.js";
import { ACTION_ID, isEntryTime, SCHEMA_VERSION } from "./entry-forms.js";
import type { IndexRow } from "./index-store.js";
import { ENTRY_ID, nameMisfit } from "./naming.js";
import { TAG } from "./tags.js";

/*
 * Whether a row of the index holds what reading its file could have given: an entry's head that
 * the entry schema (entry.ts) gives back unchanged and that fits the file's name, with compact
 * answers of the schema's answer types; or a reason the file could not be used. A row edited by
 * hand may hold anything, and one that fails is read again from its file. Written out here, not
 * asked of the schema: zod took 5 to 10 µs a head, a fifth of a second for 40,000 rows, and a warm
 * read loads no zod at all. A test holds these checks against the schema.
 */

type Check = (v: unknown) => boolean;

const text: Check = (v) => typeof v === "string";
const filled: Check = (v) => typeof v === "string" && v.length > 0;
const number: Check = (v) => typeof v === "number";
const yesNo: Check = (v) => typeof v === "boolean";
const matching = (re: RegExp): Check => (v) => typeof v === "string" && re.test(v);
const oneOf = (values: readonly unknown[]): Check => (v) => values.includes(v);
const listOf = (item: Check): Check => (v) => Array.isArray(v) && v.every(item);
const time: Check = (v) => typeof v === "string" && isEntryTime(v);
const day: Check = (v) => typeof v === "string" && isValidDay(v);

/** An object with all of `required` and perhaps some of `optional`, each passing its check, and no other key. */
function exactly(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  const fields = new Map<string, { check: Check; required: boolean }>();
  for (const [k, check] of Object.entries(required)) fields.set(k, { check, required: true });
  for (const [k, check] of Object.entries(optional)) fields.set(k, { check, required: false });
  const needed = Object.keys(required).length;
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
    let found = 0;
    for (const k in v) {
      const field = fields.get(k);
      if (!field?.check((v as Record<string, unknown>)[k])) return false;
      if (field.required) found++;
    }
    return found === needed;
  };
}

/** Entry in entry.ts, without its answers (held by a null). */
const isHead = exactly(
  {
    schema: (v) => v === SCHEMA_VERSION,
    id: matching(ENTRY_ID),
    kind: oneOf(PHASES),
    createdAt: time,
    lang: oneOf(LANGS),
    exercise: exactly({ id: filled, version: (v) => Number.isSafeInteger(v) && (v as number) > 0 }),
    answers: (v) => v === null,
    actions: listOf(exactly({ id: matching(ACTION_ID), text: filled, done: yesNo }, { due: day, doneAt: time })),
  },
  { customer: filled, links: exactly({}, { prep: filled }), focus: filled, flags: listOf(text), tags: listOf(matching(TAG)) },
);

/** AnswerValue in exercises/schema.ts: text, a number, yes/no, or a list of texts. */
const answerValue: Check = (v) => text(v) || number(v) || yesNo(v) || listOf(text)(v);

function isSteps(v: unknown): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  for (const k in v) if (!answerValue((v as Record<string, unknown>)[k])) return false;
  return true;
}

const issue = exactly(
  { code: text, message: text },
  { expected: text, got: text, origin: text, minimum: (v) => text(v) || number(v), maximum: (v) => text(v) || number(v), values: listOf(text), keys: listOf(text) },
);

/** The fields of each kind of reason, beside its key (see Why in invalid-file.ts). */
const WHY: { [K in Why["key"]]: Record<string, Check> } = {
  link: {},
  folderInPlace: {},
  notRegular: {},
  badName: {},
  notUtf8: {},
  empty: {},
  binary: {},
  tooLarge: { size: number, limit: number },
  misplaced: { home: text },
  misplacedCopy: { home: text },
  unreadable: { code: text },
  folderUnreadable: { code: text },
  version: { found: text, reads: number },
  notYaml: { detail: text },
  field: { field: text, issue },
  idMismatch: { id: text },
  kindMismatch: { kind: text },
};
const whyChecks = new Map(Object.entries(WHY).map(([key, fields]) => [key, exactly({ key: text, ...fields })]));
const why: Check = (v) => typeof v === "object" && v !== null && (whyChecks.get((v as { key?: unknown }).key as string)?.(v) ?? false);

/** InvalidFile in invalid-file.ts. */
const isInvalid = exactly({ path: text, problem: oneOf(PROBLEMS), reason: text }, { line: number, why });

/** Whether the index may give what `row` holds for the file `name` (its stat data aside: see read.ts). */
export function usableRow(row: IndexRow, name: string): boolean {
  const head = row[5];
  if (head === null) return isInvalid(row[6]);
  return isHead(head) && nameMisfit(head, name) === undefined && isSteps(row[6]);
}
