import { beforeAll, describe, expect, it } from "vitest";
import { DAILY_ANSWERS, PREP_ANSWERS } from "../fixtures/answers.js";
import { run, tempHome } from "../helpers/cli.js";

/** The cells of one CSV row: quoted cells may hold the separator and doubled quotes. */
function cells(row: string, sep = ","): string[] {
  const out: string[] = [];
  const re = new RegExp(`(?:"((?:[^"]|"")*)"|([^"${sep}]*))(${sep}|$)`, "y");
  for (;;) {
    const m = re.exec(row)!;
    out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
    if (m[3] === "") return out;
  }
}

const home = tempHome();
const env = home.env;

beforeAll(async () => {
  const save = async (args: string[], input: string) => expect((await run([...args, "--answers", "-"], { env, input })).code).toBe(0);
  await save(["prep", "--full", "--at", "2026-11-23 09:00", "--tag", "Renewal", "--tag", "#pricing,renewal"], PREP_ANSWERS);
  await save(["prep", "--at", "2026-11-24 09:00", "--customer", "Globex", "--tag", "renewal"], PREP_ANSWERS.replace("customer: Acme BV\n", ""));
  await save(["daily", "--at", "2026-11-24 18:00"], DAILY_ANSWERS);
});

describe("tags", () => {
  it("are kept once each, in lower case, and filter list", async () => {
    const first = JSON.parse((await run(["show", "2026-11-23T0900", "--json"], { env })).stdout) as { tags: string[] };
    expect(first.tags).toEqual(["renewal", "pricing"]);
    const ids = async (tag: string) => (JSON.parse((await run(["list", "--tag", tag, "--json"], { env })).stdout) as { id: string }[]).map((e) => e.id);
    expect(await ids("renewal")).toEqual(["2026-11-23T0900-prep-acme-bv", "2026-11-24T0900-prep-globex"]);
    expect(await ids("#Pricing")).toEqual(["2026-11-23T0900-prep-acme-bv"]);
    expect((await run(["list"], { env })).stdout).toContain("#renewal #pricing");
    const bad = await run(["daily", "--answers", "-", "--tag", "two words"], { env, input: DAILY_ANSWERS });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--tag");
  });

  it("are counted in the summary, in text and JSON", async () => {
    const json = JSON.parse((await run(["summary", "--until", "2026-11-25", "--json"], { env })).stdout);
    expect(json.counts.tags).toEqual([
      { tag: "renewal", n: 2 },
      { tag: "pricing", n: 1 },
    ]);
    expect((await run(["summary", "--until", "2026-11-25"], { env })).stdout).toContain("Tags: renewal 2 · pricing 1");
  });
});

describe("spreadsheets", () => {
  it("a wide CSV has one row per entry, a column per step and the tags", async () => {
    const csv = (await run(["export", "--format", "csv", "--wide"], { env })).stdout;
    const rows = csv.trimEnd().split("\r\n");
    expect(rows).toHaveLength(4);
    const head = cells(rows[0]!);
    expect(head.slice(0, 8)).toEqual(["entry", "kind", "created_at", "customer", "exercise", "tags", "actions_open", "actions_done"]);
    expect(head).toEqual(expect.arrayContaining(["who", "intention", "reflection"]));
    const acme = cells(rows[1]!);
    expect(acme).toHaveLength(head.length);
    expect(acme[0]).toBe("2026-11-23T0900-prep-acme-bv");
    expect(acme[5]).toBe("renewal pricing");
    expect(acme[head.indexOf("intention")]).toBe("understand_first");
    expect(acme[head.indexOf("who")]).toBe("Ilse de Vries, buyer at Acme");
    expect(acme[head.indexOf("reflection")]).toBe("");
  });

  it("--excel starts with a byte order mark and separates with ; in Dutch, , in English", async () => {
    const nl = (await run(["--lang", "nl", "export", "--format", "csv", "--excel"], { env })).stdout;
    expect(nl.startsWith("\uFEFFentry;kind;created_at;")).toBe(true);
    const en = (await run(["--lang", "en", "export", "--format", "csv", "--excel", "--wide"], { env })).stdout;
    expect(en.startsWith("\uFEFFentry,kind,")).toBe(true);
    expect((await run(["export", "--format", "md", "--tag", "pricing"], { env })).stdout).toContain("\\#renewal \\#pricing");
    const plain = (await run(["export", "--format", "csv"], { env })).stdout;
    expect(plain.startsWith("entry,kind,")).toBe(true);
    const contradiction = await run(["export", "--format", "md", "--excel"], { env });
    expect(contradiction.code).toBe(2);
  });
});
