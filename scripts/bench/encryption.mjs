// The bars of an encrypted journal, as ratios to the same work on a plain one in the same run:
// a summary of 10,000 entries warm and cold, and writing one entry. Called by bench.mjs.
import fs from "node:fs";
import path from "node:path";
import { createIdentity } from "../../build/crypto/identity.js";
import { sealJournal } from "../../build/journal/encryption-migration.js";
import { writeRecipients } from "../../build/crypto/recipients.js";
import { identityKeys } from "../../build/crypto/age.js";
import { useLiteStreams } from "../../build/crypto/lite-streams.js";
import { parseBatch } from "../../build/journal/parse-batch.js";
import { decodeBatch } from "../../build/journal/parsed-file.js";
import { loadLang, setLang } from "../../build/i18n/index.js";

const DAILY = "reflection: I listened better today\ngood_moment: A customer laughed\nintention: Ask first, then tell\n";

/** `j10` is a plain journal of 10,000 entries; its encrypted twin is made beside it. */
export async function benchEncryption({ j10, tmp, bin, env, time, compare, report, runs }) {
  const config = path.join(env.XDG_CONFIG_HOME, "empathy-coach");
  const recipient = await createIdentity(path.join(config, "identity.txt"), undefined, new Date());
  const sealed = path.join(tmp, "j10k-age");
  fs.cpSync(j10, sealed, { recursive: true });
  await writeRecipients(sealed, [recipient]);
  await sealJournal(sealed, [recipient]);

  const summary = (journal, ...extra) => ({ args: [bin, "--journal", journal, "summary", "--since", "12w", ...extra] });
  const ms = (x) => `${x.toFixed(0)} ms`;
  time(summary(j10).args);
  time(summary(sealed).args);
  const rounds = Math.max(3, Math.round(runs / 3));
  const [plainWarm, sealedWarm] = compare([summary(j10), summary(sealed)], rounds);
  report("summary 10k warm, encrypted / plain", sealedWarm / plainWarm, 1.3, `${ms(sealedWarm)} vs ${ms(plainWarm)}`);
  const [plainCold, sealedCold] = compare([summary(j10, "--no-cache"), summary(sealed, "--no-cache")], 3);
  report("summary 10k cold, encrypted / plain", sealedCold / plainCold, 2, `${ms(sealedCold)} vs ${ms(plainCold)}`);
  const perFile = await filesAsWorkersRead(j10, sealed, identityKeys(fs.readFileSync(path.join(config, "identity.txt"), "utf8")));
  console.log(`     (CPU per file read and checked as a parse worker does: encrypted ${perFile.sealed.toFixed(0)} µs, plain ${perFile.plain.toFixed(0)} µs)`);

  // One entry into a journal of each kind. Each round writes into an empty one: earlier rounds'
  // entries would otherwise be read (and, encrypted, opened) before each flow, and the figure
  // would grow with the number of rounds; reading is what the summaries above measure.
  const answers = path.join(tmp, "daily.yaml");
  fs.writeFileSync(answers, DAILY);
  const plainJournal = path.join(tmp, "write-plain");
  const sealedJournal = path.join(tmp, "write-age");
  fs.mkdirSync(sealedJournal);
  await writeRecipients(sealedJournal, [recipient]);
  const daily = (journal) => ({ journal, args: [bin, "--journal", journal, "--no-cache", "daily", "--answers", answers] });
  const empty = ({ journal }) => {
    for (const name of fs.existsSync(journal) ? fs.readdirSync(journal) : []) if (name !== "recipients.txt") fs.rmSync(path.join(journal, name), { recursive: true, force: true });
  };
  const [plainWrite, sealedWrite] = compare([daily(plainJournal), daily(sealedJournal)], runs, empty);
  report("writing one entry, encrypted / plain", sealedWrite / plainWrite, 1.2, `${ms(sealedWrite)} vs ${ms(plainWrite)}`);
  // For comparison, not a bar: the same with the entries of the rounds before still there to read.
  const [plainAfter, sealedAfter] = compare([daily(plainJournal), daily(sealedJournal)], runs);
  console.log(`     (with up to ${runs} entries to read first: ${(sealedAfter / plainAfter).toFixed(2)}×, ${ms(sealedAfter)} vs ${ms(plainAfter)})`);
}

/** Every entry file under `dir`. */
const entryFiles = (dir) => fs.readdirSync(dir, { recursive: true }).filter((f) => /\.yaml(\.age)?$/.test(f)).map((f) => path.join(dir, f)).sort();

/**
 * What a cold read costs per file in one thread, read and checked as a parse worker does, in
 * batches of 200: the part of the cold ratio that no scheduling changes. A first pass over the
 * files warms the code up.
 */
async function filesAsWorkersRead(plainDir, sealedDir, keys, count = 1000) {
  await loadLang("en");
  setLang("en");
  const restore = useLiteStreams();
  const cpu = async (files, batchKeys) => {
    const batches = Array.from({ length: Math.ceil(files.length / 200) }, (_, i) => files.slice(i * 200, (i + 1) * 200));
    const readAll = async () => (await Promise.all(batches.map((b) => parseBatch(b, batchKeys)))).flatMap(decodeBatch);
    await readAll();
    const start = process.cpuUsage();
    const results = await readAll();
    const { user, system } = process.cpuUsage(start);
    const bad = results.find((r) => !r.ok);
    if (bad) throw new Error(`${bad.invalid.path}: ${bad.invalid.reason}`);
    return (user + system) / files.length;
  };
  try {
    return { plain: await cpu(entryFiles(plainDir).slice(0, count)), sealed: await cpu(entryFiles(sealedDir).slice(0, count), keys) };
  } finally {
    restore();
  }
}
