import { dayOf } from "../dates.js";
import path from "node:path";
import type { Summary } from "../insights/model.js";
import { DEFAULT_MIN_SAMPLE, summarize, type SummaryInput } from "../insights/summary.js";
import { answerText } from "../exercises/answer-text.js";
import type { Answer, Entry } from "../journal/entry.js";
import type { InvalidFile, Problem } from "../data/invalid-file.js";
import { readJournal, type JournalContents, type ReadOptions } from "../journal/read.js";
import { firstOf, lastOf, type MonthDigest } from "../journal/month-digest.js";
import { mapLimit } from "../data/map-limit.js";
import type { Anonymized, anonymizeEntries } from "./anonymize.js";
import { coachView, type CoachView } from "./coach-view.js";
import { heldNotes } from "./held-notes.js";
import { notesFor, type CoachNote, type Opener } from "./notes.js";
import type { NotReviewed, Trainee } from "./targets.js";

export interface Health {
  /** Entries that could be used. */
  entries: number;
  /** Files that could not, with their path relative to the trainee's folder. */
  invalid: (Omit<InvalidFile, "path"> & { path: string })[];
  byProblem: Partial<Record<Problem, number>>;
}

export interface TraineeReport {
  name: string;
  health: Health;
  summary: Summary;
  coach: CoachView;
  notes: CoachNote[];
}

/** A figure of the team table with the number of values it rests on. */
export interface TeamFigure {
  value: number | null;
  n: number;
  /** Fewer than the minimum sample: shown, marked, and sorted after the others. */
  few: boolean;
}

export interface TeamRow {
  name: string;
  entries: number;
  /** Debriefs in the period (README: Figures). */
  calls: number;
  streak: number;
  /** Average of each rating in the period, by step id. */
  ratings: Record<string, TeamFigure>;
  weakest: string | null;
  /** Share of linked debriefs whose own score matches the measured class (0..1). */
  agreement: TeamFigure;
  lastActivity: string | null;
}

export interface ReviewReport {
  period: Summary["period"];
  anonymized: boolean;
  /** Members of team folders that were not reviewed, each with its reason. */
  notReviewed: NotReviewed[];
  /** Skill ids and labels, in the exercise's order (the team table's columns). */
  skills: { id: string; label: string }[];
  /** Values a figure needs before the team table shows it unmarked (README: Figures). */
  minSample: number;
  trainees: TraineeReport[];
  team: TeamRow[] | null;
}

export const SORT_KEYS = ["name", "entries", "calls", "streak", "accuracy", "last", "weakest"] as const;

export interface ReviewOptions extends Pick<SummaryInput, "since" | "until" | "rules" | "menus" | "debrief" | "lang"> {
  notReviewed: NotReviewed[];
  /** Given when customers must be replaced by pseudonyms (the command loads it only then). */
  anonymize?: typeof anonymizeEntries;
  /** A SORT_KEYS value or a rating step id; descending for figures, ascending for names. */
  sort: string;
  pseudonymWord: string;
  /** The word of contacts' pseudonyms ("Contact A"); the English one unless given. */
  contactWord?: string;
}

function health(contents: Pick<JournalContents, "entries" | "invalid" | "earlier">, dir: string, names: Pick<Anonymized, "scrub">): Health {
  // A reason may quote an id or a value, and with it a customer's name.
  const invalid = contents.invalid.map((f) => ({ ...f, path: names.scrub(path.relative(dir, f.path)), reason: names.scrub(f.reason) }));
  const byProblem: Health["byProblem"] = {};
  for (const f of invalid) byProblem[f.problem] = (byProblem[f.problem] ?? 0) + 1;
  const before = contents.earlier?.reduce((n, d) => n + d.entries, 0) ?? 0;
  return { entries: contents.entries.length + before, invalid, byProblem };
}

/** `earlier`: the months before the window, when `entries` leave them out. */
function teamRow(r: TraineeReport, entries: readonly Entry[], earlier: readonly MonthDigest[] = []): TeamRow {
  const last = entries.length ? entries[entries.length - 1]!.createdAt : lastOf(earlier);
  const s = r.summary;
  const min = s.ratings.minSample;
  const figure = (value: number | null, n: number): TeamFigure => ({ value, n, few: n < min });
  const g = s.accuracy.agreement;
  return {
    name: r.name,
    entries: s.counts.total,
    calls: s.counts.debrief,
    streak: s.habit.current,
    ratings: Object.fromEntries(Object.values(s.ratings.skills).map((k) => [k.id, figure(k.average, k.n)])),
    weakest: s.ratings.weakest?.id ?? null,
    agreement: figure(g.share, g.n),
    lastActivity: last !== undefined ? dayOf(last) : null,
  };
}

/**
 * Rows by a column: descending for figures, ascending for names. A figure that rests on fewer
 * than the minimum sample comes after those that do not, and no figure at all comes last.
 */
