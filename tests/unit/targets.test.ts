import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { notReviewedLines } from "../../src/render/not-reviewed.js";
import { resolveTrainees } from "../../src/review/targets.js";
import { tempDir } from "../helpers/temp.js";

afterEach(() => vi.restoreAllMocks());

/** Fails reading one folder with `code`, as the system would for a folder the reader may not open. */
function refuse(dir: string, code: string): void {
  const real = fs.readdirSync;
  vi.spyOn(fs, "readdirSync").mockImplementation(((d: fs.PathLike, opts?: unknown) => {
    if (String(d) === dir) throw Object.assign(new Error(code), { code });
    return (real as (d: fs.PathLike, o?: unknown) => unknown)(d, opts);
  }) as typeof fs.readdirSync);
}

describe("resolveTrainees", () => {
  it("reviews the journals of a team and gives every other member its reason", () => {
    const team = tempDir("team-");
    for (const name of ["anna", "bob", "chris"]) fs.mkdirSync(path.join(team, name, "2026"), { recursive: true });
    fs.mkdirSync(path.join(team, "dave", "journal", "2026", "11"), { recursive: true });
    fs.mkdirSync(path.join(team, "emma"));
    fs.mkdirSync(path.join(team, "frank", "photos"), { recursive: true });
    fs.writeFileSync(path.join(team, "notes.txt"), "agenda\n");
    fs.symlinkSync(path.join(team, "anna"), path.join(team, "gina"));
    fs.mkdirSync(path.join(team, ".git"));
    // Root reads any folder whatever its mode, so the refusal is staged here; the end-to-end test
    // of the review meets a real one, run as a user without the right.
    fs.mkdirSync(path.join(team, "hugo", "2026"), { recursive: true });
    refuse(path.join(team, "hugo"), "EACCES");
    const { trainees, notReviewed } = resolveTrainees([team], "/");
    expect(trainees.map((t) => t.name)).toEqual(["anna", "bob", "chris"]);
    expect(notReviewed).toEqual([
      { path: path.join(team, "dave"), reason: "nested", journal: path.join(team, "dave", "journal") },
      { path: path.join(team, "emma"), reason: "empty" },
      { path: path.join(team, "frank"), reason: "not-journal" },
      { path: path.join(team, "gina"), reason: "link" },
      { path: path.join(team, "hugo"), reason: "unreadable", error: "EACCES" },
      { path: path.join(team, "notes.txt"), reason: "file" },
    ]);
    expect(notReviewedLines(notReviewed, "en")[0]).toBe(`${path.join(team, "dave")}: holds a journal one level deeper: review \`${path.join(team, "dave", "journal")}\``);
    expect(notReviewedLines(notReviewed, "nl")[4]).toBe(`${path.join(team, "hugo")}: map kan niet gelezen worden (EACCES)`);
  });

  it("names members as the coach wrote the team folder", () => {
    const parent = tempDir("team-");
    fs.mkdirSync(path.join(parent, "team", "anna", "2026"), { recursive: true });
    fs.mkdirSync(path.join(parent, "team", "dave", "journal", "2026"), { recursive: true });
    // Taken from the run's folder, not the process's: the process stays where it is.
    expect(resolveTrainees(["team/"], parent).notReviewed).toEqual([{ path: "team/dave", reason: "nested", journal: "team/dave/journal" }]);
  });

  it("points at a journal deeper down when the folder named holds none to review", () => {
    const team = tempDir("team-");
    fs.mkdirSync(path.join(team, "emma", "photos"), { recursive: true });
    expect(() => resolveTrainees([team], "/")).toThrow(`${team}: neither a journal nor a folder of journals`);
    fs.mkdirSync(path.join(team, "dave", "journal", "2026"), { recursive: true });
    expect(() => resolveTrainees([team], "/")).toThrow(`${team}: no journal here, but there is one deeper down: empathy review "${path.join(team, "dave", "journal")}"`);
  });

  it("still stops when the folder the coach named cannot be read", () => {
    const dir = tempDir("team-");
    vi.spyOn(fs, "readdirSync").mockImplementation(() => {
      throw Object.assign(new Error("EACCES"), { code: "EACCES" });
    });
    expect(() => resolveTrainees([dir], "/")).toThrow(/cannot be read \(EACCES\)/);
  });
});
