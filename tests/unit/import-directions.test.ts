/**
 * The arrows between the folders of src/ point one way: input → session → journal → insights →
 * render, with i18n and the shared data helpers below them all. Read from the import lines, so a
 * new import the wrong way fails here rather than going unnoticed.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

/** The files at the top of src/ (dates, errors, paths) are a layer of their own, below everything. */
const TOP = ".";

/** Each folder and the folders it may import from; a folder always may import from itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  [TOP]: [],
  i18n: [TOP],
  data: ["i18n", TOP],
  crypto: ["data", "i18n", TOP],
  exercises: ["data", "i18n", TOP],
  config: ["exercises", "data", "i18n", TOP],
  journal: ["crypto", "exercises", "data", "i18n", TOP],
  session: ["journal", "crypto", "exercises", "data", "i18n", TOP],
  insights: ["journal", "exercises", "data", "i18n", TOP],
  review: ["insights", "journal", "crypto", "exercises", "data", "i18n", TOP],
  render: ["review", "insights", "journal", "exercises", "data", "i18n", TOP],
  demo: ["session", "journal", "exercises", "data", "i18n", TOP],
  // The command line binds the layers together: it may use them all.
  cli: ["demo", "render", "review", "insights", "session", "journal", "config", "crypto", "exercises", "data", "i18n", TOP],
};

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, over several lines too. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

const layerOf = (file: string) => (file.includes("/") ? file.split("/")[0]! : TOP);

/** The imports that go against the table, as `from → to (file: specifier)`. */
function wrongWays(sources: Record<string, string>): string[] {
  const wrong: string[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const from = layerOf(file);
    for (const [, spec] of text.matchAll(SPECIFIER)) {
      if (!spec!.startsWith(".")) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec!));
      const to = layerOf(target);
      if (to !== from && !(MAY_IMPORT[from] ?? []).includes(to)) wrong.push(`${from} → ${to} (${file}: ${spec})`);
    }
  }
  return wrong;
}

function sourcesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!item.isFile() || !item.name.endsWith(".ts")) continue;
    const file = path.join(item.parentPath, item.name);
    out[path.relative(dir, file).split(path.sep).join("/")] = fs.readFileSync(file, "utf8");
  }
  return out;
}

describe("import directions", () => {
  const src = path.join(ROOT, "src");
  const sources = sourcesOf(src);

  it("every folder of src/ has its place in the table", () => {
    const folders = fs.readdirSync(src, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders.filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });

  it("no import goes against the flow", () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    expect(wrongWays(sources)).toEqual([]);
  });

  it("sees a wrong arrow in each form of import", () => {
    const wrong = wrongWays({
      "session/a.ts": 'import { style } from "../render/style.js";',
      "journal/b.ts": 'export type { X } from "../cli/x.js";\nconst y = await import(\n  "../insights/y.js"\n);',
      "i18n/c.ts": 'import {\n  a,\n} from "../journal/entry.js";',
      "exercises/d.ts": 'import "../config/config.js";',
      "render/e.ts": 'import { fine } from "../insights/model.js";',
    });
    expect(wrong).toEqual([
      "session → render (session/a.ts: ../render/style.js)",
      "journal → cli (journal/b.ts: ../cli/x.js)",
      "journal → insights (journal/b.ts: ../insights/y.js)",
      "i18n → journal (i18n/c.ts: ../journal/entry.js)",
      "exercises → config (exercises/d.ts: ../config/config.js)",
    ]);
  });
});
