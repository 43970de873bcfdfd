import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AnswerValue } from "../../src/exercises/schema.js";
import { Entry } from "../../src/journal/entry.js";
import type { IndexRow } from "../../src/journal/index-store.js";
import { nameMisfit } from "../../src/journal/naming.js";
import { usableRow } from "../../src/journal/row-check.js";
import { skipped } from "../../src/journal/skipped.js";

/** What the index may keep of an entry: the schema's head, which it gives back unchanged. */
const Head = Entry.extend({ answers: z.null() });
const Steps = z.record(z.string(), AnswerValue);
const fixedPoint = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success && isDeepStrictEqual(r.data, v);
};

const NAME = "2026-11-24T1030-debrief-acme.yaml";
const HEAD = {
  schema: 1,
  id: "2026-11-24T1030-debrief-acme",
  kind: "debrief",
  createdAt: "2026-11-24T10:30:12+01:00",
  lang: "en",
  customer: "Acme BV",
  exercise: { id: "debrief", version: 2 },
  links: { prep: "2026-11-24T0900-prep-acme" },
  answers: null,
  actions: [{ id: "ab12", text: "Send the offer", due: "2026-11-30", done: true, doneAt: "2026-11-28T09:00:00Z" }],
  focus: "perspective",
  flags: ["coach"],
  tags: ["renewal"],
};
const STEPS = { perspective: 4, asked_feedback: true, observed_emotions: ["worried"], guess_accuracy: "same" };

/** Values of every type, and of the forms the schema's fields take, right and wrong. */
const VALUES: unknown[] = [
  null, 0, 1, -1, 1.5, 2 ** 60, "", "x", "daily", "fr", "en", true, false, [], ["x"], [1], {}, { x: 1 },
  "2026-11-24T10:30:12+01:00", "2026-02-30T10:30:00Z", "2026-11-24T24:00Z", "2026-11-30", "2026-13-01",
  "2026-11-24T1030-debrief-acme", "2026-11-24T1030-daily", "ab12", "AB12", ["renewal"], ["Renewal"],
];

/** The head with one field (at `path`) changed to each value, left out, or given a key of its own. */
function* variants(at: Record<string, unknown>, set: (copy: Record<string, unknown>) => Record<string, unknown>): Generator<unknown> {
  for (const key of Object.keys(at)) {
    for (const v of VALUES) {
      const copy = structuredClone(at);
      copy[key] = v;
      yield set(copy);
    }
    const copy = structuredClone(at);
    delete copy[key];
    yield set(copy);
  }
  yield set({ ...structuredClone(at), unknown: 1 });
}

const withHead = (head: unknown): IndexRow => [NAME, 1, 2, 3, 4, head, STEPS] as unknown as IndexRow;

describe("the check of an index row", () => {
  it("takes a head exactly when the entry schema gives it back unchanged and it fits the name", () => {
    const heads: unknown[] = [HEAD, ...variants(HEAD, (h) => h)];
    heads.push(...variants(HEAD.exercise, (e) => ({ ...HEAD, exercise: e })));
    heads.push(...variants(HEAD.links, (l) => ({ ...HEAD, links: l })));
    heads.push(...variants(HEAD.actions[0]!, (a) => ({ ...HEAD, actions: [a] })));
    heads.push({ ...HEAD, actions: [...HEAD.actions, "x"] }, { ...HEAD, tags: ["renewal", 5] }, { ...HEAD, flags: [null] });
    let taken = 0;
    for (const head of heads) {
      const expected = fixedPoint(Head, head) && nameMisfit(head as { id: string; kind: string }, NAME) === undefined;
      expect(usableRow(withHead(head), NAME), JSON.stringify(head)).toBe(expected);
      if (expected) taken++;
    }
    // Both outcomes are met many times, or the comparison says little.
    expect(taken).toBeGreaterThan(20);
    expect(heads.length - taken).toBeGreaterThan(200);
  });

  it("takes compact answers exactly when they are the schema's answer values", () => {
    for (const steps of [STEPS, {}, ...VALUES.map((v) => ({ ...STEPS, perspective: v })), ...VALUES.map((v) => ({ picks: [v] })), null, [], "x", 5]) {
      const row = [NAME, 1, 2, 3, 4, HEAD, steps] as unknown as IndexRow;
      expect(usableRow(row, NAME), JSON.stringify(steps)).toBe(fixedPoint(Steps, steps));
    }
  });

  it("takes every reason a read gives, and no reason of the wrong shape", () => {
    const reasons = [
      skipped("a", "not-journal-file", { key: "link" }),
      skipped("a", "too-large", { key: "tooLarge", size: 9, limit: 8 }),
      skipped("a", "misplaced", { key: "misplacedCopy", home: "2026/11/x.yaml" }),
      skipped("a", "unreadable", { key: "unreadable", code: "EACCES" }),
      skipped("a", "version", { key: "version", found: "2", reads: 1 }),
      skipped("a", "not-yaml", { key: "notYaml", detail: "bad indentation" }, 3),
      skipped("a", "schema", { key: "field", field: "kind", issue: { code: "invalid_value", message: "Invalid option", values: ["prep"] } }),
      skipped("a", "schema", { key: "idMismatch", id: "x" }),
    ];
    const row = (invalid: unknown) => [NAME, 1, 2, 3, 4, null, invalid] as unknown as IndexRow;
    for (const r of reasons) expect(usableRow(row(JSON.parse(JSON.stringify(r))), NAME), JSON.stringify(r)).toBe(true);
    const [link, tooLarge, , , , notYaml, field] = reasons;
    for (const bad of [
      null,
      "x",
      { ...link, problem: "gone" },
      { ...link, reason: null },
      { ...link, extra: 1 },
      { ...tooLarge, why: { key: "tooLarge" } },
      { ...tooLarge, why: { key: "nonsense" } },
      { ...notYaml, line: "3" },
      { ...field, why: { key: "field", field: "kind", issue: { code: 5, message: "m" } } },
    ])
      expect(usableRow(row(bad), NAME), JSON.stringify(bad)).toBe(false);
  });
});
