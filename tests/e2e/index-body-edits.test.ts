import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempHome } from "../helpers/cli.js";
import { BODY_FILE, editIndexBody, indexFiles, type IndexBody } from "../helpers/index-files.js";

type Tuple = unknown[];
/** The first tuple of a body for which `pick` holds; a body without one is left as it is. */
const first = (body: IndexBody, pick: (t: Tuple) => boolean): Tuple => Object.values(body.answers).flat().find(pick) ?? [];

/** Edits of a body that keep its size (see editIndexBody), each once made exit 70 or wrong answers. */
const EDITS: [string, (body: IndexBody) => void][] = [
  ["a rating as text", (b) => void first(b, (t) => t[1] === "rating").splice(3, 1, "5")],
  ["an answer of no answer's type", (b) => void first(b, (t) => typeof t[3] === "string").splice(3, 1, { text: 1 })],
  ["a question out of the table", (b) => void first(b, () => true).splice(2, 1, 9999)],
  ["a tuple of another shape", (b) => (b.answers[Object.keys(b.answers)[0]!]![0] = ["mood"])],
  ["a tuple that is no list", (b) => ((b.answers[Object.keys(b.answers)[0]!] as unknown[])[0] = 7)],
  ["an entry's answers left out", (b) => ((b.answers as Record<string, unknown>)[Object.keys(b.answers)[0]!] = null)],
  ["another step's name", (b) => void first(b, (t) => t[1] === "rating").splice(0, 1, "understandinh")],
  ["no question table", (b) => (b.questions = [])],
];

/** Damage that leaves no JSON: a byte changed in place. */
function flipByte(file: string): void {
  const bytes = fs.readFileSync(file);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ 0x20;
  fs.writeFileSync(file, bytes);
}

/** The id of the first entry whose answers an edit of a body changed, if it left JSON that tells. */
function editedEntry(before: Buffer, after: Buffer): string | undefined {
  try {
    const [was, is] = [before, after].map((b) => (JSON.parse(b.toString("utf8")) as IndexBody).answers);
    return Object.keys(was!).find((name) => JSON.stringify(was![name]) !== JSON.stringify(is?.[name]))?.replace(/\.yaml$/, "");
  } catch {
    return undefined;
  }
}

/**
 * For each edit: the index is built, every month's body edited, and each command must answer as
 * without the index, on the run that meets the damage and on the one after it.
 */
async function expectAsWithoutIndex(home: ReturnType<typeof tempHome>, edits: [string, (file: string) => void][]): Promise<void> {
  const { dir, env } = home;
  const list = await run(["--no-cache", "list", "--json"], { env });
  const anyId = (JSON.parse(list.stdout) as { id: string }[])[0]!.id;
  const commands = [["list", "--json"], ["summary", "--since", "1y", "--json"], ["export"]];
  const truth = await Promise.all(commands.map((args) => run(["--no-cache", ...args], { env })));
  for (const t of truth) expect(t.code).toBe(0);
  for (const [what, edit] of edits) {
    fs.rmSync(path.join(dir, "cache"), { recursive: true, force: true });
    await run(["list", "-n", "1"], { env });
    const bodies = indexFiles(path.join(dir, "cache"), BODY_FILE);
    expect(bodies.length, what).toBeGreaterThan(0);
    const edited: string[] = [];
    let id: string | undefined;
    for (const body of bodies) {
      const before = fs.readFileSync(body);
      edit(body);
      const after = fs.readFileSync(body);
      expect(after.length, what).toBe(before.length);
      if (!after.equals(before)) edited.push(body);
      id ??= editedEntry(before, after);
    }
    expect(edited.length, what).toBeGreaterThan(0);
    // The entry whose answers were edited, where the edit tells which.
    const show = ["show", id ?? anyId];
    const shown = await run(["--no-cache", ...show], { env });
    expect(shown.code, what).toBe(0);
    for (const round of [1, 2]) {
      for (const [k, args] of [...commands, show].entries()) {
        const r = await run(args!, { env });
        const says = `${what}: ${args!.join(" ")}, run ${round}`;
        const want = truth[k] ?? shown;
        expect(r.stderr, says).toBe(want.stderr);
        expect(r.code, says).toBe(0);
        expect(r.stdout, says).toBe(want.stdout);
      }
    }
    // Each damaged body was removed, and its month written anew with a body of its own; the
    // other months were left as they were.
    const now = indexFiles(path.join(dir, "cache"), BODY_FILE);
    expect(now.length, what).toBe(bodies.length);
    expect(now.filter((b) => edited.includes(b)), what).toEqual([]);
    expect(now, what).toEqual(expect.arrayContaining(bodies.filter((b) => !edited.includes(b))));
  }
}

describe("an index body edited by hand", () => {
  // Only the body's length was checked: a same-size edit was trusted, and list, show, summary and
  // export stopped with exit 70 or printed answers the files do not hold.
  it("reads the answers of its month from their files, as without the index", async () => {
    const home = tempHome();
    expect((await run(["demo", "--out", home.journal, "--entries", "30", "--seed", "5"], { env: home.env })).code).toBe(0);
    const edits: [string, (file: string) => void][] = EDITS.map(([what, edit]) => [what, (file) => editIndexBody(file, edit)]);
    await expectAsWithoutIndex(home, [...edits, ["a byte changed, no JSON left", flipByte]]);
  }, 120_000);

  it("does the same for the sealed body of an encrypted journal", async () => {
    const home = tempHome();
    expect((await run(["encryption", "init", "--no-passphrase"], { env: home.env })).code).toBe(0);
    expect((await run(["demo", "--out", home.journal, "--entries", "12", "--seed", "5"], { env: home.env })).code).toBe(0);
    expect((await run(["encryption", "on"], { env: home.env })).code).toBe(0);
    await expectAsWithoutIndex(home, [["a byte changed in the sealed body", flipByte]]);
  }, 120_000);
});
