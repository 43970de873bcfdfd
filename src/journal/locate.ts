import path from "node:path";
import { findById } from "./queries.js";
import { readEntryFile } from "./read-entry-file.js";
import { scanJournal } from "./scan.js";
import type { StoredEntry } from "./entry.js";
import { UserError } from "../errors.js";
import { idFromName, isSealed } from "../crypto/sealed.js";

/**
 * One entry by id or unique id prefix, found by file name: only that file is read. `hint` is the
 * command that lists the ids (another journal than the own one needs its --journal). `keys` open
 * an encrypted entry.
 */
export async function locateEntry(
  journal: string,
  idOrPrefix: string,
  hint = "empathy list",
  keys?: () => Promise<readonly string[] | undefined>,
): Promise<StoredEntry> {
  const { files } = scanJournal(journal);
  const key = idOrPrefix.trim().replace(/\.yaml(\.age)?$/, "");
  const idOf = (f: { path: string }) => idFromName(path.basename(f.path));
  const what = { noun: "entry", hint } as const;
  if (!files.some((f) => idOf(f).startsWith(key)) && files.some((f) => isSealed(f.path))) {
    // An entry encrypted by `encryption on` keeps its id but not its name: only its content tells.
    const { readJournal } = await import("./read.js");
    const { entries } = await readJournal(journal, keys ? { keys } : {});
    return findById(entries, (e) => e.entry.id, key, what);
  }
  const file = findById(files, idOf, key, what);
  const decrypt = isSealed(file.path) && keys ? await keys() : undefined;
  const r = await readEntryFile(file.path, decrypt && (await (await import("../crypto/age.js")).decrypterFor(decrypt)));
  if (!r.ok) throw new UserError(`${r.invalid.path}${r.invalid.line ? `:${r.invalid.line}` : ""}: ${r.invalid.reason}`);
  return r.entry;
}
