import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { localIso } from "../dates.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { createFileExclusive } from "../data/atomic-write.js";
import { portableStringify } from "../data/portable-yaml.js";
import { sizeText } from "../i18n/messages.js";
import { MAX_ENTRY_BYTES } from "./scan.js";
import { candidateId, entryBaseName, entryDir, sealedBaseName } from "./naming.js";
import { journalRecipients, SEALED, textToDisk } from "../crypto/sealed.js";
import { SCHEMA_VERSION, type Entry } from "./entry.js";

export type NewEntry = Omit<Entry, "schema" | "id" | "createdAt">;

/** An entry as file text. Field order: what a reader wants first comes first. */
export function entryToYaml(entry: Entry): string {
  const ordered = {
    schema: entry.schema,
    id: entry.id,
    kind: entry.kind,
    createdAt: entry.createdAt,
    lang: entry.lang,
    ...(entry.customer !== undefined && { customer: entry.customer }),
    exercise: entry.exercise,
    ...(entry.links && { links: entry.links }),
    ...(entry.focus !== undefined && { focus: entry.focus }),
    ...(entry.flags && entry.flags.length > 0 && { flags: entry.flags }),
    ...(entry.tags && entry.tags.length > 0 && { tags: entry.tags }),
    answers: entry.answers,
    actions: entry.actions,
  };
  // Written so that YAML 1.1 readers (PyYAML, for one) read it the same: `yes`, `no` and times are
  // quoted, or they would turn into booleans and dates there, and tabs and controls are escaped.
  return portableStringify(ordered);
}

/** A short id for a follow-up action, unlike any in `taken`. */
export function newActionId(taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const id = randomBytes(4).toString("hex");
    if (!taken.has(id)) return id;
  }
}

/**
 * Readers never follow a link in a journal, so an entry written through a linked year or month
 * folder would be saved and then never seen again: such a folder is the user's to sort out.
 */
async function refuseLinkedFolders(journal: string, dir: string): Promise<void> {
  for (const folder of [path.dirname(dir), dir]) {
    const st = await fs.lstat(folder).catch(() => undefined);
    if (st?.isSymbolicLink()) throw new UserError(t().errors.linkedFolder(path.relative(journal, folder), folder));
  }
}

/**
 * Saves a new entry as `<journal>/YYYY/MM/<id>.yaml`, atomically and without ever replacing
 * another entry: two entries in the same minute get `-2`, `-3`, … A journal with recipients gets
 * `<id>.yaml.age` instead, encrypted to all of them, under a name without the customer.
 * Returns the saved entry.
 */
export async function saveEntry(journal: string, input: NewEntry, at: Date): Promise<{ entry: Entry; path: string }> {
  const recipients = await journalRecipients(journal);
  const ext = recipients.length > 0 ? `.yaml${SEALED}` : ".yaml";
  const base = recipients.length > 0 ? sealedBaseName(at, input.kind, randomBytes(5).toString("hex")) : entryBaseName(at, input.kind, input.customer);
  const dir = entryDir(journal, base);
  await refuseLinkedFolders(journal, dir);
  let saved: Entry | undefined;
  const file = await createFileExclusive(
    dir,
    (n) => `${candidateId(base, n)}${ext}`,
    (name) => {
      saved = { schema: SCHEMA_VERSION, id: path.basename(name, ext), createdAt: localIso(at), ...input };
      const text = entryToYaml(saved);
      // Never a file the journal would then skip as too large.
      if (Buffer.byteLength(text) > MAX_ENTRY_BYTES) throw new UserError(t().errors.entryTooLarge(sizeText(MAX_ENTRY_BYTES)));
      return textToDisk(recipients, text);
    },
  );
  return { entry: saved!, path: file };
}
