import fs from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decrypterFor, encryptTo, newIdentity, recipientOf, type Decrypt } from "../../src/crypto/age.js";
import { createIdentity, readIdentityFile, unlockIdentity } from "../../src/crypto/identity.js";
import { runKeys } from "../../src/crypto/keyring.js";
import { openJournal, sealJournal } from "../../src/journal/encryption-migration.js";
import { readRecipients, recipientsFile, writeRecipients } from "../../src/crypto/recipients.js";
import { diskToText } from "../../src/crypto/sealed.js";
import { loadDraft, removeDraft, saveDraft, type Draft } from "../../src/session/drafts.js";
import { parseEntry } from "../../src/journal/parse-entry.js";
import { readJournal } from "../../src/journal/read.js";
import { entryToYaml, saveEntry } from "../../src/journal/write.js";
import { allFiles } from "../helpers/cli.js";
import { newPrep, prep } from "../helpers/entries.js";
import { tempDir } from "../helpers/temp.js";

const sample = newPrep("Vandermeulen Logistiek", "Greet, who fears the reorganisation");

let me: { key: string; recipient: string; decrypt: Decrypt };
let other: { key: string; recipient: string; decrypt: Decrypt };
const person = async () => {
  const key = await newIdentity();
  return { key, recipient: await recipientOf(key), decrypt: await decrypterFor([key]) };
};
beforeAll(async () => {
  [me, other] = await Promise.all([person(), person()]);
});

let journal: string;
beforeEach(() => {
  journal = path.join(tempDir("crypto-"), "journal");
});
const at = new Date(2026, 10, 24, 10, 30, 5);

describe("opening an encrypted file", () => {
  const file = "/j/2026/11/2026-11-24T1030-prep-0a1b2c3d4e.yaml.age";
  it("gives back the exact bytes, to each recipient", async () => {
    const sealed = await encryptTo([me.recipient, other.recipient], "schema: 1\n");
    for (const p of [me, other]) {
      const r = await diskToText(file, sealed, p.decrypt);
      expect(r.ok && Buffer.from(r.bytes).toString()).toBe("schema: 1\n");
    }
  });

  it("reports, in one reason each, no identity, someone else's file, a cut-off and a changed one", async () => {
    const sealed = await encryptTo([me.recipient], "schema: 1\nanswer: a secret\n");
    const tampered = Uint8Array.from(sealed);
    tampered[tampered.length - 5]! ^= 1;
    const header = Uint8Array.from(sealed);
    header[Buffer.from(sealed).indexOf("\n--- ") + 8]! ^= 1; // a letter of the header's MAC
    const reasons = await Promise.all(
      [
        [sealed, undefined],
        [sealed, other.decrypt],
        [sealed.subarray(0, sealed.length - 10), me.decrypt],
        [tampered, me.decrypt],
        [header, me.decrypt],
        [new TextEncoder().encode("not age at all"), me.decrypt],
      ].map(async ([bytes, d]) => {
        const r = await diskToText(file, bytes as Uint8Array, d as Decrypt | undefined);
        if (r.ok) throw new Error("opened a file it should not");
        expect(r.invalid.problem).toBe("encrypted");
        return r.invalid.reason;
      }),
    );
    expect(reasons[0]).toMatch(/no identity/);
    expect(reasons[1]).toMatch(/someone else/);
    for (const r of reasons.slice(2)) expect(r).toMatch(/damaged or cut short/);
  });
});

// A passphrase costs about a second each time (scrypt, as age wants it): one identity for these tests.
describe("identities", () => {
  let config: string;
  let recipient: string;
  beforeAll(async () => {
    config = path.join(tempDir("crypto-"), "config");
    recipient = await createIdentity(path.join(config, "identity.txt"), "correct horse", at);
  }, 60_000);

  it("a protected identity opens with its passphrase only, and says so in one line", { timeout: 60_000 }, async () => {
    const file = path.join(config, "identity.txt");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const found = await readIdentityFile(file);
    expect(found?.kind).toBe("protected");
    expect(fs.readFileSync(file, "utf8")).not.toMatch(/AGE-SECRET-KEY/);
    if (found?.kind !== "protected") return;
    await expect(unlockIdentity(file, found.bytes, "wrong horse")).rejects.toThrow(`wrong passphrase for ${file}`);
    const keys = await unlockIdentity(file, found.bytes, "correct horse");
    expect(await recipientOf(keys[0]!)).toBe(recipient);
    await expect(createIdentity(file, undefined, at)).rejects.toThrow(/already exists/);
  });

  it("asks the passphrase once per run, and never when asking is not allowed", { timeout: 60_000 }, async () => {
    const asked: string[] = [];
    const src = { folders: { config }, interactive: false, askSecret: async (m: string) => (asked.push(m), "correct horse") };
    expect(await runKeys(src, { ask: false })).toEqual({ missing: "locked" });
    const first = await runKeys(src, { ask: true });
    const again = await runKeys(src, { ask: true });
    expect("keys" in first && first.keys).toHaveLength(1);
    expect(again).toEqual(first);
    expect(asked).toHaveLength(1);
    const noAsker = { folders: { config }, interactive: false };
    await expect(runKeys(noAsker, { ask: true })).rejects.toThrow(/protected by a passphrase, and there is no terminal/);
  });
});

