// Part of the build: bundles the compiled modules (build/) into dist/cli/: the command-line entry
// with one file per lazily loaded part (each command, each renderer) plus the chunks they share,
// and the two workers (the parse worker, and the one that reads entries again for a damaged index
// body) with theirs. Each module file costs Node a resolve, a read and a compile at start-up; the
// 60-odd small source modules become a handful of files per command.
//
// The entry and its parts are CommonJS (`.cjs`): Node 20's ES module loader spent some 0.9 ms on
// each file (resolving URLs, linking, async jobs), its CommonJS loader a sixth of that, and a warm
// summary loads about fifty such files. The workers stay ES modules: they wait at the top level.
//
// Everything lands in dist/cli/, the folder main.js was compiled for: the paths the code builds
// from import.meta.url (the exercises, dist/content.json, the workers, package.json) hold for
// every bundled file only at that depth.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const at = (p) => fileURLToPath(new URL(p, import.meta.url));
const pkg = JSON.parse(fs.readFileSync(at("../package.json"), "utf8"));
const out = at("../dist/cli/");
const deps = Object.keys(pkg.dependencies);

// Files left from an earlier build (or from the layouts of older versions) would be shipped with
// the package; the content is compiled into dist/ after this step.
fs.rmSync(at("../dist/"), { recursive: true, force: true });

const common = {
  platform: "node",
  // The dependencies stay in node_modules, installed and updated as npm packages. The age library
  // (a development dependency) is bundled instead: its forty-odd modules then load in a third of
  // the time, which writing an entry to an encrypted journal pays every time.
  external: (id) => id.startsWith("node:") || deps.some((d) => id === d || id.startsWith(`${d}/`)),
  logLevel: "warn",
};
// The source's own notes stay out (they are for its readers); licences stay in.
const output = { dir: out, strict: true, comments: { legal: true, annotation: true, jsdoc: false } };

await build({
  ...common,
  input: { main: at("../build/cli/main.js") },
  output: { ...output, format: "cjs", entryFileNames: "[name].cjs", chunkFileNames: "[name]-[hash].cjs" },
});
await build({
  ...common,
  input: { "parse-worker": at("../build/journal/parse-worker.js"), "answers-again-worker": at("../build/journal/answers-again-worker.js") },
  output: { ...output, format: "es", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
});
