import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withScratchFile } from "../../src/session/scratch.js";
import { memoryIo } from "../helpers/memory-io.js";
import { tempDir } from "../helpers/temp.js";

const fallback = () => path.join(tempDir("scratch-"), "cache");
const quiet = () => ({ onSignal: memoryIo().rt.onSignal });

describe("withScratchFile", () => {
  it("gives a private copy and removes its folder afterwards, also when the work fails", async () => {
    let seen = "";
    const io = memoryIo();
    const text = await withScratchFile(fallback(), "entry.yaml", "answer: secret\n", { onSignal: io.rt.onSignal }, async (file) => {
      seen = file;
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      return fs.readFileSync(file, "utf8");
    });
    expect(text).toBe("answer: secret\n");
    expect(fs.existsSync(path.dirname(seen))).toBe(false);
    await expect(
      withScratchFile(fallback(), "entry.yaml", "x", { onSignal: io.rt.onSignal, end: io.rt.exit }, async (file) => {
        seen = file;
        throw new Error("editor failed");
      }),
    ).rejects.toThrow("editor failed");
    expect(fs.existsSync(path.dirname(seen))).toBe(false);
    expect(io.listening()).toBe(0);
  });

  it("removes the user's scratch folders that a killed run left a day ago, and no others", async () => {
    let base = "";
    await withScratchFile(fallback(), "a", "", quiet(), async (file) => void (base = path.dirname(path.dirname(file))));
    const old = path.join(base, "empathy-0ldRun");
    const recent = path.join(base, "empathy-n0wRun");
    for (const d of [old, recent]) fs.mkdirSync(d, { mode: 0o700 });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    fs.utimesSync(old, twoDaysAgo, twoDaysAgo);
    try {
      await withScratchFile(fallback(), "a", "", quiet(), async () => undefined);
      expect([fs.existsSync(old), fs.existsSync(recent)]).toEqual([false, true]);
    } finally {
      for (const d of [old, recent]) fs.rmSync(d, { recursive: true, force: true });
    }
  });

  it("a signal removes the folder and ends the run with its code; a flow's own stop only at the end", async () => {
    const io = memoryIo();
    let seen = "";
    await withScratchFile(fallback(), "entry.yaml", "x", { onSignal: io.rt.onSignal, end: io.rt.exit }, async (file) => {
      seen = file;
      io.raise("SIGTERM");
      expect(fs.existsSync(path.dirname(file))).toBe(false);
    });
    expect(io.exits).toEqual([143]);
    const flow = memoryIo();
    await withScratchFile(fallback(), "answer.md", "x", { onSignal: flow.rt.onSignal }, async (file) => {
      seen = file;
      flow.raise("SIGHUP");
      // The flow keeps its draft and ends the run; the answer being written is still there to read.
      expect(fs.readFileSync(file, "utf8")).toBe("x");
      flow.raise("exit");
      expect(fs.existsSync(path.dirname(file))).toBe(false);
    });
    expect([flow.exits, flow.listening(), fs.existsSync(path.dirname(seen))]).toEqual([[], 0, false]);
  });
});
