import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { FileRefused, readBytesSync, readWhole } from "../../src/data/read-whole.js";
import { tempDir } from "../helpers/temp.js";

const dir = tempDir("read-whole-");

describe("readWhole", () => {
  it("reads a file of several megabytes exactly, multi-byte characters included", async () => {
    const file = path.join(dir, "big.json");
    // Odd-length lines, so that characters of 2, 3 and 4 bytes straddle every power-of-two offset.
    const text = Array.from({ length: 40_000 }, (_, i) => `${i} Café — één 🙂 ${"x".repeat(i % 97)}`).join("\n");
    fs.writeFileSync(file, text);
    expect(fs.statSync(file).size).toBeGreaterThan(2 * 1024 * 1024);
    expect(await readWhole(file, 4 * 1024 * 1024)).toBe(text);
  });

  it("reads an empty file as empty text", async () => {
    const file = path.join(dir, "empty");
    fs.writeFileSync(file, "");
    expect(await readWhole(file)).toBe("");
  });

  it("fails like fs does for a file that is not there", async () => {
    await expect(readWhole(path.join(dir, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  // Finding: drafts were read without a check on type or size, and links were followed, so a FIFO
  // hung the home screen and a link to /dev/urandom cost a gigabyte.
  it("refuses a FIFO at once, without waiting for a writer", async () => {
    const fifo = path.join(dir, "fifo.yaml");
    execFileSync("mkfifo", [fifo]);
    await expect(readWhole(fifo)).rejects.toMatchObject({ kind: "not-regular" });
    expect(() => readBytesSync(fifo)).toThrow(FileRefused);
  });

  it("does not follow a link, to a device or to an ordinary file", async () => {
    const target = path.join(dir, "target.yaml");
    fs.writeFileSync(target, "a: 1\n");
    for (const [name, to] of [["zero.yaml", "/dev/zero"], ["urandom.yaml", "/dev/urandom"], ["link.yaml", target]] as const) {
      fs.symlinkSync(to, path.join(dir, name));
      await expect(readWhole(path.join(dir, name))).rejects.toMatchObject({ kind: "link" });
    }
  });

  it("refuses a file above its cap by its size, before reading it", async () => {
    const file = path.join(dir, "large.yaml");
    fs.writeFileSync(file, "[".repeat(2000));
    await expect(readWhole(file, 1000)).rejects.toMatchObject({ kind: "too-large", size: 2000 });
    expect(await readWhole(file, 2000)).toHaveLength(2000);
    expect(readBytesSync(file, 2000)).toHaveLength(2000);
  });
});
