import fs from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { TRASH_DIR } from "../journal/trash.js";

export interface Trainee {
  /** The folder's name: how the trainee is shown. */
  name: string;
  dir: string;
}

/** Why a member of a team folder is not reviewed: a code here, words in the renderers. */
export type NotReviewedReason = "empty" | "not-journal" | "nested" | "link" | "unreadable" | "file";

/** A member of a team folder that is not reviewed, and why: none is left out without a word. */
export interface NotReviewed {
  /** As the coach wrote the team folder, joined with the member's name. */
  path: string;
  reason: NotReviewedReason;
  /** For `unreadable`: the system's error code (EACCES, …). */
  error?: string;
  /** For `nested`: the journal one level deeper, to review instead. */
  journal?: string;
}

const YEAR = /^\d{4}$/;

/** Year folders, or a trash folder: a journal whose every entry was deleted is still a journal. */
const hasYears = (items: readonly fs.Dirent[]) => items.some((i) => i.isDirectory() && (YEAR.test(i.name) || i.name === TRASH_DIR));

/** A journal holds year folders (or nothing yet but an exercises or drafts folder). */
function isJournal(dir: string): boolean {
  return hasYears(fs.readdirSync(dir, { withFileTypes: true }));
}

/**
 * A folder of trainees' journals given where a journal was expected: no year folders of its own,
 * and at least one subfolder that is a journal.
 */
export function isTeamFolder(dir: string): boolean {
  const journalHere = (d: string) => {
    try {
      return isJournal(d);
    } catch {
      return false; // a member that cannot be read is no journal to point at
    }
  };
  let items: fs.Dirent[];
  try {
    items = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return !hasYears(items) && items.some((i) => i.isDirectory() && !i.name.startsWith(".") && journalHere(path.join(dir, i.name)));
}

/** The same for a folder the coach named: one that cannot be read is the coach's to fix. */
function isNamedJournal(dir: string): boolean {
  try {
    return isJournal(dir);
  } catch (e) {
    throw new UserError(t().errors.unreadable(dir, (e as NodeJS.ErrnoException).code ?? "error"));
  }
}

const visible = (items: readonly fs.Dirent[]) => items.filter((i) => !i.name.startsWith("."));

/**
 * Why a member's folder that is no journal is one: empty, holding a journal one level deeper
 * (`team/dave/journal/2026/…`, a copy made one folder too high), or something else.
 */
function whyNoJournal(sub: string, shown: string): NotReviewed {
  const items = visible(fs.readdirSync(sub, { withFileTypes: true }));
  if (items.length === 0) return { path: shown, reason: "empty" };
  for (const i of items.filter((x) => x.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    try {
      if (isJournal(path.join(sub, i.name))) return { path: shown, reason: "nested", journal: path.join(shown, i.name) };
    } catch {
      // A deeper folder that cannot be read says nothing about this one.
    }
  }
  return { path: shown, reason: "not-journal" };
}

/** One member of a team folder: a trainee, or the reason it is not one. Links are not followed. */
function member(dir: string, shownDir: string, m: fs.Dirent): Trainee | NotReviewed {
  const sub = path.join(dir, m.name);
  const shown = path.join(shownDir, m.name);
  if (m.isSymbolicLink()) return { path: shown, reason: "link" };
  if (!m.isDirectory()) return { path: shown, reason: "file" };
  try {
    return isJournal(sub) ? { name: m.name, dir: sub } : whyNoJournal(sub, shown);
  } catch (e) {
    return { path: shown, reason: "unreadable", error: (e as NodeJS.ErrnoException).code ?? "error" };
  }
}

/**
 * The trainees behind the folders a coach names: a folder that is a journal is one trainee; a
 * folder whose subfolders are journals is a team, one trainee per subfolder. Every other member of
 * a team (hidden ones aside, such as `.git`) is returned with the reason it is not reviewed, so
 * that the review can say so: a member that cannot be read does not stop the rest of the team.
 * Relative folders are taken from `cwd`, the folder the run was started in.
 */
export function resolveTrainees(dirs: readonly string[], cwd: string): { trainees: Trainee[]; notReviewed: NotReviewed[] } {
  const trainees: Trainee[] = [];
  const notReviewed: NotReviewed[] = [];
  for (const given of dirs) {
    const dir = path.resolve(cwd, given);
    let st: fs.Stats;
    try {
      st = fs.statSync(dir);
    } catch {
      throw new UserError(t().errors.noFolder(given));
    }
    if (!st.isDirectory()) throw new UserError(t().errors.notFolder(given));
    if (isNamedJournal(dir)) {
      trainees.push({ name: path.basename(dir), dir });
      continue;
    }
    const members = visible(fs.readdirSync(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    const before = trainees.length;
    const left: NotReviewed[] = [];
    for (const m of members) {
      const found = member(dir, given, m);
      if ("reason" in found) left.push(found);
      else trainees.push(found);
    }
    if (trainees.length === before) {
      // A trainee's folder whose journal sits one level deeper: the coach named the wrong folder.
      const deeper = left.find((n) => n.journal !== undefined);
      throw new UserError(deeper ? t().errors.journalDeeper(given, deeper.journal!) : t().errors.notJournal(given));
    }
    notReviewed.push(...left);
  }
  const names = new Map<string, number>();
  for (const t of trainees) {
    // Two folders with the same name (from different teams) stay apart in tables.
    const n = (names.get(t.name) ?? 0) + 1;
    names.set(t.name, n);
    if (n > 1) t.name = `${t.name} (${n})`;
  }
  return { trainees, notReviewed };
}
