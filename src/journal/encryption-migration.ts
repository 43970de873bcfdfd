import { createHash } from "node:crypto";
import { parse } from "yaml";
import fs from "node:fs/promises";
import path from "node:path";
import { removeFileDurably, writeFileAtomic } from "../data/atomic-write.js";
import { t } from "../i18n/index.js";
import type { InvalidFile } from "../data/invalid-file.js";
import { checkEntryBytes } from "./read-entry-file.js";
import { timeAndKind } from "./naming.js";
import { scanJournal } from "./scan.js";
import { draftFile, draftFiles, sealedDraftFile } from "./draft-files.js";
import { encryptTo, type Decrypt } from "../crypto/age.js";
import { diskToText, isSealed, SEALED } from "../crypto/sealed.js";

export interface Migration {
  /** Files changed by this run. */
  changed: number;
  /** Files left as they were, and why: reported, never rewritten. */
  skipped: InvalidFile[];
}

/** Told now and then how many of the journal's files were looked at: a large journal takes minutes. */
export type MigrationProgress = (done: number, total: number) => void;

/** The files of a journal, with a report every 100 of them. */
function* withProgress<T>(files: readonly T[], onProgress: MigrationProgress | undefined): Generator<T> {
  for (const [i, f] of files.entries()) {
    if (i % 100 === 0) onProgress?.(i, files.length);
    yield f;
  }
}

/**
 * The encrypted name of a plain entry: its time and kind, and a tag taken from its bytes. The
 * same entry always gets the same name, so a run that was stopped after writing it and before
 * removing the plain file finds it again and only removes that file: never two copies, never none.
 */
function sealedName(id: string, bytes: Uint8Array): string {
  const tag = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
  return `${timeAndKind(id)}-${tag}.yaml${SEALED}`;
}

/**
 * `encryption on`: every plain entry and draft becomes an age file to `recipients`, byte for byte
 * the same YAML inside. Each new file is complete and on disk before the old one goes.
 */
export async function sealJournal(journal: string, recipients: readonly string[], onProgress?: MigrationProgress): Promise<Migration> {
  const run: Migration = { changed: 0, skipped: [] };
  for (const f of withProgress(scanJournal(journal).files, onProgress)) {
    if (isSealed(f.path)) continue;
    const bytes = await fs.readFile(f.path);
    const checked = checkEntryBytes(f.path, bytes);
    if (!checked.ok) {
      run.skipped.push(checked.invalid);
      continue;
    }
    const target = path.join(path.dirname(f.path), sealedName(checked.entry.entry.id, bytes));
    if (!(await exists(target))) await writeFileAtomic(target, await encryptTo(recipients, bytes));
    await removeFileDurably(f.path);
    run.changed++;
  }
  for (const { file, kind } of draftFiles(journal)) {
    if (isSealed(file)) continue;
    const bytes = await fs.readFile(file).catch(() => undefined);
    if (!bytes) continue;
    await writeFileAtomic(sealedDraftFile(journal, kind, draftCustomer(bytes)), await encryptTo(recipients, bytes));
    await removeFileDurably(file);
  }
  return run;
}

/** The customer a draft is for, which its file name is made from; none when it cannot be told. */
function draftCustomer(bytes: Uint8Array): string | undefined {
  try {
    const customer = (parse(Buffer.from(bytes).toString("utf8")) as { customer?: unknown } | null)?.customer;
    return typeof customer === "string" ? customer : undefined;
  } catch {
    return undefined;
  }
}

/** `encryption off`: every encrypted entry and draft becomes the plain file it holds, under its id's name. */
export async function openJournal(journal: string, decrypt: Decrypt, onProgress?: MigrationProgress): Promise<Migration> {
  const run: Migration = { changed: 0, skipped: [] };
  for (const f of withProgress(scanJournal(journal).files, onProgress)) {
    if (!isSealed(f.path)) continue;
    const plain = await openEntry(f.path, decrypt, run);
    if (!plain) continue;
    const target = path.join(path.dirname(f.path), `${plain.id}.yaml`);
    const there = await fs.readFile(target).catch(() => undefined);
    if (there && !Buffer.from(plain.bytes).equals(there)) {
      run.skipped.push({ path: f.path, problem: "encrypted", reason: t().crypto.plainDiffers(target) });
      continue;
    }
    if (!there) await writeFileAtomic(target, plain.bytes);
    await removeFileDurably(f.path);
    run.changed++;
  }
  for (const { file, kind } of draftFiles(journal)) {
    if (!isSealed(file)) continue;
    const bytes = await fs.readFile(file).catch(() => undefined);
    const opened = bytes && (await diskToText(file, bytes, decrypt));
    if (!opened) continue;
    if (!opened.ok) {
      run.skipped.push(opened.invalid);
      continue;
    }
    await writeFileAtomic(draftFile(journal, kind, draftCustomer(opened.bytes)), opened.bytes);
    await removeFileDurably(file);
  }
  return run;
}

/** After a change of recipients: every encrypted entry is encrypted again to the new list, in place. */
export async function resealJournal(journal: string, recipients: readonly string[], decrypt: Decrypt, onProgress?: MigrationProgress): Promise<Migration> {
  const run = await sealJournal(journal, recipients);
  run.changed = 0; // counted below, with the rest
  for (const f of withProgress(scanJournal(journal).files, onProgress)) {
    if (!isSealed(f.path)) continue;
    const plain = await openEntry(f.path, decrypt, run);
    if (!plain) continue;
    await writeFileAtomic(f.path, await encryptTo(recipients, plain.bytes));
    run.changed++;
  }
  return run;
}

/** An encrypted entry's plain bytes and id, or a note in `run` of why it stays as it is. */
async function openEntry(file: string, decrypt: Decrypt, run: Migration): Promise<{ bytes: Uint8Array; id: string } | undefined> {
  const opened = await diskToText(file, await fs.readFile(file), decrypt);
  if (!opened.ok) {
    run.skipped.push(opened.invalid);
    return undefined;
  }
  const checked = checkEntryBytes(file, opened.bytes);
  if (!checked.ok) {
    run.skipped.push(checked.invalid);
    return undefined;
  }
  return { bytes: opened.bytes, id: checked.entry.entry.id };
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  );
