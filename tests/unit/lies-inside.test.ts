import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { liesInside } from "../../src/cli/lies-inside.js";
import { tempDir } from "../helpers/temp.js";

describe("liesInside", () => {
  it("takes relative paths from the run's folder, not the process's", () => {
    const root = tempDir("inside-");
    fs.mkdirSync(path.join(root, "team", "anna"), { recursive: true });
    expect(liesInside("team/anna/out.html", "team", root)).toBe(true);
    expect(liesInside("out.html", "team", root)).toBe(false);
    // The same words from another folder lead elsewhere.
    expect(liesInside("team/anna/out.html", path.join(root, "team"), os.tmpdir())).toBe(false);
  });
});
