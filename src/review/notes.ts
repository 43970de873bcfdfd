import path from "node:path";
import { explainReadError } from "../data/read-error.js";
import { readWhole } from "../data/read-whole.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { ensurePrivateDir, writeFileAtomic } from "../data/atomic-write.js";

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

async function load(dataDir: string, forChange: boolean): Promise<NotesFile> {
  const file = notesPath(dataDir);
  let text: string;
  try {
    text = await readWhole(file, NOTES_MAX_BYTES);
  } catch (e) {
    // A review goes on without notes it cannot read; a new note must not overwrite them.
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || !forChange) return { schema: 1, journals: {} };
    throw explainReadError(file, e);
  }
  // Parser and schema only when there are notes to read: most reviews have none.
  const [{ formatProblem, parseYaml }, { NotesFile }] = await Promise.all([import("../data/parse-yaml.js"), import("./notes-schema.js")]);
  const parsed = parseYaml(text, NotesFile, file, { maxChars: NOTES_MAX_BYTES, maxNodes: Infinity });
  if (!parsed.ok) throw new UserError(`${formatProblem(parsed.problems[0]!)} (${t().errors.fixNotes})`);
  return parsed.value as NotesFile;
}

/**
 * Notes are kept by the trainee's folder name, not its place on disk: a coach who receives a fresh
 * copy of the folder each week finds the earlier notes again.
 */
const keyOf = (journal: string) => path.basename(path.resolve(journal));

/** Own keys only: a folder may be called `constructor` or `__proto__`. */
const notesOf = (all: NotesFile, key: string): CoachNote[] => (Object.hasOwn(all.journals, key) ? all.journals[key]! : []);

/** The notes kept under a trainee's folder name. */
export async function notesFor(dataDir: string, journal: string): Promise<CoachNote[]> {
  return notesOf(await load(dataDir, false), keyOf(journal));
}

export async function addNote(dataDir: string, journal: string, note: CoachNote): Promise<void> {
  const file = notesPath(dataDir);
  await ensurePrivateDir(dataDir);
  // Read, change and write under a lock: two notes made at once both stay. (Loaded here: a review,
  // which only reads notes, starts without it.)
  const { withFileLock } = await import("../data/file-lock.js");
  await withFileLock(file, async () => {
    const all = await load(dataDir, true);
    const key = keyOf(journal);
    const journals = Object.fromEntries([...Object.entries(all.journals).filter(([k]) => k !== key), [key, [...notesOf(all, key), note]]]);
    const { stringify } = await import("yaml");
    await writeFileAtomic(file, stringify({ ...all, journals }, { lineWidth: 0 }));
  });
}
