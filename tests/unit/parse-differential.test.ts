import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { fastYaml } from "../../src/data/fast-yaml.js";
import { parseLocating, parseYaml } from "../../src/data/parse-yaml.js";
import { yamlTooComplex } from "../../src/data/yaml-limits.js";
import { generateJournal } from "../../src/demo/generate.js";
import { loadExercises, loadMenus } from "../../src/exercises/load.js";
import { Entry } from "../../src/journal/entry.js";
import { MAX_ENTRY_BYTES } from "../../src/journal/scan.js";
import { entryToYaml } from "../../src/journal/write.js";
import { hostileFiles } from "../fixtures/hostile-files.js";
import { soak } from "../helpers/soak.js";

/**
 * The quick reader (js-yaml) must never change what the tool accepts or what it reads: over every
 * text below, the whole parse gives the same verdict and the same value as `yaml` alone, and
 * wherever the quick reader gives a value, `yaml` gives that very value without error.
 */

function rng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const decode = (b: Buffer): string | undefined => {
  try {
    return utf8.decode(b);
  } catch {
    return undefined;
  }
};

/** What `yaml` itself makes of a text, with the options the tool uses: a value, or none. */
function yamlValue(text: string): { value: unknown } | undefined {
  try {
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length || doc.warnings.length) return undefined;
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return undefined;
  }
}

/** Small hand edits of a good file, each a place where two YAML readers could part ways. */
const MUTATIONS = [
  "", "'", '"', "#", ": ", "- ", "? ", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "!x ", "%YAML 1.1\n---\n", "---\n", "...\n",
  "\t", "  ", "\n", "\r", "\\", "|", ">", "|-\n  ", "0x1F", "0o17", "017", "1_000", "+12", "-0", ".5", "1e3", "1.", ".inf", "-.Inf", ".NaN",
  "~", "null", "Null", "NULL", "yes", "No", "on", "True", "FALSE", "2026-01-01", "12:30", "<<: {a: 1}\n", "0b101", "=", "@", "`", "\u00a0", "\u2028",
  "\u0085", "\u0007", "\ufeff", "x".repeat(1100) + ": y\n",
];

function mutate(text: string, r: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(r() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (t.length + 1));
    const cut = r() < 0.3 ? Math.floor(r() * 4) : 0;
    t = t.slice(0, at) + MUTATIONS[Math.floor(r() * MUTATIONS.length)]! + t.slice(at + cut);
  }
  return t;
}

async function realEntries(count: number): Promise<string[]> {
  const { exercises } = await loadExercises();
  const byId = Object.fromEntries(exercises.map((e) => [e.exercise.id, e.exercise])) as never;
  const menus = await loadMenus();
  const texts: string[] = [];
  for (const lang of ["en", "nl"] as const) {
    const entries = await generateJournal({ seed: 11, lang, until: "2026-11-30", entries: count / 2, exercises: byId, menus });
    texts.push(...entries.map(entryToYaml));
  }
  return texts;
}

/**
 * `judgeAll` compares every verdict with the judge's. Without it, only the verdicts the two paths
 * could give differently: those of texts the quick reader took and the schema accepted, and of
 * texts refused before any parser. Every other text parseYaml hands to parseLocating, the judge
 * itself, and judging it again would parse it twice (the judge is the costly part) to compare a
 * reading with itself.
 */
function expectSameReading(text: string, label: string, judgeAll: boolean) {
  const bare = text.replace(/^\uFEFF/, "");
  const fast = fastYaml(bare);
  if (fast) expect(yamlValue(bare), `${label}: yaml reads what js-yaml read`).toStrictEqual(fast);
  const both = parseYaml(text, Entry, "f.yaml");
  const quick = fast !== undefined && Entry.safeParse(fast.value).success;
  if (!judgeAll && !quick && yamlTooComplex(text) === undefined) return fast !== undefined;
  const slow = parseLocating(bare, Entry, "f.yaml");
  expect(both.ok, `${label}: same verdict`).toBe(slow.ok);
  if (both.ok && slow.ok) expect(both.value, `${label}: same value`).toStrictEqual(slow.value);
  return fast !== undefined;
}

describe("the quick YAML reader agrees with yaml", () => {
  it("on the hostile fixtures", () => {
    const count = soak(300, 1000);
    let texts = 0;
    // Most kinds of damage give the same text each time but for the entry's id (and the slowest,
    // deep nesting and a long string, are among them): each such text is judged once.
    const judged = new Set<string>();
    for (const f of hostileFiles(count, 20261124)) {
      // The tool never parses what it cannot read as a file of text of a sane size.
      if (f.content === "directory" || f.content.length > MAX_ENTRY_BYTES) continue;
      const text = decode(f.content);
      if (text === undefined) continue;
      texts++;
      const shape = text.replaceAll(f.name.replace(/\.yaml$/, ""), "");
      if (judged.has(shape)) continue;
      judged.add(shape);
      expectSameReading(text, f.name, false);
    }
    expect(texts).toBeGreaterThan(count * 0.7);
  }, 120_000);

  it("on real entries, every one of which it reads itself", async () => {
    const texts = await realEntries(soak(100, 400));
    for (const [i, text] of texts.entries()) expect(expectSameReading(text, `entry ${i}`, true), `entry ${i} read quickly`).toBe(true);
  }, 60_000);

  it("on thousands of hand edits of real entries", async () => {
    // 60,000 with other seeds found no difference either; a soak run makes 4,000.
    const EDITS = soak(800, 4000);
    const texts = await realEntries(40);
    const r = rng(20261201);
    let quick = 0;
    for (let i = 0; i < EDITS; i++) {
      const text = mutate(texts[i % texts.length]!, r);
      if (expectSameReading(text, `edit ${i}: ${JSON.stringify(text)}`, false)) quick++;
    }
    // Most edits leave a file the quick reader still takes; the rest exercise the hand-over.
    expect(quick).toBeGreaterThan(EDITS / 4);
    expect(quick).toBeLessThan(EDITS);
  }, 120_000);

  it("on the scalars where YAML 1.1, js-yaml's defaults and YAML 1.2 differ", () => {
    const values = ["0x1F", "+0x1F", "0o17", "017", "1_000", "0b101", "+12", "-0", ".5", "1.", "1e3", "+.inf", "-.Inf", ".NaN", "~", "", "Null", "yes", "on", "True", "2026-01-01", "12:30:00", "<<"];
    for (const v of values) {
      const fast = fastYaml(`a: ${v}\n`);
      expect(fast, v).toBeDefined();
      expect(yamlValue(`a: ${v}\n`), v).toStrictEqual(fast);
    }
  });
});
