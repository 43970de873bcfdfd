import fs from "node:fs/promises";
import { ensurePrivateDir, FILE_MODE } from "../data/atomic-write.js";
import { mapLimit } from "../data/map-limit.js";
import type { Entry } from "../journal/entry.js";
import { entryDir, plainEntryPath } from "../journal/naming.js";
import { entryToYaml } from "../journal/write.js";

/**
 * Writes generated entries into a fresh folder. No entry can exist there yet, so this skips the
 * one-by-one durable path of real entries (`wx` still refuses to replace a file).
 */
export async function writeEntries(journal: string, entries: readonly Entry[]): Promise<void> {
  const dirs = new Set(entries.map((e) => entryDir(journal, e.id)));
  for (const dir of dirs) await ensurePrivateDir(dir);
  await mapLimit(entries, 16, (e) =>
    fs.writeFile(plainEntryPath(journal, e.id), entryToYaml(e), { mode: FILE_MODE, flag: "wx" }),
  );
}
