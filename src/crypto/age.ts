/**
 * The age format, through the `age-encryption` library (never our own crypto). Loaded only when a
 * journal is encrypted: plain journals, `--help` and `nudge` start without it.
 */
type AgeLib = typeof import("age-encryption");
let lib: Promise<AgeLib> | undefined;
const age = (): Promise<AgeLib> => (lib ??= import("age-encryption"));

/** An X25519 recipient as the age tool writes it: `age1` and 58 bech32 letters. */
export const RECIPIENT = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/;
const SECRET_KEY = /^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$/;

/** The start of every age file, binary or armoured: how an encrypted identity file is told apart. */
export function isAgeFile(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 40)).toString("latin1").trimStart();
  return head.startsWith("age-encryption.org/v1") || head.startsWith("-----BEGIN AGE ENCRYPTED FILE-----");
}

/** A new X25519 identity (not the post-quantum kind: the age tool of most systems cannot read it yet). */
export async function newIdentity(): Promise<string> {
  return (await age()).generateX25519Identity();
}

export async function recipientOf(identity: string): Promise<string> {
  return (await age()).identityToRecipient(identity);
}

/** Whether a text is a recipient the tool accepts: an X25519 public key that decodes. */
export async function isRecipient(s: string): Promise<boolean> {
  if (!RECIPIENT.test(s)) return false;
  try {
    new (await age()).Encrypter().addRecipient(s);
    return true;
  } catch {
    return false;
  }
}

/** The secret keys of an identity file's text (age's format: keys, comments, blank lines). */
export function identityKeys(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => SECRET_KEY.test(l));
}

/**
 * The library is given and gives back streams, read here: its own way to bytes goes through
 * `Response`, whose first use loads all of Node's fetch, a fifth of the cost of a run that writes
 * one encrypted entry.
 */
const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });

/** Read with a reader: the stream's async iterator sets up machinery of its own for every file opened. */
async function collect(s: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = s.getReader();
  const parts: Uint8Array[] = [];
  for (let part = await reader.read(); !part.done; part = await reader.read()) parts.push(part.value);
  return Buffer.concat(parts);
}

/** Encrypts to every recipient; each one alone can read the result. */
export async function encryptTo(recipients: readonly string[], plain: Uint8Array | string): Promise<Uint8Array> {
  const [a, { bech32 }, { X25519NodeRecipient }] = await Promise.all([age(), import("@scure/base"), import("./x25519-node.js")]);
  const e = new a.Encrypter();
  for (const r of recipients) {
    try {
      if (!RECIPIENT.test(r)) throw new Error("not an X25519 recipient");
      e.addRecipient(new X25519NodeRecipient(bech32.decodeToBytes(r).bytes));
    } catch {
      e.addRecipient(r); // the library's own code: it wraps through WebCrypto, or refuses the text
    }
  }
  return collect(await e.encrypt(streamOf(typeof plain === "string" ? Buffer.from(plain) : plain)));
}

/** A passphrase-protected identity file, in age's own format (the age tool reads it with `-i`). */
export async function protectWithPassphrase(text: string, passphrase: string): Promise<string> {
  const a = await age();
  const e = new a.Encrypter();
  e.setPassphrase(passphrase);
  return a.armor.encode(await e.encrypt(text));
}

/** The text of a passphrase-protected file; throws when the passphrase is wrong. */
export async function openWithPassphrase(bytes: Uint8Array, passphrase: string): Promise<string> {
  const a = await age();
  const d = new a.Decrypter();
  d.addPassphrase(passphrase);
  return d.decrypt(armoured(a, bytes), "text");
}

function armoured(a: AgeLib, bytes: Uint8Array): Uint8Array {
  const head = Buffer.from(bytes.subarray(0, 64)).toString("latin1").trimStart();
  return head.startsWith("-----BEGIN") ? a.armor.decode(Buffer.from(bytes).toString("latin1")) : bytes;
}

export type Decrypt = (bytes: Uint8Array) => Promise<Uint8Array>;

/**
 * A decrypter for these secret keys. Each key unwraps file keys with node:crypto (see
 * x25519-node.ts), made once for all the files it opens. Files are then opened without waiting
 * on anything but the library's streams, and the light ones stand in for Node's while they are
 * (see lite-streams.ts): in the main thread too, where Node's took a sixth of a cold read's time.
 */
export async function decrypterFor(keys: readonly string[]): Promise<Decrypt> {
  const a = await age();
  const d = new a.Decrypter();
  const [{ bech32 }, { X25519NodeIdentity }, { withLiteStreams }] = await Promise.all([
    import("@scure/base"),
    import("./x25519-node.js"),
    import("./lite-streams.js"),
  ]);
  let waits = false;
  for (const k of keys) {
    try {
      d.addIdentity(new X25519NodeIdentity(bech32.decodeToBytes(k).bytes));
    } catch {
      d.addIdentity(k); // no X25519 in this node:crypto: the library's own code does it, waiting on WebCrypto
      waits = true;
    }
  }
  const open: Decrypt = async (bytes) => collect(await d.decrypt(streamOf(armoured(a, bytes))));
  return waits ? open : (bytes) => withLiteStreams(() => open(bytes));
}
