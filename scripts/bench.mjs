// Measures the speed bars as ratios against baselines taken in the same run, since absolute times
// on a shared machine are noise. Run with `npm run bench`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateJournal } from "../build/demo/generate.js";
import { writeEntries } from "../build/demo/write.js";
import { loadExercises, loadMenus } from "../build/exercises/load.js";
import { localDay } from "../build/dates.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = path.join(root, "bin", "empathy.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "empathy-bench-"));
const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, "config"), XDG_CACHE_HOME: path.join(tmp, "cache"), NO_COLOR: "1" };
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function makeJournal(name, count) {
  const dir = path.join(tmp, name);
  const { exercises } = await loadExercises();
  const byId = Object.fromEntries(exercises.map((e) => [e.exercise.id, e.exercise]));
  const entries = await generateJournal({ seed: 7, lang: "en", until: localDay(new Date()), entries: count, exercises: byId, menus: await loadMenus() });
  await writeEntries(dir, entries);
  return dir;
}

function time(args, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { ...env, ...extraEnv }, encoding: "utf8", cwd: root });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return { ms, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The 95% interval of a median, from the order statistics around it (the binomial sign-test bounds). */
function medianInterval(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const half = 1.96 * Math.sqrt(xs.length) / 2;
  const at = (k) => sorted[Math.min(xs.length - 1, Math.max(0, Math.round(k)))];
  return [at(xs.length / 2 - half - 1), at(xs.length / 2 + half)];
}

/** Runs the commands in turn, `runs` rounds, so that noise hits each of them alike. */
function compare(commands, runs = RUNS, before) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach((c, k) => {
      before?.(c);
      times[k].push(time(c.args, c.env).ms);
    });
  }
  return times.map(median);
}

const rows = [];
/** `judged` is what the bar is held against (and `barText` says so) when that is not the figure itself. */
const report = (name, ratio, bar, detail, judged = ratio, barText = `bar ≤ ${bar}×`) => {
  const ok = judged <= bar;
  rows.push(ok);
  console.log(`${ok ? "ok  " : "FAIL"} ${name.padEnd(44)} ${ratio.toFixed(judged === ratio ? 2 : 3)}× (${barText})  ${detail}`);
};

console.log(`node ${process.version}, ${os.cpus().length} cpus; medians of ${RUNS} runs\n`);
const j10 = await makeJournal("j10k", 10_000);
const j20 = await makeJournal("j20k", 20_000);

{
  // Completion of names reads the customer index the first full read leaves in the cache.
  time([bin, "--journal", j10, "list", "-n", "1"]);
  const [node0, version, help, nudge, completeId, completeName] = compare([
    { args: ["-e", "0"] },
    { args: [bin, "--version"] },
    { args: [bin, "--help"] },
    { args: [bin, "nudge"], env: { EMPATHY_JOURNAL: j10 } },
    { args: [bin, "__complete", "bash", "2", "empathy", "show", "2026"], env: { EMPATHY_JOURNAL: j10 } },
    { args: [bin, "__complete", "bash", "3", "empathy", "prep", "--customer", ""], env: { EMPATHY_JOURNAL: j10 } },
  ]);
  const ms = (x) => `${x.toFixed(0)} ms`;
  report("start-up: empathy --version / node -e 0", version / node0, 1.6, `${ms(version)} vs ${ms(node0)}`);
  report("start-up: empathy --help / node -e 0", help / node0, 1.6, `${ms(help)} vs ${ms(node0)}`);
  report("nudge, 10,000 entries / node -e 0", nudge / node0, 2, `${ms(nudge)} vs ${ms(node0)}`);
  report("completing an entry id, 10,000 entries / node -e 0", completeId / node0, 2, `${ms(completeId)} vs ${ms(node0)}`);
  report("completing a customer, 10,000 entries / node -e 0", completeName / node0, 2, `${ms(completeName)} vs ${ms(node0)}`);
}

const summary = (journal, ...extra) => ({ args: [bin, "--journal", journal, "summary", "--since", "12w", ...extra] });
{
  const runs = Math.max(5, Math.round(RUNS / 2));
  time(summary(j10).args);
  time(summary(j20).args);
  const [floor, warm10, warm20] = compare([{ args: [path.join(root, "scripts/bench/floor-read.mjs"), j10] }, summary(j10), summary(j20)], runs);
  report("summary 10k warm / bare read of all files", warm10 / floor, 3, `${warm10.toFixed(0)} ms vs ${floor.toFixed(0)} ms`);
  report("summary 20k warm / summary 10k warm", warm20 / warm10, 2.2, `${warm20.toFixed(0)} ms vs ${warm10.toFixed(0)} ms`);
  // A review is the summary's reading and analysis plus the coach's view, about a millisecond of
  // some 300, so the two are compared in rounds of summary, review, summary and of review, summary,
  // review, by turns: drift and the order of runs hit both alike. The figure is the median over
  // rounds of review / summary with the 95% interval of that median. The bar "takes no longer" is
  // missed when the review is measurably longer: when the whole interval lies above 1.
  const review = { args: [bin, "review", j10, "--since", "12w"] };
  time(review.args);
  const rounds = Math.max(60, RUNS * 4);
  const ratios = [];
  for (let i = 0; i < rounds; i++) {
    const [outer, inner] = i % 2 ? [review, summary(j10)] : [summary(j10), review];
    const a = time(outer.args).ms;
    const b = time(inner.args).ms;
    const c = time(outer.args).ms;
    ratios.push(i % 2 ? (a + c) / 2 / b : b / ((a + c) / 2));
  }
  const ratio = median(ratios);
  const [low, high] = medianInterval(ratios);
  report(
    "review 10k warm / summary 10k warm",
    ratio,
    1,
    `median of ${rounds} paired rounds, 95% interval ${low.toFixed(3)}–${high.toFixed(3)}`,
    low,
    "bar: not measurably above 1×, the interval reaches 1",
  );
  const [parseFloor, cold] = compare([{ args: [path.join(root, "scripts/bench/floor-parse.mjs"), j10] }, summary(j10, "--no-cache")], 3);
  report("summary 10k cold / bare yaml parse of all files", cold / parseFloor, 1, `${cold.toFixed(0)} ms vs ${parseFloor.toFixed(0)} ms`);
  const rss = (args) => Number(/maxRSS (\d+)/.exec(time(["--import", path.join(root, "scripts/bench/max-rss.mjs"), ...args]).stderr)[1]) / 1024;
  const peakCold = rss(summary(j10, "--no-cache").args.slice(0));
  const peakWarm = rss(summary(j10).args.slice(0));
  const peak = Math.max(peakCold, peakWarm);
  report("peak memory, summary of 10k / 250 MB", peak / 250, 1, `${peak.toFixed(0)} MB (cold ${peakCold.toFixed(0)}, warm ${peakWarm.toFixed(0)})`);
}

{
  const { benchEncryption } = await import("./bench/encryption.mjs");
  await benchEncryption({ j10, tmp, bin, env, time, compare, report, runs: RUNS });
}

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\n${rows.filter(Boolean).length}/${rows.length} bars met`);
process.exitCode = rows.every(Boolean) ? 0 : 1;
