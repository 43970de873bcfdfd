import fs from "node:fs/promises";
import { UserError } from "../../errors.js";
import { t } from "../../i18n/index.js";
import { forgetPlainCopies } from "../../journal/customer-index.js";
import { scanJournal } from "../../journal/scan.js";
import { safeLine } from "../../data/safe-text.js";
import { isRecipient } from "../../crypto/age.js";
import { createIdentity, defaultIdentityFile, readIdentityFile } from "../../crypto/identity.js";
import { ownRecipient, runDecrypter } from "../../crypto/keyring.js";
import { openJournal, resealJournal, sealJournal, type Migration } from "../../journal/encryption-migration.js";
import { readRecipients, recipientsFile, writeRecipients } from "../../crypto/recipients.js";
import { isSealed } from "../../crypto/sealed.js";
import type { Context } from "../context.js";
import { err, out } from "../output.js";
import { progressLine } from "../progress.js";
import type { EncryptionInitOptions } from "../specs/encryption-init.js";
import type { AddRecipientOptions } from "../specs/encryption-add-recipient.js";
import type { RemoveRecipientOptions } from "../specs/encryption-remove-recipient.js";

const identityFile = (ctx: Context) => ctx.identityFile ?? defaultIdentityFile(ctx.folders.config);

/** `encryption init`: a new identity for this user, protected by a passphrase unless `--no-passphrase`. */
export async function init(ctx: Context, opts: EncryptionInitOptions): Promise<void> {
  const m = t().crypto;
  const file = identityFile(ctx);
  let passphrase: string | undefined;
  if (opts.passphrase !== false) {
    const ask = ctx.askSecret;
    if (!ask) throw new UserError(m.initNeedsTerminal, 2);
    passphrase = await ask(m.newPassphrase);
    if (passphrase === "") throw new UserError(m.emptyPassphrase, 2);
    if ((await ask(m.repeatPassphrase)) !== passphrase) throw new UserError(m.passphrasesDiffer, 2);
  }
  const recipient = await createIdentity(file, passphrase, ctx.now);
  out(ctx, m.created(file, recipient));
}

async function needDecrypter(ctx: Context) {
  const d = await runDecrypter(ctx, { ask: true });
  if (!d) throw new UserError(t().crypto.noIdentityYet);
  return d;
}

/** Runs a migration with a progress line on stderr (in a terminal, after a silent first second). */
async function migrating(ctx: Context, label: string, work: (onProgress: (done: number, total: number) => void) => Promise<Migration>): Promise<Migration> {
  const progress = progressLine(label, ctx.stderr);
  try {
    return await work(progress.update);
  } finally {
    progress.end();
  }
}

function report(ctx: Context, run: Migration, done: (n: number) => string): void {
  for (const f of run.skipped) err(ctx, t().errors.skipped(safeLine(f.path), safeLine(f.reason)));
  out(ctx, done(run.changed));
}

/** `encryption on`: the journal gets this user as its recipient, and every plain entry is encrypted. */
export async function on(ctx: Context): Promise<void> {
  const journal = ctx.folders.journal;
  let recipients = await readRecipients(journal);
  if (recipients.length === 0) await writeRecipients(journal, (recipients = [await ownRecipient(ctx)]));
  // The cache holds entries in plain text, and completion's list the customers' names.
  await forgetPlainCopies(ctx.folders.cache, journal);
  report(ctx, await migrating(ctx, t().crypto.migrating.on, (p) => sealJournal(journal, recipients, p)), t().crypto.encrypted);
}

/** `encryption off`: new entries are written plain again, and every encrypted one is decrypted. */
export async function off(ctx: Context): Promise<void> {
  const journal = ctx.folders.journal;
  const decrypt = await needDecrypter(ctx);
  await fs.rm(recipientsFile(journal), { force: true });
  report(ctx, await migrating(ctx, t().crypto.migrating.off, (p) => openJournal(journal, decrypt, p)), t().crypto.decrypted);
}

async function changeRecipients(ctx: Context, change: (list: string[]) => string[]): Promise<void> {
  const journal = ctx.folders.journal;
  const before = await readRecipients(journal);
  if (before.length === 0) throw new UserError(t().crypto.notEncrypted);
  const decrypt = await needDecrypter(ctx);
  const after = change(before);
  await writeRecipients(journal, after);
  report(ctx, await migrating(ctx, t().crypto.migrating.again, (p) => resealJournal(journal, after, decrypt, p)), t().crypto.reencrypted);
}

export async function addRecipient(ctx: Context, { recipient }: AddRecipientOptions): Promise<void> {
  const r = recipient.trim();
  if (!(await isRecipient(r))) throw new UserError(t().crypto.badRecipient(safeLine(r)), 2);
  await changeRecipients(ctx, (list) => {
    if (list.includes(r)) throw new UserError(t().crypto.alreadyRecipient(r));
    return [...list, r];
  });
}

export async function removeRecipient(ctx: Context, { recipient }: RemoveRecipientOptions): Promise<void> {
  const r = recipient.trim();
  await changeRecipients(ctx, (list) => {
    if (!list.includes(r)) throw new UserError(t().crypto.notRecipient(safeLine(r)));
    if (list.length === 1) throw new UserError(t().crypto.lastRecipient);
    return list.filter((x) => x !== r);
  });
}

/** `encryption status`: the recipients, the identity, and how many entries are in which form. */
export async function status(ctx: Context): Promise<void> {
  const m = t().crypto;
  const recipients = await readRecipients(ctx.folders.journal);
  const files = scanJournal(ctx.folders.journal).files;
  const sealed = files.filter((f) => isSealed(f.path)).length;
  const file = identityFile(ctx);
  const identity = await readIdentityFile(file).catch(() => undefined);
  out(ctx, 
    [
      recipients.length > 0 ? m.statusOn(recipients) : m.statusOff,
      m.statusFiles(sealed, files.length - sealed),
      identity ? m.statusIdentity(file, identity.kind === "protected") : m.statusNoIdentity(file),
    ].join("\n"),
  );
}
