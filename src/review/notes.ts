import fs from "node:fs/promises";
import path from "node:path";
import { explainReadError } from "../data/read-error.js";
import { readBytes } from "../data/read-whole.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { ensurePrivateDir, writeFileAtomic } from "../data/atomic-write.js";
import type { Decrypt } from "../crypto/age.js";
import { diskToText, SEALED, textToDisk } from "../crypto/sealed.js";
import { isExactly, isListOf, isRecord, isString, type Guard } from "../data/guards.js";

export interface CoachNote {
  entry: string;
  text: string;
  at: string;
}

interface NotesFile {
  schema: 1;
  journals: Record<string, CoachNote[]>;
}

/**
 * All of a coach's notes are one file, their own (never in a trainee's folder): allowed to grow far
 * beyond an entry's limits, some 300,000 notes.
 */
const NOTES_MAX_BYTES = 64 * 1024 * 1024;

/** A coach's notes live in the coach's own data folder, never in a trainee's. */
const notesPath = (dataDir: string) => path.join(dataDir, "coach-notes.yaml");
/** Once a note is made on an encrypted journal, the notes are kept encrypted to the coach. */
const sealedNotesPath = (dataDir: string) => notesPath(dataDir) + SEALED;

/** Opens what is encrypted: the coach's keys, asked for only when the notes are encrypted. */
export type Opener = () => Promise<Decrypt | undefined>;

/** Whether the notes are kept encrypted (then every new note must be too). */
export const notesSealed = (dataDir: string) => fs.stat(sealedNotesPath(dataDir)).then(() => true, () => false);

/** The notes, and whether they are kept encrypted (as found when they were read). */
async function load(dataDir: string, forChange: boolean, open?: Opener): Promise<{ notes: NotesFile; sealed: boolean }> {
  const sealed = await notesSealed(dataDir);
  const none = { notes: { schema: 1 as const, journals: {} }, sealed };
  const file = sealed ? sealedNotesPath(dataDir) : notesPath(dataDir);
  let text: string;
  try {
    const opened = await diskToText(file, await readBytes(file, NOTES_MAX_BYTES), sealed ? await open?.() : undefined);
    if (!opened.ok) {
      if (!forChange) return none;
      throw new UserError(`${file}: ${opened.invalid.reason}`);
    }
    text = Buffer.from(opened.bytes).toString("utf8");
  } catch (e) {
    if (e instanceof UserError) throw e;
    // A review goes on without notes it cannot read; a new note must not overwrite them.
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || !forChange) return none;
    throw explainReadError(file, e);
  }
  // The parser only when there are notes to read (most reviews have none), and the schema only
  // for notes the guard leaves to it.
  const { formatProblem, parseYamlGuarded } = await import("../data/parse-yaml.js");
  const schema = async () => (await import("./notes-schema.js")).NotesFile;
  const parsed = await parseYamlGuarded(text, isNotesFile, schema, file, { maxChars: NOTES_MAX_BYTES, maxNodes: Infinity });
  if (!parsed.ok) throw new UserError(`${formatProblem(parsed.problems[0]!)} (${t().errors.fixNotes})`);
  return { notes: parsed.value as NotesFile, sealed };
}

const isText: Guard<string> = (v): v is string => isString(v) && v.length > 0;
const isOne = (v: unknown): v is 1 => v === 1;
const isNote: Guard<CoachNote> = isExactly({ entry: isText, text: isText, at: isString });
/** The schema's record drops a `__proto__` key (a trainee's folder may be called so): left to it. */
const isNoteLists = (v: unknown): v is Record<string, CoachNote[]> => isRecord(v) && !Object.hasOwn(v, "__proto__") && Object.values(v).every(isListOf(isNote));
/**
 * The notes file as the schema (notes-schema.ts) takes it, checked without loading zod, which
 * alone cost a review with notes a fifth of its time. It accepts no key the schema would strip:
 * what it accepts, the schema gives back unchanged; all else is the schema's to judge.
 */
export const isNotesFile: Guard<NotesFile> = isExactly({ schema: isOne, journals: isNoteLists });

/**
 * Notes are kept by the trainee's folder name, not its place on disk: a coach who receives a fresh
 * copy of the folder each week finds the earlier notes again.
 */
const keyOf = (journal: string) => path.basename(path.resolve(journal));

/** Own keys only: a folder may be called `constructor` or `__proto__`. */
const notesOf = (all: NotesFile, key: string): CoachNote[] => (Object.hasOwn(all.journals, key) ? all.journals[key]! : []);

/** The notes kept under a trainee's folder name. */
export async function notesFor(dataDir: string, journal: string, open?: Opener): Promise<CoachNote[]> {
  return notesOf((await load(dataDir, false, open)).notes, keyOf(journal));
}

/** The coach's own public key, asked for only when a note is to be encrypted. */
export type OwnRecipient = () => Promise<string>;

/**
 * Adds a note. A note on an encrypted journal is encrypted to the coach (`recipient`), and from
 * then on all notes are, since they quote entry ids and what the coach read.
 */
export async function addNote(dataDir: string, journal: string, note: CoachNote, keys: { recipient?: OwnRecipient; open?: Opener } = {}): Promise<void> {
  // Loaded only to add a note: a review reads notes, and needs no recipients for that.
  const { readRecipients } = await import("../crypto/recipients.js");
  const sealed = (await readRecipients(journal)).length > 0 || (await notesSealed(dataDir));
  // Before the lock: finding the coach's key may ask for a passphrase.
  const sealTo = sealed && keys.recipient ? [await keys.recipient()] : [];
  const file = notesPath(dataDir);
  await ensurePrivateDir(dataDir);
  // Read, change and write under a lock: two notes made at once both stay. (Loaded here: a review,
  // which only reads notes, starts without it.)
  const { withFileLock } = await import("../data/file-lock.js");
  await withFileLock(file, async () => {
    const { notes: all, sealed: sealedNow } = await load(dataDir, true, keys.open);
    const key = keyOf(journal);
    const journals = Object.fromEntries([...Object.entries(all.journals).filter(([k]) => k !== key), [key, [...notesOf(all, key), note]]]);
    const { stringify } = await import("yaml");
    const text = stringify({ ...all, journals }, { lineWidth: 0 });
    // Looked at again under the lock, by the read: a note made meanwhile may have encrypted them all.
    if (!sealed && !sealedNow) return writeFileAtomic(file, text);
    if (sealTo.length === 0) throw new UserError(t().crypto.noIdentityYet);
    await writeFileAtomic(sealedNotesPath(dataDir), await textToDisk(sealTo, text));
    await fs.rm(file, { force: true });
  });
}
