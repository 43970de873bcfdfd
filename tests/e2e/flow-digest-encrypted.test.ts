/** An encrypted journal's flows' digest stays in memory: no plain file of the cache names a customer. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createContext } from "../../src/cli/context.js";
import { FlowHistory } from "../../src/cli/flow-history.js";
import { RECIPIENTS_FILE } from "../../src/crypto/sealed.js";
import { saveEntry } from "../../src/journal/write.js";
import { newPrep } from "../helpers/entries.js";
import { DAILY_ANSWERS, DEBRIEF_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { run, tempHome } from "../helpers/cli.js";
import { digestFile, type Home } from "../helpers/flow-runs.js";
import { memoryIo } from "../helpers/memory-io.js";

/** Run as a kept value's file is written, once: what else happens in that moment. */
const during = vi.hoisted(() => ({ write: undefined as (() => void) | undefined }));
vi.mock("../../src/data/atomic-write.js", async (actual) => {
  const real = await actual<typeof import("../../src/data/atomic-write.js")>();
  return {
    ...real,
    replaceRebuildable: async (...args: Parameters<typeof real.replaceRebuildable>) => {
      await real.replaceRebuildable(...args);
      const write = during.write;
      during.write = undefined;
      write?.();
    },
  };
});

const acme = newPrep("Acme BV", "Ilse", [{ id: "aa11", text: "Call back", done: false }]);

/** A flow's history of a plain journal whose digest is kept, opened as a flow opens it. */
async function openHistory(home: Home): Promise<FlowHistory> {
  await saveEntry(home.journal, acme, new Date(Date.now() - 86_400_000));
  const ctx = await createContext({}, memoryIo({ env: home.env }).rt);
  return FlowHistory.open(ctx, Promise.resolve([]));
}

/** Every file of the cache that names the customer. */
const naming = (home: Home) =>
  fs
    .readdirSync(home.env.XDG_CACHE_HOME!, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && fs.readFileSync(path.join(d.parentPath, d.name), "utf8").includes("Acme"))
    .map((d) => d.name);

describe("a flow's save on a journal that became encrypted since the flow began", () => {
  it("keeps no digest: the recipients came while the digest was written", async () => {
    const home = tempHome();
    const history = await openHistory(home);
    const saved = await saveEntry(home.journal, acme, new Date());
    let written = false;
    during.write = () => {
      written = fs.existsSync(digestFile(home));
      fs.writeFileSync(path.join(home.journal, RECIPIENTS_FILE), "age1example\n");
    };
    await history.saved(saved.entry, saved.path);
    expect(written, "the digest was written before the recipients came").toBe(true);
    expect(fs.existsSync(digestFile(home))).toBe(false);
  });

  it("keeps no digest: the recipients came before the save of the digest", async () => {
    const home = tempHome();
    const history = await openHistory(home);
    const saved = await saveEntry(home.journal, acme, new Date());
    fs.writeFileSync(path.join(home.journal, RECIPIENTS_FILE), "age1example\n");
    await history.saved(saved.entry, saved.path);
    // (The plain index of the read before is removed by the next read, which sees the recipients.)
    expect(fs.existsSync(digestFile(home))).toBe(false);
  });

  it("keeps no digest: the entry was saved encrypted", async () => {
    const home = tempHome();
    const history = await openHistory(home);
    const saved = await saveEntry(home.journal, acme, new Date());
    const sealed = `${saved.path}.age`;
    fs.renameSync(saved.path, sealed);
    await history.saved(saved.entry, sealed);
    expect(fs.existsSync(digestFile(home))).toBe(false);
  });
});

describe("flows on a journal with recipients", () => {
  it("leave no plain digest naming a customer in the cache", async () => {
    const home = tempHome();
    const ok = async (args: string[], input?: string) => expect((await run(args, { env: home.env, ...(input !== undefined && { input }) })).code).toBe(0);
    await ok(["prep", "--answers", "-", "--at", "2026-11-20 10:00"], PREP_ANSWERS);
    await ok(["list"]);
    await ok(["encryption", "init", "--no-passphrase"]);
    await ok(["encryption", "on"]);
    for (const [args, input] of [[["prep"], PREP_ANSWERS], [["debrief", "--customer", "Acme BV"], DEBRIEF_ANSWERS], [["daily"], DAILY_ANSWERS]] as const) {
      await ok([...args, "--answers", "-"], input);
      await ok(["status"]);
    }
    expect(fs.readdirSync(home.journal).includes(RECIPIENTS_FILE)).toBe(true);
    expect(naming(home)).toEqual([]);
  });
});
