import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readWhole } from "../../src/data/read-whole.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "read-whole-"));

describe("readWhole", () => {
  it("reads a file of several megabytes exactly, multi-byte characters included", async () => {
    const file = path.join(dir, "big.json");
    // Odd-length lines, so that characters of 2, 3 and 4 bytes straddle every power-of-two offset.
    const text = Array.from({ length: 40_000 }, (_, i) => `${i} Café — één 🙂 ${"x".repeat(i % 97)}`).join("\n");
    fs.writeFileSync(file, text);
    expect(fs.statSync(file).size).toBeGreaterThan(2 * 1024 * 1024);
    expect(await readWhole(file)).toBe(text);
  });

  it("reads an empty file as empty text", async () => {
    const file = path.join(dir, "empty");
    fs.writeFileSync(file, "");
    expect(await readWhole(file)).toBe("");
  });

  it("fails like fs does for a file that is not there", async () => {
    await expect(readWhole(path.join(dir, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
