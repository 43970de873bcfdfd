import fs from "node:fs";
import path from "node:path";
import { addDays, dayOf } from "../dates.js";
import { isSealed } from "../crypto/sealed.js";
import { chooseFocus, focusOf, type Focus, type FocusSkill } from "../insights/focus.js";
import { fingerprintOf, loadDerived, saveDerived, withAdded, type Fingerprint } from "../journal/derived.js";
import type { Entry, StoredEntry } from "../journal/entry.js";
import { ENTRY_NAME, entryNameOf, idFromName, plainEntryPath } from "../journal/naming.js";
import { journalOrder } from "../journal/order.js";
import { customerKey, findEntry } from "../journal/queries.js";
import { addToDigest, dailiesBetween, flowDigest, focusFor, fromKept, KeptDigest, shownBy, toKept, type CustomerHistory, type FlowDigest } from "../insights/flow-digest.js";
import type { JournalContents } from "../journal/read.js";
import type { Context } from "./context.js";
import { parserOf } from "../data/list-schema.js";

const NAME = "flow";

/** Thrown by a query's `read` when a file no longer holds what the digest says of it. */
const STALE = Symbol("stale digest");

const DAILY_NAME = entryNameOf("daily");

/** An id that starts with its month ("2026-11"). */
const MONTH_OF = /^\d{4}-(0[1-9]|1[0-2])/;

/** Stat data as the digest keeps it: size, mtime, ctime (which no one can put back) and inode. */
const statLine = (stat: readonly number[]) => stat.join(":");
const lineOf = (st: fs.Stats) => statLine([st.size, st.mtimeMs, st.ctimeMs, st.ino]);

/** The month folders ("2026/11") from one day's month to another's. */
function monthsOf(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first.slice(0, 7); m <= last.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) months.push(m.replace("-", "/"));
  return months;
}

/** Reads the entries of these ids, in that order. */
export type ReadEntries = (ids: readonly string[]) => Promise<Entry[]>;

/**
 * The journal as a flow sees it: the digest, kept in the cache while the journal's fingerprint
 * holds (see derived.ts), else worked out from a whole read; of the entries themselves only the few
 * a flow names (a linked prep, yesterday's daily), each read from its own file. After a save, the
 * digest takes in the new entry and is kept again, so the next flow need not read the journal
 * either. A plain journal only: an encrypted one's digest stays in memory.
 */
export class FlowHistory {
  #digest: FlowDigest | undefined;
  #read: Promise<readonly StoredEntry[]> | undefined;
  /** Whether the digest may be kept: from the cache, or from a read that skipped nothing and met no encrypted entry. */
  #keep = false;

  private constructor(
    private readonly ctx: Context,
    private readonly before: Fingerprint | undefined,
    private readonly skills: Promise<readonly FocusSkill[]>,
  ) {}

