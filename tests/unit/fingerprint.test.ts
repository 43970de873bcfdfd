import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintOf, withAdded } from "../../src/journal/derived.js";
import { tempDir } from "../helpers/temp.js";

/** A journal of five months, one entry file each. */
function journal(): string {
  const dir = tempDir("empathy-fingerprint-");
  for (const m of ["2026/07", "2026/08", "2026/09", "2026/10", "2026/11"]) {
    fs.mkdirSync(path.join(dir, m), { recursive: true });
    fs.writeFileSync(path.join(dir, m, `${m.replace("/", "-")}-01T0900-daily.yaml`), "x");
  }
  return dir;
}

const add = (dir: string, rel: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), "new");
};

const REL = "2026/11/2026-11-02T0900-daily.yaml";

describe("a fingerprint brought up to date with one new file", () => {
  it("is the journal's fingerprint when that file is all that changed", () => {
    const dir = journal();
    const before = fingerprintOf(dir)!;
    add(dir, REL);
    const after = withAdded(dir, before, REL)!;
    expect(after.hash).not.toBe(before.hash);
    expect(after).toEqual(fingerprintOf(dir));
    // In an older month, or a new one (which moves the recent months), it is not worked out.
    add(dir, "2026/08/2026-08-02T0900-daily.yaml");
    expect(withAdded(dir, after, "2026/08/2026-08-02T0900-daily.yaml")).toBeUndefined();
    expect(withAdded(dir, after, "2027/01/2027-01-02T0900-daily.yaml")).toBeUndefined();
  });

  it("differs from the journal's when another file came, went or changed meanwhile", () => {
    const dir = journal();
    const cases: [string, () => void][] = [
      ["another file in the same month", () => add(dir, "2026/11/2026-11-03T0900-daily.yaml")],
      ["a file in an old month", () => add(dir, "2026/07/2026-07-03T0900-daily.yaml")],
      ["a recent file changed", () => fs.appendFileSync(path.join(dir, "2026/10/2026-10-01T0900-daily.yaml"), "more")],
      ["a recent file removed", () => fs.rmSync(path.join(dir, "2026/09/2026-09-01T0900-daily.yaml"))],
      ["a new year", () => fs.mkdirSync(path.join(dir, "2027"))],
    ];
    for (const [what, change] of cases) {
      const before = fingerprintOf(dir)!;
      add(dir, REL);
      change();
      expect(withAdded(dir, before, REL)!.hash, what).not.toBe(fingerprintOf(dir)!.hash);
      fs.rmSync(path.join(dir, REL));
    }
  });
});
