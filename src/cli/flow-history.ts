import path from "node:path";
import { isSealed } from "../crypto/sealed.js";
import type { FocusSkill } from "../insights/focus.js";
import { fingerprintOf, loadDerived, saveDerived, withAdded, type Fingerprint } from "../journal/derived.js";
import type { Entry, StoredEntry } from "../journal/entry.js";
import { addToDigest, canAdd, flowDigest, fromKept, toKept, type FlowDigest, type KeptDigest } from "../insights/flow-digest.js";
import type { Context } from "./context.js";

const NAME = "flow";

/**
 * The journal as a flow sees it: the digest, kept in the cache while the journal's fingerprint
 * holds (see derived.ts), else worked out from a whole read; the whole journal only for a flow that
 * asks for it. After a save, the digest takes in the new entry and is kept again, so the next flow
 * need not read the journal either. A plain journal only: an encrypted one's digest stays in memory.
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

  /** `skills` are the focus skills of the journal's first debrief exercise, which the digest follows; `whole` reads every entry now. */
  static async open(ctx: Context, skills: Promise<readonly FocusSkill[]>, whole: boolean): Promise<FlowHistory> {
    const journal = ctx.folders.journal;
    const before = ctx.useCache ? fingerprintOf(journal) : undefined;
    const kept = before && loadDerived<KeptDigest>(ctx.folders.cache, journal, NAME, before)?.value;
    const history = new FlowHistory(ctx, before, skills);
    // Read while the exercises load, when the digest kept will not do.
    if (whole || !kept) await history.entries();
    else {
      history.#digest = fromKept(kept, await skills);
      history.#keep = history.#digest !== undefined;
      if (!history.#digest) await history.entries();
    }
    return history;
  }

  get digest(): FlowDigest {
    return this.#digest!;
  }

  /**
   * Every entry, read once (a flow never asks for a passphrase: without keys it goes on without
   * the encrypted ones). The digest is then worked out from what was read, as that read may have
   * found a file changed in place, which no fingerprint sees.
   */
  entries(): Promise<readonly StoredEntry[]> {
    // Loaded only here: a prep on a kept digest needs no reader.
    this.#read ??= import("./journal-input.js").then(async ({ readJournalReporting }) => {
      const [contents, skills] = await Promise.all([readJournalReporting(this.ctx, { report: "count", askPassphrase: false }), this.skills]);
      this.#digest = flowDigest(contents.entries, skills);
      this.#keep = contents.invalid.length === 0 && !contents.entries.some((e) => isSealed(e.path));
      return contents.entries;
    });
    return this.#read;
  }

  /**
   * Adds the entry just saved to the digest and keeps it, under the fingerprint taken before
   * brought up to date with that entry's file: should anything else have changed since, the next
   * flow's fingerprint differs, and it reads the journal again.
   */
  async saved(entry: Entry, file: string): Promise<void> {
    const d = this.digest;
    const { journal, cache } = this.ctx.folders;
    if (!this.before || !this.#keep || !canAdd(d, entry)) return;
    addToDigest(d, entry);
    const after = withAdded(journal, this.before, path.relative(journal, file).split(path.sep).join("/"));
    if (after) await saveDerived(cache, journal, NAME, after, toKept(d));
  }
}
