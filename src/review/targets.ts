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

/** A folder in a team folder that is not reviewed, and why. */
export interface Skipped {
  path: string;
  reason: string;
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

/**
 * The trainees behind the folders a coach names: a folder that is a journal is one trainee; a
 * folder whose subfolders are journals is a team, one trainee per subfolder. Links are not
 * followed, so a team folder cannot lead the review elsewhere; they are returned as skipped, as
 * are members' folders that cannot be read.
 */
export function resolveTrainees(dirs: readonly string[]): { trainees: Trainee[]; skipped: Skipped[] } {
  const trainees: Trainee[] = [];
  const skipped: Skipped[] = [];
  for (const given of dirs) {
    const dir = path.resolve(given);
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
    const members = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((i) => !i.name.startsWith("."))
      .sort((a, b) => a.name.localeCompare(b.name));
    const before = trainees.length;
    for (const m of members) {
      const sub = path.join(dir, m.name);
      if (m.isSymbolicLink()) skipped.push({ path: sub, reason: t().review.text.linkNotFollowed });
      else if (m.isDirectory()) {
        // A member's folder that cannot be read is reported, and the rest of the team reviewed.
        let journal: boolean;
        try {
          journal = isJournal(sub);
        } catch (e) {
          skipped.push({ path: sub, reason: t().review.text.folderUnreadable((e as NodeJS.ErrnoException).code ?? "error") });
          continue;
        }
        if (journal) trainees.push({ name: m.name, dir: sub });
      }
    }
    if (trainees.length === before)
      throw new UserError(t().errors.notJournal(given));
  }
  const names = new Map<string, number>();
  for (const t of trainees) {
    // Two folders with the same name (from different teams) stay apart in tables.
    const n = (names.get(t.name) ?? 0) + 1;
    names.set(t.name, n);
    if (n > 1) t.name = `${t.name} (${n})`;
  }
  return { trainees, skipped };
}
