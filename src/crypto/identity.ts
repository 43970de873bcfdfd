import path from "node:path";
import { writeFileAtomic } from "../data/atomic-write.js";
import { UserError } from "../errors.js";
import { t } from "../i18n/index.js";
import { identityKeys, isAgeFile, RECIPIENT, newIdentity, openWithPassphrase, protectWithPassphrase, recipientOf } from "./age.js";
import { readSmallFile } from "./small-file.js";

/** The owner's identity, in the user's config folder; its public half beside it, so that `on` needs no passphrase. */
export const defaultIdentityFile = (configDir: string) => path.join(configDir, "identity.txt");
const publicFile = (identityFile: string) => path.join(path.dirname(identityFile), "recipient.txt");

/** Makes a new identity file (owner-only), protected when a passphrase is given; returns its recipient. */
export async function createIdentity(file: string, passphrase: string | undefined, now: Date): Promise<string> {
  if (await readSmallFile(file).catch(() => Buffer.alloc(0))) throw new UserError(t().crypto.identityExists(file));
  const key = await newIdentity();
  const recipient = await recipientOf(key);
  const text = `# created: ${now.toISOString()}\n# public key: ${recipient}\n${key}\n`;
  await writeFileAtomic(file, passphrase === undefined ? text : await protectWithPassphrase(text, passphrase));
  await writeFileAtomic(publicFile(file), `${recipient}\n`);
  return recipient;
}

export type IdentityFile = { kind: "keys"; keys: string[] } | { kind: "protected"; bytes: Uint8Array };

/** An identity file as found: its keys, or the sealed bytes that a passphrase opens. */
export async function readIdentityFile(file: string): Promise<IdentityFile | undefined> {
  let bytes: Buffer | undefined;
  try {
    bytes = await readSmallFile(file);
  } catch (e) {
    throw new UserError(t().crypto.unreadable(file, (e as NodeJS.ErrnoException).code ?? "error"));
  }
  if (!bytes) return undefined;
  if (isAgeFile(bytes)) return { kind: "protected", bytes };
  const keys = identityKeys(bytes.toString("utf8"));
  if (keys.length === 0) throw new UserError(t().crypto.noKeysIn(file));
  return { kind: "keys", keys };
}

/** The keys of a protected identity; a wrong passphrase is the user's to retry, in one line. */
export async function unlockIdentity(file: string, bytes: Uint8Array, passphrase: string): Promise<string[]> {
  let text: string;
  try {
    text = await openWithPassphrase(bytes, passphrase);
  } catch {
    throw new UserError(t().crypto.wrongPassphrase(file));
  }
  const keys = identityKeys(text);
  if (keys.length === 0) throw new UserError(t().crypto.noKeysIn(file));
  return keys;
}

/** The public recipient kept beside an identity, if it is there and well formed. */
export async function storedRecipient(identityFile: string): Promise<string | undefined> {
  const bytes = await readSmallFile(publicFile(identityFile)).catch(() => undefined);
  const line = bytes?.toString("utf8").trim();
  return line && RECIPIENT.test(line) ? line : undefined;
}
