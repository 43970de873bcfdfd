import fs from "node:fs";
import path from "node:path";
import { peekConfig } from "../../config/peek-config.js";
import { readCustomerIndex } from "../../journal/customer-index.js";
import { ENTRY_NAME } from "../../journal/naming.js";
import { trashedIds } from "../../journal/trash.js";
import { resolveFolders } from "../../paths.js";
import type { Runtime } from "../runtime.js";
import { givenValue } from "../globals.js";
import type { CompletionSources } from "./complete.js";

/**
 * The entry ids of a journal that start with `prefix`, newest first, from file names alone: no
 * file is opened, and a prefix that names a year or a month reads only that folder.
 */
function entryIds(journal: string, prefix: string): string[] {
  const names = (dir: string, pattern: RegExp, start: string) => {
    try {
      return fs.readdirSync(dir).filter((n) => pattern.test(n) && (n.startsWith(start) || start.startsWith(n))).sort().reverse();
    } catch {
      return [];
    }
  };
  const year = prefix.slice(0, 4);
  const month = prefix.length > 5 ? prefix.slice(5, 7) : "";
  return names(journal, /^\d{4}$/, year).flatMap((y) =>
    names(path.join(journal, y), /^(0[1-9]|1[0-2])$/, month).flatMap((m) =>
      names(path.join(journal, y, m), ENTRY_NAME, prefix).map((n) => n.slice(0, -".yaml".length)),
    ),
  );
}

/** The run's environment and folder, which name the journal when the line does not. */
type Place = Pick<Runtime, "env" | "cwd">;

/** `--journal DIR` as typed on the line being completed, else where the tool would look. */
function journalOf(words: readonly string[], rt: Place): { journal: string; cache: string } {
  const given = givenValue(words, "--journal");
  const base = resolveFolders({}, rt.env);
  const config = given || rt.env.EMPATHY_JOURNAL ? {} : peekConfig(base.config);
  const folders = resolveFolders({ journal: given, configJournal: config.journal, cwd: rt.cwd }, rt.env);
  return { journal: folders.journal, cache: folders.cache };
}

/** Lazy sources: a Tab after `show` lists file names, one after `--customer` reads one small file. */
export function completionSources(words: readonly string[], rt: Place): CompletionSources {
  const { journal, cache } = journalOf(words, rt);
  return {
    entryIds: (prefix) => entryIds(journal, prefix),
    trashedIds: () => trashedIds(journal).map((x) => x.id),
    customers: () => readCustomerIndex(cache, journal),
  };
}
