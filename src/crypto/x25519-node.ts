import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, type KeyObject } from "node:crypto";
import { base64nopad } from "@scure/base";
import { Stanza, type Identity, type Recipient } from "age-encryption";

/**
 * An age X25519 identity and recipient whose file-key unwrap and wrap run on node:crypto (OpenSSL),
 * for the age library's `Identity` and `Recipient` interfaces. The library's own ones go through
 * WebCrypto, one awaited job per file in the thread pool: for a journal of small files that key
 * exchange cost more than all else that opening them takes, and writing one entry paid WebCrypto's
 * start for two key exchanges. This composes OpenSSL's X25519, HKDF-SHA-256 and ChaCha20-Poly1305
 * as age's X25519 recipient spec (age-encryption.org/v1) puts them together; the library still
 * writes and parses the header, its MAC and the payload.
 */

/** PKCS #8 wrapping of a raw X25519 private key: how OpenSSL takes one without its public half. */
const PKCS8_X25519 = Buffer.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x04, 0x22, 0x04, 0x20]);
const LABEL = "age-encryption.org/v1/X25519";
/** The wrapped file key is sealed once under its key, so the nonce is all zeroes (as the spec says). */
const NONCE = Buffer.alloc(12);

/** An X25519 public key as OpenSSL takes one: from JWK, several times quicker than from DER. */
const publicKeyOf = (raw: Uint8Array) => createPublicKey({ key: { kty: "OKP", crv: "X25519", x: Buffer.from(raw).toString("base64url") }, format: "jwk" });
const rawOf = (key: KeyObject) => Buffer.from(key.export({ format: "jwk" }).x!, "base64url");
const wrapKeyOf = (secret: Buffer, share: Uint8Array, recipient: Uint8Array) => Buffer.from(hkdfSync("sha256", secret, Buffer.concat([share, recipient]), LABEL, 32));

export class X25519NodeIdentity implements Identity {
  private readonly key: KeyObject;
  /** This identity's public key, the second half of the HKDF salt. */
  private readonly recipient: Buffer;

  /** Throws where node:crypto has no X25519; the caller then uses the library's identity. */
  constructor(secret: Uint8Array) {
    this.key = createPrivateKey({ key: Buffer.concat([PKCS8_X25519, secret]), format: "der", type: "pkcs8" });
    this.recipient = rawOf(createPublicKey(this.key));
  }

  /** The file key, or null when no X25519 stanza is for this key; a malformed one throws, as the library's does. */
  unwrapFileKey(stanzas: Stanza[]): Uint8Array | null {
    for (const s of stanzas) {
      if (s.args[0] !== "X25519") continue;
      const share = s.args.length === 2 ? base64nopad.decode(s.args[1]!) : undefined;
      if (share?.length !== 32 || s.body.length !== 32) throw new Error("invalid X25519 stanza");
      // OpenSSL refuses a low-order share (an all-zero secret), which age requires.
      const secret = diffieHellman({ privateKey: this.key, publicKey: publicKeyOf(share) });
      const wrapKey = wrapKeyOf(secret, share, this.recipient);
      const d = createDecipheriv("chacha20-poly1305", wrapKey, NONCE, { authTagLength: 16 });
      d.setAuthTag(s.body.subarray(16));
      try {
        return Buffer.concat([d.update(s.body.subarray(0, 16)), d.final()]);
      } catch {
        continue; // sealed to another key
      }
    }
    return null;
  }
}

export class X25519NodeRecipient implements Recipient {
  private readonly key: KeyObject;

  /** Throws where node:crypto has no X25519 or the key is not one; the caller then gives the library the text. */
  constructor(private readonly recipient: Uint8Array) {
    if (recipient.length !== 32) throw new Error("invalid X25519 recipient");
    this.key = publicKeyOf(recipient);
  }

  /** The file key sealed to this recipient under a new ephemeral key, in one X25519 stanza. */
  wrapFileKey(fileKey: Uint8Array): Stanza[] {
    const ephemeral = generateKeyPairSync("x25519");
    const share = rawOf(ephemeral.publicKey);
    // OpenSSL refuses a low-order recipient key, whose secret would be all zeroes.
    const secret = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: this.key });
    const c = createCipheriv("chacha20-poly1305", wrapKeyOf(secret, share, this.recipient), NONCE, { authTagLength: 16 });
    const body = Buffer.concat([c.update(fileKey), c.final(), c.getAuthTag()]);
    return [new Stanza(["X25519", base64nopad.encode(share)], body)];
  }
}
