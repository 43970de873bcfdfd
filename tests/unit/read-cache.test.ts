import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EntryFileResult } from "../../src/journal/read-entry-file.js";
import type { NewEntry } from "../../src/journal/write.js";

// Root reads any file whatever its mode, so a read that fails is staged: the first reading of the
// journal cannot read one file, the second can.
const failing = new Set<string>();
vi.mock("../../src/journal/parse-files.js", async (original) => {
  const real = await original<typeof import("../../src/journal/parse-files.js")>();
  return {
    parseFiles: async (paths: readonly string[]): Promise<EntryFileResult[]> => {
      const results = await real.parseFiles(paths);
      return results.map((r, i) =>
        failing.has(paths[i]!) ? { ok: false, invalid: { path: paths[i]!, problem: "unreadable", reason: "cannot be read (EACCES)" } } : r,
      );
    },
  };
});

const { readJournal } = await import("../../src/journal/read.js");
const { saveEntry } = await import("../../src/journal/write.js");

afterEach(() => failing.clear());

describe("the cache of a journal", () => {
  it("does not remember a file that could not be read, so it is read once it can be", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "read-cache-"));
    const journal = path.join(dir, "journal");
    const cacheDir = path.join(dir, "cache");
    const at = (h: number) => new Date(2026, 10, 24, h, 0);
    const entry: NewEntry = { kind: "daily", lang: "en", exercise: { id: "daily", version: 1 }, answers: [], actions: [] };
    const kept = await saveEntry(journal, entry, at(9));
    const locked = await saveEntry(journal, entry, at(10));
    failing.add(locked.path);

    const first = await readJournal(journal, { cacheDir });
    expect(first.entries.map((e) => e.path)).toEqual([kept.path]);
    expect(first.invalid).toMatchObject([{ path: locked.path, problem: "unreadable" }]);

    failing.clear(); // the owner made it readable: same size, same time, same inode
    const second = await readJournal(journal, { cacheDir });
    expect(second.entries.map((e) => e.path)).toEqual([kept.path, locked.path]);
    expect(second.invalid).toEqual([]);
  });
});
