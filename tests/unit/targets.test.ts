import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resolveTrainees } from "../../src/review/targets.js";

afterEach(() => vi.restoreAllMocks());

describe("resolveTrainees", () => {
  it("reviews the rest of a team when one member's folder cannot be read, and says which", () => {
    const team = fs.mkdtempSync(path.join(os.tmpdir(), "team-"));
    for (const name of ["anna", "bob", "chris"]) fs.mkdirSync(path.join(team, name, "2026"), { recursive: true });
    // Root reads any folder whatever its mode, so the refusal is staged.
    const real = fs.readdirSync;
    vi.spyOn(fs, "readdirSync").mockImplementation(((dir: fs.PathLike, opts?: unknown) => {
      if (String(dir) === path.join(team, "bob")) throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      return (real as (d: fs.PathLike, o?: unknown) => unknown)(dir, opts);
    }) as typeof fs.readdirSync);
    const { trainees, skipped } = resolveTrainees([team]);
    expect(trainees.map((t) => t.name)).toEqual(["anna", "chris"]);
    expect(skipped).toEqual([{ path: path.join(team, "bob"), reason: expect.stringContaining("cannot be read (EACCES)") }]);
  });

  it("still stops when the folder the coach named cannot be read", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "team-"));
    vi.spyOn(fs, "readdirSync").mockImplementation(() => {
      throw Object.assign(new Error("EACCES"), { code: "EACCES" });
    });
    expect(() => resolveTrainees([dir])).toThrow(/cannot be read \(EACCES\)/);
  });
});
