/**
 * Flows run through --answers on a journal with a cache, held against the same flow on a copy of
 * the journal with --no-cache: what a flow on the kept digest shows must be the whole journal's.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { expect } from "vitest";
import { DAILY_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import type { Action, Entry } from "../../src/journal/entry.js";
import { run, tempHome, writeFile } from "./cli.js";

export type Home = ReturnType<typeof tempHome>;

/** A daily that answers the look back on an earlier intention, should there be one. */
export const DAILY = `${DAILY_ANSWERS}intention_kept: partly\n`;

/** The month folders of a journal, oldest first. */
export const monthsOf = (journal: string) =>
  fs
    .readdirSync(journal)
    .filter((y) => /^\d{4}$/.test(y))
    .sort()
    .flatMap((y) => fs.readdirSync(path.join(journal, y)).sort().map((m) => path.join(journal, y, m)));

/** The journal's index folder in the cache (the only journal of the home). */
export const indexOf = (home: Home) => {
  const root = path.join(home.env.XDG_CACHE_HOME!, "empathy-coach", "index");
  return path.join(root, fs.readdirSync(root)[0]!);
};
export const digestFile = (home: Home) => path.join(indexOf(home), "flow.derived.json");

/** Drops the index but the flows' digest: a command that reads the journal writes it again, one on the digest does not. */
export function dropIndex(home: Home): () => boolean {
  const dir = indexOf(home);
  const months = () => fs.readdirSync(dir).filter((n) => /^\d{4}-\d{2}\./.test(n));
  for (const n of months()) fs.rmSync(path.join(dir, n));
  return () => months().length === 0;
}

/**
 * `--at` some minutes ago: each run a minute apart, so that each entry is the journal's newest
 * (within one second the journal orders by id, and a debrief's comes before a prep's).
 */
export const minutesAgo = (n: number) => {
  const d = new Date(Date.now() - n * 60_000);
  const two = (x: number) => String(x).padStart(2, "0");
  return ["--at", `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`];
};

export const prepArgs = (home: Home) => ["prep", "--answers", writeFile(home.dir, "prep.yaml", PREP_ANSWERS)];

/** A flow through --answers; its output without the saved file's name, and the entry saved without its id, time and action ids (random). */
export async function flow(home: Home, args: string[], input?: string): Promise<{ out: string; entry: Partial<Entry> }> {
  const r = await run(args, { env: home.env, ...(input !== undefined && { input }) });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const file = /Saved: (.+\.yaml)/.exec(r.stdout)![1]!;
  const { id: _id, createdAt: _at, actions, ...entry } = parse(fs.readFileSync(file, "utf8")) as Entry;
  return { out: r.stdout.replace(file, "FILE"), entry: { ...entry, actions: actions.map(({ id: _a, ...a }) => a as Action) } };
}

export const prep = (home: Home, ...extra: string[]) => flow(home, [...prepArgs(home), ...extra]);

/**
 * The flow run (on the digest, unless the journal changed since it was kept: `fromDigest`), and
 * on a copy of the journal as it was, with --no-cache: the same output and entry.
 */
export async function sameAsWhole(home: Home, args: string[], input: string, fromDigest: boolean | "either" = true) {
  const twin = tempHome();
  fs.cpSync(home.journal, twin.journal, { recursive: true });
  const read = dropIndex(home);
  const kept = await flow(home, args, input);
  if (fromDigest !== "either") expect(read(), "the journal was not read").toBe(fromDigest);
  expect(await flow(twin, [...args, "--no-cache"], input)).toEqual(kept);
  return kept;
}