  /** `skills` are the focus skills of the journal's first debrief exercise, which the digest follows. */
  static async open(ctx: Context, skills: Promise<readonly FocusSkill[]>): Promise<FlowHistory> {
    const journal = ctx.folders.journal;
    const before = ctx.useCache ? fingerprintOf(journal) : undefined;
    const kept = before && loadDerived(ctx.folders.cache, journal, NAME, before, parserOf(KeptDigest))?.value;
    const history = new FlowHistory(ctx, before, skills);
    // Read while the exercises load, when the digest kept will not do.
    if (!kept) await history.#readWhole();
    else {
      history.#digest = fromKept(kept, await skills);
      history.#keep = history.#digest !== undefined;
      if (!history.#digest) await history.#readWhole();
    }
    return history;
  }

  get digest(): FlowDigest {
    return this.#digest!;
  }

  /**
   * Every entry, read once (a flow never asks for a passphrase: without keys it goes on without
   * the encrypted ones). The digest is then worked out from what was read, as that read may
   * have found a file changed in place, which no fingerprint sees.
   */
  #readWhole(): Promise<readonly StoredEntry[]> {
    // Loaded only here: a flow on a kept digest needs no reader.
    this.#read ??= import("./journal-input.js").then(async ({ readJournalReporting }) => {
      const [contents, skills] = await Promise.all([readJournalReporting(this.ctx, { report: "count", askPassphrase: false }), this.skills]);
      this.#digest = flowDigest(contents.entries, skills);
      this.#keep = contents.invalid.length === 0 && !contents.entries.some((e) => isSealed(e.path));
      takeStats(this.#digest, contents);
      return contents.entries;
    });
    return this.#read;
  }

  /**
   * What the digest knows of a customer. The words it shows of their entries (the last debrief,
   * the open actions) are taken from it only while those entries' files have the stat data they
   * had when it took them in: a file changed in place in an old month, which the fingerprint knows
   * by its folder alone, makes it read the whole journal.
   */
  async customer(name: string): Promise<CustomerHistory | undefined> {
    const key = customerKey(name);
    const c = this.digest.customers.get(key);
    if (!this.#read && c && !shownBy(c).every((id) => this.#unchanged(id))) await this.#readWhole();
    return this.digest.customers.get(key);
  }

  #unchanged(id: string): boolean {
    const kept = this.digest.files.get(id);
    const st = kept === undefined ? undefined : fs.lstatSync(plainEntryPath(this.ctx.folders.journal, id), { throwIfNoEntry: false });
    return st !== undefined && lineOf(st) === kept;
  }

  /**
   * The entries of these ids: from the whole read when there was one, else each from its own file,
   * by the path its id gives in a plain journal (the only kind whose digest is kept), through the
   * journal's own reader, so that its bounds and checks hold. Undefined when a file does not hold
   * the entry its name says (changed since the digest was kept, or encrypted), or an open prep
   * that is no longer the one the digest offers.
   */
  async #tryRead(ids: readonly string[]): Promise<Entry[] | undefined> {
    if (this.#read) {
      const all = await this.#read;
      return ids.map((id) => all.find((e) => e.entry.id === id)!.entry);
    }
    const { readEntryFile } = await import("../journal/read-entry-file.js");
    const read = await Promise.all(ids.map((id) => readEntryFile(plainEntryPath(this.ctx.folders.journal, id))));
    const entries = read.map((r, i) => (r.ok && r.entry.entry.id === ids[i] ? r.entry.entry : undefined));
    return entries.every((e) => e !== undefined && this.#asKnown(e)) ? (entries as Entry[]) : undefined;
  }

  /** Whether an open prep the digest offers to link to is still the prep it knows: its customer and time. */
  #asKnown(e: Entry): boolean {
    const ref = this.digest.openPreps.get(e.id);
    return !ref || (e.kind === "prep" && e.createdAt === ref.createdAt && e.customer === ref.customer);
  }

  /** The ids of the plain entry files in these month folders ("2026/11"), of one kind when named so. */
  #idsIn(months: readonly string[], names = ENTRY_NAME): string[] {
    return months.flatMap((m) => {
      try {
        return fs.readdirSync(path.join(this.ctx.folders.journal, m)).filter((n) => names.test(n) && n.endsWith(".yaml")).map(idFromName);
      } catch {
        return [];
      }
    });
  }

  /**
   * `query` on the digest, `read` giving the entries it names. Should one of their files not hold
   * what the digest says, the journal is read whole and `query` asked again, on the digest worked
   * out from that read, whose entries are then at hand: the answer is the whole journal's.
   */
  async query<T>(query: (d: FlowDigest, read: ReadEntries) => Promise<T>): Promise<T> {
    const read: ReadEntries = async (ids) => {
      const found = await this.#tryRead(ids);
      if (!found) throw STALE;
      return found;
    };
    try {
      return await query(this.digest, read);
    } catch (e) {
      if (e !== STALE) throw e;
      await this.#readWhole();
      return query(this.digest, read);
    }
  }

  /** The entry of an id or a prefix only one id has, as `findEntry` finds it in the whole journal. */
  async find(idOrPrefix: string): Promise<Entry> {
    const key = idOrPrefix.replace(/\.yaml$/, "").trim();
    if (!this.#read && MONTH_OF.test(key)) {
      // A plain entry is named by its id, in the folder of the id's month: that folder alone can hold it.
      const ids = this.#idsIn([`${key.slice(0, 4)}/${key.slice(5, 7)}`]);
      const hits = ids.includes(key) ? [key] : ids.filter((id) => id.startsWith(key));
      const [found] = (hits.length === 1 && (await this.#tryRead(hits))) || [];
      if (found) return found;
    }
    // None, several, or not by its name: the whole journal's query says which, in its words.
    return findEntry(await this.#readWhole(), idOrPrefix).entry;
  }

  /**
   * Every daily whose time falls on a day from `from` to `to`, in the journal's order: from the
   * files named for those days (a day either side, for a time in another zone), when they are as
   * many as the digest counts.
   */
  async dailies(from: string, to: string): Promise<Entry[]> {
    const within = (e: Entry) => e.kind === "daily" && dayOf(e.createdAt) >= from && dayOf(e.createdAt) <= to;
    if (!this.#read) {
      const [first, last] = [addDays(from, -1), addDays(to, 1)];
      const named = this.#idsIn(monthsOf(first, last), DAILY_NAME).filter((id) => id.slice(0, 10) >= first && id.slice(0, 10) <= last);
      const found = (await this.#tryRead(named))?.filter(within);
      if (found?.length === dailiesBetween(this.digest, from, to)) return found.sort(journalOrder);
    }
    return (await this.#readWhole()).map((e) => e.entry).filter(within);
  }

  /** The skill the next quick debrief of an exercise with these skills rates: the digest's when it follows them. */
  async focus(skills: readonly FocusSkill[]): Promise<Focus | undefined> {
    if (focusFor(this.digest.focus, skills)) return focusOf(this.digest.focus);
    return chooseFocus((await this.#readWhole()).map((e) => e.entry), skills);
  }

  /**
   * Adds the entry just saved to the digest and keeps it, under the fingerprint taken before
   * brought up to date with that entry's file: should anything else have changed since, the next
   * flow's fingerprint differs, and it reads the journal again.
   */
  async saved(entry: Entry, file: string): Promise<void> {
    const d = this.digest;
    const { journal, cache } = this.ctx.folders;
    // An entry saved encrypted: the journal became encrypted since the flow began.
    if (!this.before || !this.#keep || isSealed(file)) return;
    addToDigest(d, entry);
    // Its own file holds what was just saved: its stat data now is that of those words.
    const st = fs.lstatSync(file, { throwIfNoEntry: false });
    if (st) d.files.set(entry.id, lineOf(st));
    const after = withAdded(journal, this.before, path.relative(journal, file).split(path.sep).join("/"));
    if (after) await saveDerived(cache, journal, NAME, after, toKept(d));
  }
}

/** Takes in the stat data the read found for the files whose words the digest shows (see `shownBy`), each named by its id. */
function takeStats(d: FlowDigest, contents: JournalContents): void {
  const shown = new Set([...d.customers.values()].flatMap(shownBy));
  for (const { entry, path: file } of contents.entries) {
    const stat = shown.has(entry.id) && path.basename(file) === `${entry.id}.yaml` ? contents.statOf?.(file) : undefined;
    if (stat) d.files.set(entry.id, statLine(stat));
  }
}
