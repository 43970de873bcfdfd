import { beforeAll, describe, expect, it } from "vitest";
import { bech32, base64nopad } from "@scure/base";
import { Decrypter, Encrypter, Stanza } from "age-encryption";
import { newIdentity, recipientOf } from "../../src/crypto/age.js";
import { X25519NodeIdentity, X25519NodeRecipient } from "../../src/crypto/x25519-node.js";

/** The header of an age file: up to and with the line of its MAC. */
const headerOf = (file: Uint8Array) => {
  const buf = Buffer.from(file);
  return buf.subarray(0, buf.indexOf("\n", buf.indexOf("\n--- ") + 1) + 1);
};

/** The stanzas of a header as the library parses them, caught by an identity that matches none. */
async function stanzasOf(header: Uint8Array): Promise<Stanza[]> {
  let seen: Stanza[] = [];
  const d = new Decrypter();
  d.addIdentity({ unwrapFileKey: (s: Stanza[]) => ((seen = s), null) });
  await d.decryptHeader(header).catch(() => undefined);
  return seen;
}

const header = (...lines: string[]) => Buffer.from(["age-encryption.org/v1", ...lines, "--- " + base64nopad.encode(new Uint8Array(32)), ""].join("\n"));
const share = (bytes = new Uint8Array(32).fill(9)) => base64nopad.encode(bytes);
const body = (n = 32) => base64nopad.encode(new Uint8Array(n).fill(7));

// The identity stands in for the library's own X25519 one: both must give the same file key for
// every file, and refuse the same headers.
describe("the X25519 identity on node:crypto", () => {
  let me: string;
  let other: string;
  let meTo: string;
  let otherTo: string;
  const library = () => {
    const d = new Decrypter();
    d.addIdentity(me);
    return d;
  };
  const ours = new Decrypter();

  beforeAll(async () => {
    [me, other] = [await newIdentity(), await newIdentity()];
    [meTo, otherTo] = [await recipientOf(me), await recipientOf(other)];
    ours.addIdentity(new X25519NodeIdentity(bech32.decodeToBytes(me).bytes));
  });

  it("unwraps the same file key as the library's identity, whichever stanza is ours", async () => {
    const lib = library();
    for (let i = 0; i < 60; i++) {
      const e = new Encrypter();
      for (const r of [[meTo], [otherTo, meTo], [meTo, otherTo]][i % 3]!) e.addRecipient(r);
      const h = headerOf(await e.encrypt(`entry ${i}\n`));
      const key = await ours.decryptHeader(h);
      expect(key).toHaveLength(16);
      expect(Buffer.from(key)).toEqual(Buffer.from(await lib.decryptHeader(h)));
    }
  });

  it("gives null, not an error, for a file sealed to another key or a stanza of another kind", async () => {
    const e = new Encrypter();
    e.addRecipient(otherTo);
    const stanzas = await stanzasOf(headerOf(await e.encrypt("not for me\n")));
    expect(stanzas).toHaveLength(1);
    const identity = new X25519NodeIdentity(bech32.decodeToBytes(me).bytes);
    expect(identity.unwrapFileKey(stanzas)).toBeNull();
    expect(identity.unwrapFileKey([new Stanza(["scrypt", share(), "18"], new Uint8Array(32))])).toBeNull();
    await expect(ours.decryptHeader(headerOf(await e.encrypt("x")))).rejects.toThrow(/no identity matched/);
  });

  it("refuses a malformed X25519 stanza with a clear error, where the library refuses it too", async () => {
    const malformed = {
      "no share": header("-> X25519", body()),
      "two shares": header(`-> X25519 ${share()} ${share()}`, body()),
      "a short share": header(`-> X25519 ${share(new Uint8Array(31).fill(9))}`, body()),
      "a long body": header(`-> X25519 ${share()}`, body(40)),
    };
    for (const [what, h] of Object.entries(malformed)) {
      await expect(library().decryptHeader(h), what).rejects.toThrow();
      await expect(ours.decryptHeader(h), what).rejects.toThrow("invalid X25519 stanza");
    }
    // A low-order share makes an all-zero secret, which age forbids: both refuse it.
    const low = header(`-> X25519 ${share(new Uint8Array(32))}`, body());
    await expect(library().decryptHeader(low)).rejects.toThrow();
    await expect(ours.decryptHeader(low)).rejects.toThrow();
  });
});

// The recipient stands in for the library's own X25519 one: what it seals, the library's identity
// (and Debian's age, in tests/e2e/encryption.test.ts) opens, and nothing else does.
describe("the X25519 recipient on node:crypto", () => {
  it("seals a file the library's identity opens, to each recipient, under a new share each time", async () => {
    const [me, other, third] = [await newIdentity(), await newIdentity(), await newIdentity()];
    const to = async (id: string) => new X25519NodeRecipient(bech32.decodeToBytes(await recipientOf(id)).bytes);
    const e = new Encrypter();
    e.addRecipient(await to(me));
    e.addRecipient(await to(other));
    const shares = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const file = await e.encrypt(`entry ${i}\n`);
      for (const id of [me, other]) {
        const d = new Decrypter();
        d.addIdentity(id);
        expect(await d.decrypt(file, "text")).toBe(`entry ${i}\n`);
      }
      const stanzas = await stanzasOf(headerOf(file));
      expect(stanzas.map((s) => s.args[0])).toEqual(["X25519", "X25519"]);
      for (const s of stanzas) shares.add(s.args[1]!);
      const stranger = new Decrypter();
      stranger.addIdentity(third);
      await expect(stranger.decrypt(file)).rejects.toThrow(/no identity matched/);
    }
    expect(shares.size).toBe(40);
  });

  it("refuses a key that is not 32 bytes, and a low-order one when sealing", () => {
    expect(() => new X25519NodeRecipient(new Uint8Array(31))).toThrow("invalid X25519 recipient");
    expect(() => new X25519NodeRecipient(new Uint8Array(32)).wrapFileKey(new Uint8Array(16))).toThrow();
  });
});