function sortRows(rows: TeamRow[], key: string): TeamRow[] {
  const figure = (r: TeamRow): TeamFigure | undefined => (key === "accuracy" ? r.agreement : r.ratings[key]);
  const value = (r: TeamRow): number | string | null =>
    key === "name" ? r.name : key === "entries" ? r.entries : key === "calls" ? r.calls : key === "streak" ? r.streak
      : key === "last" ? r.lastActivity : key === "weakest" ? r.weakest : (figure(r)?.value ?? null);
  const rank = (r: TeamRow) => (value(r) === null ? 2 : figure(r)?.few ? 1 : 0);
  const ascending = key === "name" || key === "weakest";
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (x === y || x === null || y === null) return a.name.localeCompare(b.name);
    const order = x < y ? -1 : 1;
    return ascending ? order : -order;
  });
}

/** What was read for one trainee: the journal and the coach's notes on it. */
export interface TraineeJournal {
  trainee: Trainee;
  contents: JournalContents;
  /** The notes on entries the journal holds (see `heldNotes`). */
  notes: CoachNote[];
}

/**
 * Reads the trainees' journals for a review. Reading never writes into a trainee's folder: parsed
 * entries are cached in the coach's own cache folder, notes come from the coach's data folder.
 */
export async function readTrainees(
  trainees: readonly Trainee[],
  folders: { cacheDir?: string; dataDir: string; keys?: ReadOptions["keys"]; open?: Opener; digestsBefore?: string },
  onProgress?: (trainee: number, done: number, total: number) => void,
): Promise<TraineeJournal[]> {
  // Two trainees at a time: the parse workers are shared, so this adds no workers, and while one
  // journal is scanned or its last batch parsed the workers already have the next one's files.
  // Progress names the trainee whose files it counts.
  const base: ReadOptions = { ...(folders.cacheDir && { cacheDir: folders.cacheDir }), ...(folders.keys && { keys: folders.keys }) };
  return mapLimit(trainees, 2, async (trainee, i) => {
    // Side by side: an idle wait for the notes after the journal is read lets a garbage
    // collection start just before the analysis, which then runs at half speed.
    const [contents, notes] = await Promise.all([
      // The coach's own identity opens encrypted journals (and notes) of trainees who made the coach a recipient.
      readJournal(trainee.dir, {
        ...base,
        ...(onProgress && { onProgress: (done: number, total: number) => onProgress(i, done, total) }),
        ...(folders.digestsBefore !== undefined && { digestsBefore: folders.digestsBefore }),
      }),
      notesFor(folders.dataDir, trainee.dir, folders.open),
    ]);
    const held = heldNotes(trainee.dir, contents, notes);
    if (held) return { trainee, contents, notes: held };
    // Only the entries can tell whether a note's entry is in the journal: read it whole (with
    // every entry read, `heldNotes` always can tell).
    const whole = await readJournal(trainee.dir, base);
    return { trainee, contents: whole, notes: heldNotes(trainee.dir, whole, notes)! };
  });
}

/** The review from what was read: pure, so that tests (and the HTML renderer's) can build one directly. */
export function assembleReview(read: readonly TraineeJournal[], o: ReviewOptions): ReviewReport {
  let journals = read.map((r) => r.contents.entries.map((e) => e.entry));
  const same = (s: string) => s;
  let names: Pick<Anonymized, "scrub" | "newId"> = { scrub: same, newId: same };
  if (o.anonymize) {
    // Pseudonyms are given over every entry: an anonymised review reads no digests.
    if (read.some((r) => r.contents.earlier)) throw new Error("assembleReview: an anonymised review needs every entry");
    ({ journals, ...names } = o.anonymize(journals, o.pseudonymWord, o.contactWord));
  }
  // The built-in debrief labels menu picks and options; an own exercise's answer shows as written.
  const describe = (a: Answer) => answerText(a.answer, o.debrief.steps.find((s) => s.id === a.step && s.type === a.type), o.menus, o.lang);
  const reports = read.map((r, i): TraineeReport => {
    const entries = journals[i]!;
    const h = health(r.contents, r.trainee.dir, names);
    const { earlier } = r.contents;
    const summary = summarize({
      entries,
      ...(earlier && { earlier }),
      invalid: h.invalid,
      since: o.since,
      until: o.until,
      rules: o.rules,
      menus: o.menus,
      debrief: o.debrief,
      lang: o.lang,
    });
    return {
      name: r.trainee.name,
      health: h,
      summary,
      coach: coachView(summary, entries, o.lang, describe, earlier && firstOf(earlier)),
      notes: r.notes.map((n) => ({ ...n, entry: names.newId(n.entry), text: names.scrub(n.text) })),
    };
  });
  const first = reports[0]?.summary;
  return {
    period: first?.period ?? { since: o.since, until: o.until, days: 0, previous: { since: o.since, until: o.until } },
    anonymized: o.anonymize !== undefined,
    notReviewed: o.notReviewed,
    skills: o.debrief.steps.filter((s) => s.type === "rating").map((s) => ({ id: s.id, label: s.prompt[o.lang] })),
    minSample: first?.ratings.minSample ?? DEFAULT_MIN_SAMPLE,
    trainees: reports,
    team: reports.length > 1 ? sortRows(reports.map((r, i) => teamRow(r, journals[i]!, read[i]!.contents.earlier)), o.sort) : null,
  };
}
