import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withScratchFile } from "../../src/session/scratch.js";

const fallback = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "scratch-")), "cache");

describe("withScratchFile", () => {
  it("gives a private copy and removes its folder afterwards, also when the work fails", async () => {
    let seen = "";
    const listeners = process.listenerCount("SIGTERM");
    const text = await withScratchFile(fallback(), "entry.yaml", "answer: secret\n", async (file) => {
      seen = file;
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      return fs.readFileSync(file, "utf8");
    });
    expect(text).toBe("answer: secret\n");
    expect(fs.existsSync(path.dirname(seen))).toBe(false);
    await expect(
      withScratchFile(fallback(), "entry.yaml", "x", async (file) => {
        seen = file;
        throw new Error("editor failed");
      }),
    ).rejects.toThrow("editor failed");
    expect(fs.existsSync(path.dirname(seen))).toBe(false);
    expect(process.listenerCount("SIGTERM")).toBe(listeners);
  });

  it("removes the user's scratch folders that a killed run left a day ago, and no others", async () => {
    let base = "";
    await withScratchFile(fallback(), "a", "", async (file) => void (base = path.dirname(path.dirname(file))));
    const old = path.join(base, "empathy-0ldRun");
    const recent = path.join(base, "empathy-n0wRun");
    for (const d of [old, recent]) fs.mkdirSync(d, { mode: 0o700 });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    fs.utimesSync(old, twoDaysAgo, twoDaysAgo);
    try {
      await withScratchFile(fallback(), "a", "", async () => undefined);
      expect([fs.existsSync(old), fs.existsSync(recent)]).toEqual([false, true]);
    } finally {
      for (const d of [old, recent]) fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
