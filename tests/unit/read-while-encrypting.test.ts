/** A read of a plain journal that `encryption on` overtakes leaves no plain copy in the cache. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeEntries } from "../../src/demo/write.js";
import { RECIPIENTS_FILE } from "../../src/crypto/sealed.js";
import { forgetPlainCopies } from "../../src/journal/customer-index.js";
import { readJournal } from "../../src/journal/read.js";
import { debrief } from "../helpers/entries.js";
import { allFiles } from "../helpers/cli.js";
import { tempDir } from "../helpers/temp.js";

describe("a read overtaken by encryption on", () => {
  it("removes the plain index and customer names it wrote after the cache was cleared", async () => {
    const dir = tempDir("read-encrypting-");
    const [journal, cache] = [path.join(dir, "journal"), path.join(dir, "cache")];
    await writeEntries(journal, Array.from({ length: 300 }, (_, i) => debrief(`2026-0${1 + (i % 9)}-1${i % 10}`, { customer: "Acme Secret BV" })));
    let overtaken = false;
    const { entries } = await readJournal(journal, {
      cacheDir: cache,
      // While the files are parsed, `encryption on` runs as it does: the recipients, then the cache cleared.
      onProgress: () => {
        if (overtaken) return;
        overtaken = true;
        fs.writeFileSync(path.join(journal, RECIPIENTS_FILE), "age1example\n");
        void forgetPlainCopies(cache, journal);
      },
    });
    expect([overtaken, entries.length]).toEqual([true, 300]);
    const naming = allFiles(cache).filter((f) => fs.readFileSync(f, "utf8").includes("Acme Secret"));
    expect(naming).toEqual([]);
  });
});
