import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { replaceRebuildable } from "../data/atomic-write.js";
import { readBytes } from "../data/read-whole.js";

/**
 * How the index of an encrypted journal is kept unreadable. Its month files are sealed with
 * AES-256-GCM (Node's own, authenticated) under one random key per index, and that key is kept
 * beside them as an age file to the reader's own recipient: a run then pays one X25519 exchange
 * for the whole index, where an age file per month paid one per month and could not be read
 * lazily (age opens files asynchronously, answers are read on first use).
 */
export interface ShardSeal {
  /** `name` is the index file's own name, bound into the seal: a month's file cannot pass for another's. */
  seal(name: string, plain: Buffer): Buffer;
  /** Throws when the bytes are not this index's sealing of that name. */
  open(name: string, bytes: Buffer): Buffer;
  /** Called before the first file is written: a new key is kept only once it seals something. */
  ready(): Promise<void>;
}

const KEY_FILE = "key.age";
const NONCE = 12;
const TAG = 16;

function sealWith(key: Buffer, ready: () => Promise<void> = async () => undefined): ShardSeal {
  return {
    ready,
    seal(name, plain) {
      const nonce = randomBytes(NONCE);
      const c = createCipheriv("aes-256-gcm", key, nonce).setAAD(Buffer.from(name));
      const body = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([nonce, c.getAuthTag(), body]);
    },
    open(name, bytes) {
      if (bytes.length < NONCE + TAG) throw new Error("index file cut short");
      const d = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, NONCE)).setAAD(Buffer.from(name));
      d.setAuthTag(bytes.subarray(NONCE, NONCE + TAG));
      return Buffer.concat([d.update(bytes.subarray(NONCE + TAG)), d.final()]);
    },
  };
}

/**
 * The seal of the index in `dir`, opened with the reader's keys. An index whose key cannot be
 * opened (made with another identity, or damaged) is emptied and started again under a new key,
 * sealed to `reader`: it is only ever a faster way to the files.
 */
export async function indexSeal(dir: string, keys: readonly string[], reader: string): Promise<ShardSeal> {
  const { decrypterFor, encryptTo } = await import("./age.js");
  const file = path.join(dir, KEY_FILE);
  try {
    const key = Buffer.from(await (await decrypterFor(keys))(await readBytes(file, 4096)));
    if (key.length === 32) return sealWith(key);
  } catch {
    /* none yet, or not ours */
  }
  const key = randomBytes(32);
  const kept = await encryptTo([reader], key);
  let keeping: Promise<void> | undefined;
  // What was sealed under another key is of no use: it goes before the first file under this one.
  const keep = async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await replaceRebuildable(file, kept);
  };
  return sealWith(key, () => (keeping ??= keep()));
}
