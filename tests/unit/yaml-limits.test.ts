import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseYaml } from "../../src/data/parse-yaml.js";
import { MAX_FLOW_DEPTH, MAX_INDENT, MAX_NODES, yamlTooComplex } from "../../src/data/yaml-limits.js";

const nested = (n: number) => "[".repeat(n) + "]".repeat(n);

describe("yamlTooComplex", () => {
  // Finding: two 2 KB files of 1,000 nested [ ] aborted every reading command (out of memory).
  it("refuses flow nesting deeper than the cap, and takes it up to the cap", () => {
    expect(yamlTooComplex(nested(1000))).toMatch(/nested too deeply/);
    expect(yamlTooComplex(nested(MAX_FLOW_DEPTH + 1))).toMatch(/nested too deeply/);
    expect(yamlTooComplex(nested(MAX_FLOW_DEPTH))).toBeUndefined();
    expect(yamlTooComplex(`a: ${"{b: ".repeat(100)}1${"}".repeat(100)}`)).toMatch(/nested too deeply/);
  });

  it("does not count brackets that are text: quoted, in a block scalar or a comment", () => {
    const many = "[".repeat(200);
    expect(yamlTooComplex(`a: "${many}"\nb: '${many}'\nc: |\n  ${many}\n# ${many}\nd: x ${many}\n`)).toBeUndefined();
  });

  it("counts brackets after text that only looks like a quote", () => {
    // An apostrophe in plain text opens nothing: the brackets on the next line are real.
    expect(yamlTooComplex(`a: don't\nb: ${nested(100)}\n`)).toMatch(/nested too deeply/);
    // Closing brackets inside a quoted text do not make room for real ones.
    expect(yamlTooComplex(`a: ${'["]",'.repeat(100)}${"]".repeat(100)}`)).toMatch(/nested too deeply/);
  });

  it("refuses block nesting by indentation and by compact dashes", () => {
    expect(yamlTooComplex(`${" ".repeat(MAX_INDENT + 1)}a: 1`)).toMatch(/nested too deeply/);
    expect(yamlTooComplex(`${"- ".repeat(MAX_INDENT)}x`)).toMatch(/nested too deeply/);
    expect(yamlTooComplex(`${"- ".repeat(20)}x\n${" ".repeat(40)}y: 1`)).toBeUndefined();
  });

  // An 800 KB file of 400,000 flat values cost seconds and half a gigabyte.
  it("refuses more values than the cap, flat or as keys, and takes a long text as one", () => {
    expect(yamlTooComplex(`[${"1,".repeat(MAX_NODES)}1]`)).toMatch(/too many values/);
    expect(yamlTooComplex(Array.from({ length: MAX_NODES }, (_, i) => `k${i}: 1`).join("\n"))).toMatch(/too many values/);
    expect(yamlTooComplex(`${"- \n".repeat(MAX_NODES + 1)}`)).toMatch(/too many values/);
    expect(yamlTooComplex(`a: ${"word, ".repeat(50_000)}\nb: |\n  ${"- x: [1, 2]\n  ".repeat(5_000)}`)).toBeUndefined();
    expect(yamlTooComplex(`[${"1,".repeat(MAX_NODES)}1]`, { maxNodes: Infinity })).toBeUndefined();
  });

  it("refuses a text above the size cap without lexing it", () => {
    expect(yamlTooComplex("a".repeat(1024 * 1024 + 1))).toMatch(/too large to parse/);
  });
});

describe("parseYaml", () => {
  it("finds a repeated key, on its line, and one map of thousands of keys costs no more than a list", () => {
    const r = parseYaml("a: 1\nb: 2\na: 3\n", z.unknown(), "d.yaml");
    expect(r).toMatchObject({ ok: false, problems: [{ line: 3, message: "Map keys must be unique" }] });
    const many = Array.from({ length: 3_000 }, (_, i) => `k${i}: ${i}`).join("\n");
    const parsed = parseYaml(many, z.record(z.string(), z.number()), "m.yaml");
    expect(parsed.ok && Object.keys(parsed.value)).toHaveLength(3_000);
    expect(parseYaml(`${many}\nk17: 0`, z.unknown(), "m.yaml")).toMatchObject({ ok: false, problems: [{ line: 3_001 }] });
  });

  it("reports a hostile nesting with its reason instead of running the parser", () => {
    const r = parseYaml(nested(1000), z.unknown(), "x.yaml");
    expect(r).toMatchObject({ ok: false, problems: [{ file: "x.yaml", message: expect.stringMatching(/nested too deeply/) }] });
  });

  // Finding: a complex key printed Node's "Keys with collection values will be stringified".
  it("reports a key that is a list or a map, on its line, without a warning", () => {
    const warnings: unknown[] = [];
    const listener = (w: unknown) => warnings.push(w);
    process.on("warning", listener);
    try {
      const r = parseYaml("a: 1\n? [x, y]\n: 2\n", z.record(z.string(), z.unknown()), "k.yaml");
      expect(r).toMatchObject({ ok: false, problems: [{ line: 2, message: expect.stringMatching(/key must be a plain name/) }] });
    } finally {
      process.off("warning", listener);
    }
    expect(warnings).toEqual([]);
  });
});
