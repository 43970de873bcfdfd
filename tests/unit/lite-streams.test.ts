import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Decrypter } from "age-encryption";
import { decrypterFor, encryptTo, newIdentity, recipientOf, type Decrypt } from "../../src/crypto/age.js";
import { useLiteStreams } from "../../src/crypto/lite-streams.js";
import { diskToText } from "../../src/crypto/sealed.js";
import { onCI } from "../helpers/browser.js";
import { tempDir } from "../helpers/temp.js";

const hasAge = spawnSync("age", ["--version"]).status === 0;
const file = "/j/2026/11/2026-11-24T1030-prep-0a1b2c3d4e.yaml.age";

// The parse workers open files with the age library over these streams instead of Node's: each
// file must give the same bytes, or the same reason it cannot be opened, as over Node's.
describe("the age library over the light streams", () => {
  let keys: { me: string; other: string };
  let files: Record<string, Uint8Array>;
  const plain = {
    empty: "",
    small: "schema: 1\nanswer: a secret\n",
    // One chunk of age's payload exactly, and several with a short last one.
    chunk: "x".repeat(64 * 1024),
    chunks: "0123456789abcdef".repeat(13_000),
  };

  beforeAll(async () => {
    keys = { me: await newIdentity(), other: await newIdentity() };
    const [me, other] = [await recipientOf(keys.me), await recipientOf(keys.other)];
    files = {};
    for (const [name, text] of Object.entries(plain)) files[name] = await encryptTo([other, me], text);
    const sealed = files.small!;
    const at = (i: number) => Uint8Array.from(sealed).fill(sealed[i]! ^ 1, i, i + 1);
    files.tampered = at(sealed.length - 5);
    files.mac = at(Buffer.from(sealed).indexOf("\n--- ") + 8);
    files.cut = sealed.subarray(0, sealed.length - 10);
    files.header = sealed.subarray(0, Buffer.from(sealed).indexOf("\n--- ") + 20);
    files.notForMe = await encryptTo([other], "schema: 1\n");
    files.notAge = new TextEncoder().encode("not age at all");
  });

  /** The library's own way to open a file, over Node's streams. */
  const byLibrary: Decrypt = (bytes) => {
    const d = new Decrypter();
    d.addIdentity(keys.me);
    return d.decrypt(bytes);
  };

  /** What each file opens to with our key: its text, or the reason it does not open. */
  const openAll = async (decrypt: Decrypt) => {
    const out: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(files)) {
      const r = await diskToText(file, bytes, decrypt);
      out[name] = r.ok ? Buffer.from(r.bytes).toString() : `refused: ${r.invalid.reason}`;
    }
    return out;
  };

  let restore: (() => void) | undefined;
  afterAll(() => restore?.());

  it("gives the same text or the same refusal for each file as Node's streams", async () => {
    const overNode = await openAll(byLibrary);
    const overLite = await openAll(await decrypterFor([keys.me]));
    // As in a parse worker, where they stand in for Node's all the time.
    restore = useLiteStreams();
    const inWorker = await openAll(await decrypterFor([keys.me]));
    restore();
    restore = undefined;
    expect(overLite).toEqual(overNode);
    expect(inWorker).toEqual(overNode);
    for (const [name, text] of Object.entries(plain)) expect(overLite[name]).toBe(text);
    for (const name of ["tampered", "mac", "cut", "header", "notAge"]) expect(overLite[name]).toMatch(/damaged or cut short/);
    expect(overLite.notForMe).toMatch(/someone else/);
  });

  it("puts Node's streams back", () => {
    const node = globalThis.ReadableStream;
    useLiteStreams()();
    expect(globalThis.ReadableStream).toBe(node);
    expect(new ReadableStream()).toBeInstanceOf(node);
  });

  it("stand in for Node's only while files open, within the turn of the event loop that opens them", async () => {
    const node = globalThis.ReadableStream;
    const decrypt = await decrypterFor([keys.me]);
    const nextTurn = new Promise((resolve) => setImmediate(() => resolve(globalThis.ReadableStream)));
    const opening = Promise.all([files.small!, files.chunks!, files.notForMe!, files.tampered!].map((f) => decrypt(f).then(String, () => "refused")));
    expect(globalThis.ReadableStream).not.toBe(node);
    expect(await opening).toEqual([plain.small, plain.chunks, "refused", "refused"]);
    expect(globalThis.ReadableStream).toBe(node);
    // Code of the next turn, queued before the files were opened, never met the light ones.
    expect(await nextTurn).toBe(node);
  });

  it.skipIf(!hasAge && !onCI)("opens what the age tool encrypted", async () => {
    const dir = tempDir("lite-");
    const source = path.join(dir, "entry.yaml");
    fs.writeFileSync(source, plain.chunks);
    const sealed = execFileSync("age", ["-r", await recipientOf(keys.me), source]);
    restore = useLiteStreams();
    const r = await diskToText(file, sealed, await decrypterFor([keys.me]));
    restore();
    restore = undefined;
    expect(r.ok && Buffer.from(r.bytes).toString()).toBe(plain.chunks);
  });
});
