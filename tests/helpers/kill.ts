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

/**
 * How many kills a trial makes: a few in the default run, enough to land before, during and after
 * a write; `EMPATHY_KILLS=full` runs each trial's full count (a soak run in CI), a number that many.
 */
export function kills(quick: number, full: number): number {
  const asked = process.env.EMPATHY_KILLS;
  if (asked === "full") return full;
  return Number(asked) > 0 ? Number(asked) : quick;
}

/** How long one run of the CLI takes on this machine now, as a process: kill moments are spread around it. */
export async function timeRun(args: string[], env: NodeJS.ProcessEnv, input = ""): Promise<number> {
  const started = Date.now();
  await runProcess(args, { env, input });
  return Date.now() - started;
}

/** A seeded generator, so a failing trial can be replayed. */
export function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
