import fs from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { z } from "zod";
import { UserError } from "../errors.js";
import { writeFileAtomic } from "../data/atomic-write.js";
import { formatProblem, parseYaml } from "../data/parse-yaml.js";

export const CoachNote = z.object({ entry: z.string().min(1), text: z.string().min(1), at: z.string() });
export type CoachNote = z.infer<typeof CoachNote>;

/** All of a coach's notes, by trainee folder. They live in the coach's data folder, never in a trainee's. */
const NotesFile = z.object({ schema: z.literal(1), journals: z.record(z.string(), z.array(CoachNote)) });
type NotesFile = z.infer<typeof NotesFile>;

const notesPath = (dataDir: string) => path.join(dataDir, "coach-notes.yaml");

async function load(dataDir: string): Promise<NotesFile> {
  const file = notesPath(dataDir);
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return { schema: 1, journals: {} };
  }
  const parsed = parseYaml(text, NotesFile, file);
  if (!parsed.ok) throw new UserError(`${formatProblem(parsed.problems[0]!)} (the coach notes file; fix it by hand)`);
  return parsed.value;
}

export async function notesFor(dataDir: string, journal: string): Promise<CoachNote[]> {
  return (await load(dataDir)).journals[path.resolve(journal)] ?? [];
}

export async function addNote(dataDir: string, journal: string, note: CoachNote): Promise<void> {
  const all = await load(dataDir);
  const key = path.resolve(journal);
  all.journals[key] = [...(all.journals[key] ?? []), note];
  await writeFileAtomic(notesPath(dataDir), stringify(all, { lineWidth: 0 }));
}
