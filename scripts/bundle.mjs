// Part of the build: bundles the compiled modules (build/) into dist/cli/, the command-line entry,
// the parse worker, the worker that reads entries again for a damaged index body, and one file per
// lazily loaded part (each command, each renderer) plus the chunks they share. Each module file
// costs Node a resolve, a read and a compile at start-up; the 60-odd small source modules become
// a handful of files per command, and the coach's review, which has the most modules of its own,
// no longer pays for them one by one.
//
// Everything lands in dist/cli/, the folder main.js was compiled for: the paths the code builds
// from import.meta.url (the exercises, dist/content.json, the parse worker, package.json) hold
// for every bundled file only at that depth.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const at = (p) => fileURLToPath(new URL(p, import.meta.url));
const pkg = JSON.parse(fs.readFileSync(at("../package.json"), "utf8"));
const out = at("../dist/cli/");

// Files left from an earlier build (or from the unbundled layout of older versions) would be
// shipped with the package; the content is compiled into dist/ after this step.
fs.rmSync(at("../dist/"), { recursive: true, force: true });
await build({
  entryPoints: {
    main: at("../build/cli/main.js"),
    "parse-worker": at("../build/journal/parse-worker.js"),
    "answers-again-worker": at("../build/journal/answers-again-worker.js"),
  },
  outdir: out,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  // The dependencies stay in node_modules, installed and updated as npm packages. The age library
  // (a development dependency) is bundled instead: its forty-odd modules then load in a third of
  // the time, which writing an entry to an encrypted journal pays every time.
  external: Object.keys(pkg.dependencies).flatMap((d) => [d, `${d}/*`]),
  logLevel: "warning",
});
