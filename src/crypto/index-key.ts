import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../data/atomic-write.js";
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
}

const KEY_FILE = "key.age";
const NONCE = 12;
const TAG = 16;

function sealWith(key: Buffer): ShardSeal {
  return {
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
  fs.rmSync(dir, { recursive: true, force: true });
  const key = randomBytes(32);
  await writeFileAtomic(file, await encryptTo([reader], key));
  return sealWith(key);
}
