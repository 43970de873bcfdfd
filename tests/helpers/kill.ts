import { spawn } from "node:child_process";
import { BIN, ROOT, runProcess } from "./cli.js";

/** Starts the CLI and kills it with SIGKILL after `delayMs`; resolves with what it printed. */
export function killAfter(args: string[], env: NodeJS.ProcessEnv, input: string, delayMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stdin.end(input);
    const timer = setTimeout(() => child.kill("SIGKILL"), delayMs);
    child.on("close", () => {
      clearTimeout(timer);
      resolve(stdout);
    });
  });
}

/** How long one run of the CLI takes on this machine now, as a process: kill moments are spread around it. */
export async function timeRun(args: string[], env: NodeJS.ProcessEnv, input = ""): Promise<number> {
  const started = Date.now();
  await runProcess(args, { env, input });
  return Date.now() - started;
}

/** What a kill found: the run had not begun its work yet, was in the middle of it, or was done. */
export type KillOutcome = "early" | "middle" | "late";

/**
 * Kill moments that follow the machine: drawn between a lower and an upper bound, which move to
 * each kill that came too early or too late, and widen again when they meet. A loaded machine
 * stretches a run, an idle one shortens it; the moments find the stretch where the work happens
 * either way, so that a few kills are enough to land in it.
 */
export function killMoments(start: number, end: number, seed: number) {
  const rnd = random(seed);
  let [lo, hi] = [start, Math.max(end, start + 10)];
  const seen = new Set<KillOutcome>();
  return {
    next: () => lo + (hi - lo) * rnd(),
    found(at: number, outcome: KillOutcome) {
      // Until the other side is met, the stretch grows away from it: a run slowed three times
      // by the machine's load is reached in a few kills, not in a few dozen.
      if (outcome === "early") [lo, hi] = [Math.max(lo, at), seen.has("late") ? hi : Math.max(hi, at * 1.5)];
      if (outcome === "late") [lo, hi] = [seen.has("early") ? lo : Math.min(lo, at / 1.5), Math.min(hi, at)];
      seen.add(outcome);
      if (hi - lo < 10) [lo, hi] = [Math.max(0, lo * 0.8 - 10), hi * 1.25 + 10];
    },
  };
}

/**
 * How many kills a trial makes, and whether it may stop: at least `count`, and on until every
 * outcome in `wanted` was seen once (up to `limit`, which fails the trial's own check).
 */
export function enough(done: number, count: number, seen: ReadonlySet<KillOutcome>, wanted: KillOutcome[], limit = count * 5): boolean {
  return done >= count && (wanted.every((w) => seen.has(w)) || done >= limit);
}

/** A seeded generator, so a failing trial can be replayed. */
export function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
