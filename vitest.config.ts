import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest (processes, a pseudo-terminal, scrypt, a browser), slowest first:
 * started first, so that the many short files fill in around them instead of one of them running
 * alone at the end. The rest follow in vitest's own order.
 */
const SLOW_FIRST = [
  "e2e/crash-safety.test.ts",
  "e2e/process.test.ts",
  "e2e/encryption-pty.test.ts",
  "e2e/pty.test.ts",
  "e2e/concurrency.test.ts",
  "e2e/pty-quick.test.ts",
  "unit/crypto.test.ts",
  "e2e/review-browser.test.ts",
  "e2e/privacy.test.ts",
  "unit/parse-differential.test.ts",
  "e2e/review.test.ts",
  "e2e/fuzz.test.ts",
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((name) => f.moduleId.endsWith(`/tests/${name}`));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * Files that mock a module: another file in the same worker may have loaded the real one first.
 * Found by their `vi.mock(` calls, so that a new one cannot be forgotten here.
 */
const tests = fileURLToPath(new URL("tests/", import.meta.url));
const OWN_MODULES = fs
  .readdirSync(tests, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".test.ts") && fs.readFileSync(path.join(tests, f), "utf8").includes("vi.mock("))
  .map((f) => `tests/${f.split(path.sep).join("/")}`);

export default defineConfig({
  test: {
    setupFiles: ["tests/setup.ts"],
    testTimeout: 20_000,
    // End-to-end tests spawn the built CLI; two cores run them best a few at a time.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirst },
    projects: [
      // A worker runs file after file with the modules it loaded: loading them again for each
      // file took a quarter of the suite's time. tests/setup.ts resets what a run leaves set.
      { extends: true, test: { name: "shared", include: ["tests/**/*.test.ts"], exclude: OWN_MODULES, isolate: false } },
      { extends: true, test: { name: "own-modules", include: OWN_MODULES } },
    ],
  },
});
