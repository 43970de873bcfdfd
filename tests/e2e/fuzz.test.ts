import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hostileFiles } from "../fixtures/hostile-files.js";
import { run, tempHome } from "../helpers/cli.js";
import { soak } from "../helpers/soak.js";

/** A hash of every name, type and byte below a folder. */
function treeHash(dir: string): string {
  const h = createHash("sha256");
  const walk = (d: string) => {
    for (const item of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, item.name);
      h.update(`${path.relative(dir, p)}|${item.isDirectory() ? "d" : "f"}|`);
      if (item.isDirectory()) walk(p);
      else h.update(fs.readFileSync(p));
    }
  };
  walk(dir);
  return h.digest("hex");
}

/**
 * The generator goes round its 18 kinds of damage file by file: 360 files hold each kind 20 times
 * with different random draws; a soak run (`EMPATHY_SOAK=full`, as CI does once) makes 1,000.
 */
const COUNT = soak(360, 1000);

describe(`fuzz: ${COUNT} generated hostile journal files`, () => {
  const { env, journal } = tempHome();
  const files = hostileFiles(COUNT, 20261124);
  const month = path.join(journal, "2026", "10");
  fs.mkdirSync(month, { recursive: true });
  for (const f of files) {
    if (f.content === "directory") fs.mkdirSync(path.join(month, f.name));
    else fs.writeFileSync(path.join(month, f.name), f.content);
  }
  const before = treeHash(journal);

  it.each([["list", "--json"], ["summary", "--json", "--since", "2026-10-01", "--until", "2026-10-31"], ["list"], ["review", journal, "--format", "json", "--until", "2026-10-31"]])(
    "%s never crashes, reports each bad file with path and reason, and rewrites none",
    async (...args) => {
      const r = await run(["--no-cache", ...args], { env });
      expect(r.stderr).not.toMatch(/at .*\.js:\d+|unexpected error/);
      expect(r.code).toBe(0);
      if (args[0] === "review") {
        // The review's file health names every file that could not be used.
        const health = JSON.parse(r.stdout).trainees[0].health as { entries: number; invalid: { path: string; reason: string }[] };
        const listed = new Set(health.invalid.map((f) => path.basename(f.path)));
        for (const f of files) if (!f.mayBeValid) expect(listed.has(f.name), `${f.name} in the review's file health`).toBe(true);
        expect(health.entries + health.invalid.length).toBe(files.length);
      }
      if (args[0] === "list" && args[1] === "--json") {
        const valid = new Set((JSON.parse(r.stdout) as { id: string }[]).map((e) => `${e.id}.yaml`));
        const skipped = new Set([...r.stderr.matchAll(/^skipped (.+?\.yaml)(?::\d+)?: (.+)$/gm)].map((m) => path.basename(m[1]!)));
        for (const f of files) {
          const seen = valid.has(f.name) || skipped.has(f.name);
          expect(seen, f.name).toBe(true);
          if (!f.mayBeValid) expect(skipped.has(f.name), `${f.name} should be reported`).toBe(true);
        }
      }
      expect(treeHash(journal)).toBe(before);
    },
    60_000,
  );
});
