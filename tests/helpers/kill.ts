import { spawn } from "node:child_process";
import { BIN, ROOT } from "./cli.js";

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

/** A seeded generator, so a failing trial can be replayed. */
export function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
