import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { describe, expect, it, vi } from "vitest";
import { createContext, type PromptsFactory } from "../../src/cli/context.js";
import { daily } from "../../src/cli/commands/flows.js";
import { Interrupted } from "../../src/errors.js";
import type { FlowQuestions } from "../../src/cli/interactive.js";
import { DAILY_ANSWERS } from "../fixtures/answers.js";
import { entryFiles, run, tempHome } from "../helpers/cli.js";
import { memoryIo } from "../helpers/memory-io.js";

/** A context as a command gets it, on the streams and environment of `io`. */
async function contextOn(io: ReturnType<typeof memoryIo>, prompts?: PromptsFactory) {
  return createContext({}, io.rt, prompts);
}

describe("the runtime", () => {
  it("sizes V8's heap only for a run that is the whole process, not for a test's runs in one", async () => {
    // Fresh modules: the heap module remembers a run that asked, and these must not leave that set.
    vi.resetModules();
    const fresh = await import("../../src/cli/context.js");
    const flags = vi.spyOn(v8, "setFlagsFromString").mockImplementation(() => {});
    try {
      const { env } = tempHome();
      await fresh.createContext({}, memoryIo({ env }).rt);
      expect(flags).not.toHaveBeenCalled();
      await fresh.createContext({}, { ...memoryIo({ env }).rt, ownsProcess: true });
      expect(flags.mock.calls.flat()).toContain("--max-semi-space-size=2");
    } finally {
      flags.mockRestore();
    }
  });

  it("takes environment, folder and clock from the run, and leaves the process's exit code alone", async () => {
    const { dir, env, journal } = tempHome();
    const before = process.exitCode;
    const r = await run(["daily", "--answers", "answers.yaml"], { env, cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("answers.yaml: cannot be read (ENOENT)");
    fs.writeFileSync(path.join(dir, "answers.yaml"), DAILY_ANSWERS);
    expect((await run(["daily", "--answers", "answers.yaml", "--at", "2026-11-16 17:00"], { env, cwd: dir })).code).toBe(0);
    expect(entryFiles(journal)).toEqual(["2026/11/2026-11-16T1700-daily.yaml"]);
    expect(process.exitCode).toBe(before);
    // The clock is the run's: a fixed "now" decides what "today" is.
    const io = memoryIo({ env, now: new Date(2026, 10, 16, 20, 0) });
    expect((await contextOn(io)).now).toEqual(new Date(2026, 10, 16, 20, 0));
  });

  it("colours only where the run's own environment and terminal allow it", async () => {
    const { env } = tempHome();
    const plain = await run(["exercises", "list"], { env });
    const forced = await run(["exercises", "list"], { env: { ...env, NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(plain.stdout).not.toContain("\u001b[");
    expect(forced.stdout).toContain("\u001b[");
    // And the next run without it is plain again: nothing of the last run stays behind.
    expect((await run(["exercises", "list"], { env })).stdout).toBe(plain.stdout);
  });

  it("stops a flow calmly on a signal raised through the runtime, with SIGTERM's exit code", async () => {
    const { env, journal } = tempHome();
    const io = memoryIo({ env });
    Object.assign(io.rt.stdin, { isTTY: true });
    Object.assign(io.rt.stdout, { isTTY: true, columns: 60 });
    // A prompter that waits for an answer, while the terminal it runs in is closed by SIGTERM.
    const prompts: PromptsFactory = async (signal) => ({
      steps: () => ({
        ask: () =>
          new Promise((_, reject) => {
            signal?.addEventListener("abort", () => reject(Object.assign(new Error("aborted"), { name: "AbortPromptError" })));
            io.raise("SIGTERM");
          }),
      }),
      questions: {} as FlowQuestions,
    });
    const ctx = await contextOn(io, prompts);
    expect(ctx.interactive).toBe(true);
    const stopped = await daily(ctx, {}).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(Interrupted);
    expect((stopped as Interrupted).exitCode).toBe(143);
    expect(io.stderr.text).toMatch(/\S/);
    expect(entryFiles(journal)).toEqual([]);
    // Every listener the flow registered is gone again.
    expect(io.listening()).toBe(0);
  });
});
