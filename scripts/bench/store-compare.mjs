// The two stores tried for the journal's index, on the same data in one process: the month-sharded
// JSON files the tool uses, and SQLite (better-sqlite3, a development dependency only for this).
// Then the two ways tried to keep an encrypted journal's index sealed: one age file per month
// file, or one AES key per index kept as an age file (what the tool does).
// Prints one line of JSON: median milliseconds of each step for each store.
//   node scripts/bench/store-compare.mjs JOURNAL
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readJournal } from "../../build/journal/read.js";
import { headOf, loadMonth, saveMonth } from "../../build/journal/index-store.js";

const journal = process.argv[2];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "empathy-stores-"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (f) => {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
};
const msAsync = async (f) => {
  const t = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t) / 1e6;
};

const { entries } = await readJournal(journal);
const months = new Map();
for (const { entry, path: file } of entries) {
  const st = fs.statSync(file);
  const rel = path.relative(journal, file).split(path.sep).join("/");
  const m = rel.slice(0, 7).replace("/", "-");
  const name = path.basename(file);
  if (!months.has(m)) months.set(m, { rows: [], answers: new Map() });
  const { head, steps } = headOf(entry);
  months.get(m).rows.push([name, st.size, st.mtimeMs, st.ctimeMs, st.ino, head, steps]);
  months.get(m).answers.set(name, entry.answers);
}
// The last full month: the current one may hold a day or two.
const last = [...months.keys()].at(-2);

// JSON: one head and one body file per month.
const jsonDir = path.join(tmp, "json");
for (const [m, { rows, answers }] of months) await saveMonth(jsonDir, journal, m, { rows, answers });

// SQLite: one row per file, the head and the answers as JSON text; WAL, as one would run it.
const { default: Database } = await import("better-sqlite3");
const dbFile = path.join(tmp, "index.sqlite");
{
  const db = new Database(dbFile);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE items (rel TEXT PRIMARY KEY, month TEXT, size INTEGER, mtime REAL, ctime REAL, ino INTEGER, head TEXT, answers TEXT)");
  db.exec("CREATE INDEX items_month ON items (month)");
  const put = db.prepare("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  db.transaction(() => {
    for (const [m, { rows, answers }] of months)
      for (const [name, size, mtimeMs, ctimeMs, ino, head] of rows) put.run(`${m}/${name}`, m, size, mtimeMs, ctimeMs, ino, JSON.stringify(head), JSON.stringify(answers.get(name)));
  })();
  db.close();
}

const RUNS = 9;
const result = { json: {}, sqlite: {} };
const steps = {
  "all heads": {
    json: () => {
      for (const m of months.keys()) loadMonth(jsonDir, journal, m);
    },
    sqlite: () => {
      const db = new Database(dbFile, { readonly: true });
      for (const row of db.prepare("SELECT rel, size, mtime, ctime, ino, head FROM items").iterate()) JSON.parse(row.head);
      db.close();
    },
  },
  "one month's answers": {
    json: () => {
      const idx = loadMonth(jsonDir, journal, last);
      JSON.parse(fs.readFileSync(path.join(jsonDir, `${last}.${idx.stamp}.answers.json`), "utf8"));
    },
    sqlite: () => {
      const db = new Database(dbFile, { readonly: true });
      for (const row of db.prepare("SELECT answers FROM items WHERE month = ?").iterate(last)) JSON.parse(row.answers);
      db.close();
    },
  },
};
for (const [name, s] of Object.entries(steps)) {
  result.json[name] = median(Array.from({ length: RUNS }, () => ms(s.json)));
  result.sqlite[name] = median(Array.from({ length: RUNS }, () => ms(s.sqlite)));
}
// Saving one entry: JSON writes its month again (head and body, each atomically and synced);
// SQLite replaces one row in a transaction.
const { rows, answers } = months.get(last);
const times = { json: [], sqlite: [] };
for (let i = 0; i < RUNS; i++) {
  times.json.push(await msAsync(() => saveMonth(jsonDir, journal, last, { rows, answers })));
  times.sqlite.push(
    ms(() => {
      const db = new Database(dbFile);
      const [name, size, mtimeMs, ctimeMs, ino, head] = rows[0];
      db.prepare("INSERT OR REPLACE INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(`${last}/${name}`, last, size, mtimeMs, ctimeMs, ino, JSON.stringify(head), JSON.stringify(answers.get(name)));
      db.close();
    }),
  );
}
result.json["save one entry"] = median(times.json);
result.sqlite["save one entry"] = median(times.sqlite);

// Sealed heads, every month: age for each month file (an X25519 exchange each, asynchronous)
// against one age-sealed key per index and AES-256-GCM for the month files (what the tool does).
const { decrypterFor, encryptTo, newIdentity, recipientOf } = await import("../../build/crypto/age.js");
const { indexSeal } = await import("../../build/crypto/index-key.js");
const key = await newIdentity();
const reader = await recipientOf(key);
const sealedDir = path.join(tmp, "sealed");
const seal = await indexSeal(sealedDir, [key], reader);
for (const [m, { rows, answers }] of months) await saveMonth(sealedDir, journal, m, { rows, answers }, seal);
const ageDir = path.join(tmp, "age");
fs.mkdirSync(ageDir);
for (const m of months.keys()) fs.writeFileSync(path.join(ageDir, m), await encryptTo([reader], fs.readFileSync(path.join(jsonDir, `${m}.json`))));
const sealedTimes = { aes: [], age: [] };
for (let i = 0; i < RUNS; i++) {
  sealedTimes.aes.push(
    await msAsync(async () => {
      const s = await indexSeal(sealedDir, [key], reader);
      for (const m of months.keys()) loadMonth(sealedDir, journal, m, s);
    }),
  );
  sealedTimes.age.push(
    await msAsync(async () => {
      const d = await decrypterFor([key]);
      // A head file is its head line and its rows, each JSON of its own.
      for (const m of months.keys()) Buffer.from(await d(fs.readFileSync(path.join(ageDir, m)))).toString("utf8").split("\n", 2).map((part) => JSON.parse(part));
    }),
  );
}
result.sealed = { "all heads, age per month": median(sealedTimes.age), "all heads, AES key in age": median(sealedTimes.aes) };
fs.rmSync(tmp, { recursive: true, force: true });
console.log(JSON.stringify(result));
