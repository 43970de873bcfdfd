import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import type { Decrypt } from "./age.js";
import { defaultIdentityFile, readIdentityFile, storedRecipient, unlockIdentity } from "./identity.js";

/** What a run needs to find and open the identity: `--identity`/`EMPATHY_IDENTITY`, and how to ask a passphrase. */
export interface KeySource {
  folders: { config: string };
  /** The identity file given for this run; otherwise the one in the config folder. */
  identityFile?: string | undefined;
  /** Asks for a secret without echo; absent where no one can answer. */
  askSecret?: ((message: string) => Promise<string>) | undefined;
}

/** The keys at hand, or why there are none (no identity, or a protected one that may not be asked for now). */
export type Keys = { keys: string[] } | { missing: "none" | "locked" };

const memo = new WeakMap<KeySource, Promise<Keys>>();

/**
 * The run's keys. A protected identity asks its passphrase once per run and only when `ask` is
 * set: a flow (prep, debrief, daily) never asks, it goes on without the journal's history.
 */
export function runKeys(src: KeySource, opts: { ask: boolean }): Promise<Keys> {
  const known = memo.get(src);
  if (known) return known.then((k) => ("missing" in k && k.missing === "locked" && opts.ask ? load(src, true) : k));
  const loading = load(src, opts.ask);
  memo.set(src, loading);
  return loading;
}

async function load(src: KeySource, ask: boolean): Promise<Keys> {
  const file = src.identityFile ?? defaultIdentityFile(src.folders.config);
  const found = await readIdentityFile(file);
  if (!found) {
    if (src.identityFile !== undefined) throw new UserError(t().crypto.noIdentityFile(file));
    return { missing: "none" };
  }
  if (found.kind === "keys") return found;
  if (!ask) return { missing: "locked" };
  const asker = src.askSecret;
  if (!asker) throw new UserError(t().crypto.needPassphrase(file));
  const keys = { keys: await unlockIdentity(file, found.bytes, await asker(t().crypto.passphraseFor(file))) };
  memo.set(src, Promise.resolve(keys));
  return keys;
}

/** A decrypter with the run's keys, or none when there are none at hand. */
export async function runDecrypter(src: KeySource, opts: { ask: boolean }): Promise<Decrypt | undefined> {
  const k = await runKeys(src, opts);
  return "keys" in k ? (await import("./age.js")).decrypterFor(k.keys) : undefined;
}

/** This user's public key: kept beside the identity, or taken from it (which may ask its passphrase). */
export async function ownRecipient(src: KeySource): Promise<string> {
  const stored = src.identityFile === undefined ? await storedRecipient(defaultIdentityFile(src.folders.config)) : undefined;
  if (stored) return stored;
  const k = await runKeys(src, { ask: true });
  if (!("keys" in k)) throw new UserError(t().crypto.noIdentityYet);
  return (await import("./age.js")).recipientOf(k.keys[0]!);
}
