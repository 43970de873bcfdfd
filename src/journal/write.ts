import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { localIso } from "../dates.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { createFileExclusive } from "../data/atomic-write.js";
import { candidateId, entryBaseName, entryDir } from "./naming.js";
import { journalRecipients, SEALED, sealedBaseName, textToDisk } from "../crypto/sealed.js";
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
    ...(entry.flags && entry.flags.length > 0 && { flags: entry.flags }),
    answers: entry.answers,
    actions: entry.actions,
  };
  // Written so that YAML 1.1 readers (PyYAML, for one) read it the same: `yes`, `no` and times are
  // quoted, or they would turn into booleans and dates there.
  return stringify(ordered, { lineWidth: 0, version: "1.1" });
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
  const base = recipients.length > 0 ? sealedBaseName(at, input.kind) : entryBaseName(at, input.kind, input.customer);
  const dir = entryDir(journal, base);
  await refuseLinkedFolders(journal, dir);
  let saved: Entry | undefined;
  const file = await createFileExclusive(
    dir,
    (n) => `${candidateId(base, n)}${ext}`,
    (name) => {
      saved = { schema: SCHEMA_VERSION, id: path.basename(name, ext), createdAt: localIso(at), ...input };
      return textToDisk(recipients, entryToYaml(saved));
    },
  );
  return { entry: saved!, path: file };
}