describe("an encrypted journal", () => {
  it("writes entries to all recipients under a name without the customer, and reads them with a key", async () => {
    await writeRecipients(journal, [me.recipient, other.recipient]);
    expect(await readRecipients(journal)).toEqual([me.recipient, other.recipient]);
    const { entry, path: file } = await saveEntry(journal, sample, at);
    expect(path.basename(file)).toMatch(/^2026-11-24T1030-prep-[0-9a-f]{10}\.yaml\.age$/);
    expect(fs.readFileSync(file).toString("latin1")).not.toMatch(/Vandermeulen|Greet/);
    for (const p of [me, other]) {
      const read = await readJournal(journal, { keys: async () => [p.key] });
      expect(read.entries.map((e) => e.entry)).toEqual([entry]);
    }
    const without = await readJournal(journal, { keys: async () => undefined });
    expect(without.entries).toEqual([]);
    expect(without.invalid).toEqual([expect.objectContaining({ path: file, problem: "encrypted" })]);
  });

  it("drops the plain index and completion's names, and keeps a sealed index per reader", async () => {
    const cacheDir = path.join(journal, "..", "cache");
    await saveEntry(journal, sample, at);
    await readJournal(journal, { cacheDir });
    // The answers file's stamp is random: named by its form, so that it sorts the same whatever it is.
    const stamped = (name: string) => name.replace(/^(2026-11)\.[0-9a-f]{12}\.answers/, "$1.STAMP.answers");
    expect(allFiles(cacheDir).map((f) => stamped(path.basename(f))).sort()).toEqual(["2026-11.STAMP.answers.json", "2026-11.digest.json", "2026-11.json", "customers.json"]);
    await writeRecipients(journal, [me.recipient, other.recipient]);
    await sealJournal(journal, [me.recipient, other.recipient]);
    for (const p of [me, other]) {
      const read = await readJournal(journal, { cacheDir, keys: async () => [p.key] });
      expect(read.entries.map((e) => e.entry.customer)).toEqual(["Vandermeulen Logistiek"]);
    }
    // One index for each reader, each sealed: no plain copy left, no name in any byte.
    expect(fs.readdirSync(path.join(cacheDir, "index"))).toHaveLength(2);
    for (const f of allFiles(cacheDir)) {
      expect(path.basename(f)).toMatch(/\.age$/);
      expect(fs.readFileSync(f).toString("latin1")).not.toMatch(/Vandermeulen|Greet/);
    }
    // Read again from the index, answers and all.
    const again = await readJournal(journal, { cacheDir, keys: async () => [me.key] });
    expect(again.entries[0]!.entry.answers[0]!.answer).toBe("Greet, who fears the reorganisation");
    // Without keys the sealed index is left alone and nothing is read from it.
    const locked = await readJournal(journal, { cacheDir, keys: async () => undefined });
    expect(locked.entries).toEqual([]);
    expect(fs.readdirSync(path.join(cacheDir, "index"))).toHaveLength(2);
  });

  it("refuses a damaged recipients list, naming the line", async () => {
    fs.mkdirSync(journal, { recursive: true });
    fs.writeFileSync(recipientsFile(journal), `# mine\n${me.recipient}\nage1notakey\n`);
    await expect(readRecipients(journal)).rejects.toThrow(`${recipientsFile(journal)}:3: not a public key`);
    await expect(saveEntry(journal, sample, at)).rejects.toThrow(/:3:/);
  });

  it("accepts a migrated name with its original id, but not another kind", () => {
    const e = prep("2026-11-24", { time: "10:30", customer: "Acme" });
    const yaml = entryToYaml(e);
    expect(parseEntry(yaml, "/j/2026/11/2026-11-24T1030-prep-0123456789.yaml.age").ok).toBe(true);
    expect(parseEntry(yaml, "/j/2026/11/2026-11-24T1030-daily-0123456789.yaml.age").ok).toBe(false);
    expect(parseEntry(yaml, "/j/2026/11/2026-11-24T1030-prep-0123456789.yaml").ok).toBe(false);
  });
});

