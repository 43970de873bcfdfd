import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintOf, onlyAdded } from "../../src/journal/derived.js";

/** A journal of some months (five unless given), one entry file each. */
function journal(months = ["2026/07", "2026/08", "2026/09", "2026/10", "2026/11"]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "empathy-fingerprint-"));
  for (const m of months) {
    fs.mkdirSync(path.join(dir, m), { recursive: true });
    fs.writeFileSync(path.join(dir, m, `${m.replace("/", "-")}-01T0900-daily.yaml`), "x");
  }
  return dir;
}

const add = (dir: string, rel: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), "new");
};

describe("whether one new file is all that changed in a journal", () => {
  it("holds for a file added to a recent month, or to a new month while the recent ones stay", () => {
    const dir = journal();
    const before = fingerprintOf(dir)!;
    add(dir, "2026/11/2026-11-02T0900-daily.yaml");
    expect(onlyAdded(before, fingerprintOf(dir)!, "2026/11/2026-11-02T0900-daily.yaml")).toBe(true);
    const again = fingerprintOf(dir)!;
    add(dir, "2027/01/2027-01-02T0900-daily.yaml");
    // The oldest of the recent months is now checked by its folder only: its file leaves the fingerprint.
    expect(onlyAdded(again, fingerprintOf(dir)!, "2027/01/2027-01-02T0900-daily.yaml")).toBe(false);
    const young = journal(["2026/11"]);
    const first = fingerprintOf(young)!;
    add(young, "2027/01/2027-01-02T0900-daily.yaml");
    expect(onlyAdded(first, fingerprintOf(young)!, "2027/01/2027-01-02T0900-daily.yaml")).toBe(true);
  });

  it("does not hold when another file came, went or changed meanwhile, or the file was there before", () => {
    const dir = journal();
    const rel = "2026/11/2026-11-02T0900-daily.yaml";
    const cases: [string, () => void][] = [
      ["another file in the same month", () => add(dir, "2026/11/2026-11-03T0900-daily.yaml")],
      ["a file in an old month", () => add(dir, "2026/07/2026-07-03T0900-daily.yaml")],
      ["a recent file changed", () => fs.appendFileSync(path.join(dir, "2026/10/2026-10-01T0900-daily.yaml"), "more")],
      ["a recent file removed", () => fs.rmSync(path.join(dir, "2026/09/2026-09-01T0900-daily.yaml"))],
    ];
    for (const [what, change] of cases) {
      const before = fingerprintOf(dir)!;
      add(dir, rel);
      change();
      expect(onlyAdded(before, fingerprintOf(dir)!, rel), what).toBe(false);
      fs.rmSync(path.join(dir, rel));
    }
    const before = fingerprintOf(dir)!;
    add(dir, rel);
    const after = fingerprintOf(dir)!;
    expect(onlyAdded(before, after, rel)).toBe(true);
    expect(onlyAdded(after, fingerprintOf(dir)!, rel), "there before").toBe(false);
  });
});