describe("migration", () => {
  it("on and off keep every entry's bytes, and a second run changes nothing", async () => {
    const saved = [];
    for (let i = 0; i < 3; i++) saved.push(await saveEntry(journal, { ...sample, customer: `Klant ${i}` }, at));
    const before = saved.map((s) => fs.readFileSync(s.path));
    await writeRecipients(journal, [me.recipient]);
    const progress: [number, number][] = [];
    expect((await sealJournal(journal, [me.recipient], (done, total) => progress.push([done, total]))).changed).toBe(3);
    expect(progress).toEqual([[0, 3]]); // a report every 100 files, from the first
    expect((await sealJournal(journal, [me.recipient])).changed).toBe(0);
    for (const s of saved) expect(fs.existsSync(s.path)).toBe(false);
    const read = await readJournal(journal, { keys: async () => [me.key] });
    expect(read.entries.map((e) => e.entry.id).sort()).toEqual(saved.map((s) => s.entry.id).sort());
    expect((await openJournal(journal, me.decrypt)).changed).toBe(3);
    expect(saved.map((s) => fs.readFileSync(s.path))).toEqual(before);
    expect((await openJournal(journal, me.decrypt)).changed).toBe(0);
  });

  it("an entry met in both forms counts once, and the next run removes the old form", async () => {
    const { path: plain, entry } = await saveEntry(journal, sample, at);
    const bytes = fs.readFileSync(plain);
    await sealJournal(journal, [me.recipient]);
    fs.writeFileSync(plain, bytes); // as if the run had been killed before removing it
    const read = await readJournal(journal, { keys: async () => [me.key] });
    expect(read.entries.map((e) => e.entry)).toEqual([entry]);
    expect(read.invalid).toEqual([]);
    const again = await sealJournal(journal, [me.recipient]);
    expect(again.changed).toBe(1);
    const dir = fs.readdirSync(path.dirname(plain));
    expect(dir).toHaveLength(1);
    expect(dir[0]).toMatch(/\.yaml\.age$/);
  });

  it("leaves an invalid plain file as it is and reports it", async () => {
    const bad = path.join(journal, "2026", "11", "2026-11-24T1030-prep-broken.yaml");
    fs.mkdirSync(path.dirname(bad), { recursive: true });
    fs.writeFileSync(bad, "schema: 1\nid: [\n");
    const run = await sealJournal(journal, [me.recipient]);
    expect(run.changed).toBe(0);
    expect(run.skipped.map((s) => s.path)).toEqual([bad]);
    expect(fs.readFileSync(bad, "utf8")).toBe("schema: 1\nid: [\n");
  });
});

describe("drafts of an encrypted journal", () => {
  const draft: Draft = {
    kind: "prep",
    exercise: { id: "prep", version: 1 },
    depth: "quick",
    customer: "Vandermeulen Logistiek",
    at: "2026-11-24T10:30:00+01:00",
    updatedAt: "2026-11-24T10:31:00+01:00",
    answers: [{ step: "who", type: "text", question: "Who?", answer: "Greet" }],
    skipped: [],
  };
  const drafts = () => fs.readdirSync(path.join(journal, "drafts"));

  it("are kept encrypted, replace a plain one, and open with the key only", async () => {
    const customer = draft.customer;
    await saveDraft(journal, draft);
    expect(drafts()).toEqual(["prep-vandermeulen-logistiek.yaml"]);
    await writeRecipients(journal, [me.recipient]);
    await saveDraft(journal, draft);
    // The name of an encrypted draft says nothing of the customer either.
    expect(drafts()).toEqual([expect.stringMatching(/^prep-[0-9a-f]{12}\.yaml\.age$/)]);
    expect(drafts()[0]!).not.toMatch(/vandermeulen/i);
    expect(fs.readFileSync(path.join(journal, "drafts", drafts()[0]!)).toString("latin1")).not.toMatch(/Vandermeulen|Greet/);
    expect((await loadDraft(journal, "prep", customer, async () => me.decrypt)).draft).toEqual(draft);
    const locked = await loadDraft(journal, "prep", customer, async () => undefined);
    expect(locked.draft).toBeUndefined();
    expect(locked.problem).toMatch(/prep-[0-9a-f]{12}\.yaml\.age \(encrypted, and no identity at hand/);
    await removeDraft(journal, "prep", customer);
    expect(drafts()).toEqual([]);
  });
});
