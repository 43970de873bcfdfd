import { describe, expect, expectTypeOf, it } from "vitest";
import { COMMANDS, GROUPS } from "../../src/cli/command-table.js";
import { namedCommand } from "../../src/cli/commands.js";
import type { OptionsOfCommand } from "../../src/cli/command-spec.js";
import type note from "../../src/cli/specs/note.js";
import type review from "../../src/cli/specs/review.js";
import type restore from "../../src/cli/specs/restore.js";
import type share from "../../src/cli/specs/share.js";
import type completion from "../../src/cli/specs/completion.js";

/** The attribute commander parses flags into: `--discard-draft` is `discardDraft`, `--no-anonymize` is `anonymize`. */
const attribute = (flags: string) => flags.replace(/^.*--(no-)?([\w-]+).*$/, "$2").replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

describe("the command table", () => {
  it("names each command once, each subcommand in a known group", () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names.filter((n) => n.includes(" "))) expect(GROUPS.map((g) => g.name)).toContain(name.split(" ")[0]);
  });

  it("lets an option contradict only options of the same command", () => {
    for (const c of COMMANDS) {
      const own = (c.options ?? []).map((o) => attribute(o.flags));
      for (const o of c.options ?? []) for (const other of o.conflicts ?? []) expect(own, `${c.name} ${o.flags}`).toContain(other);
    }
  });

  it("types each command's options from their declarations: arguments by name, defaults always there", () => {
    expectTypeOf<OptionsOfCommand<typeof review>>().toEqualTypeOf<{
      dir: string[];
      since?: string;
      until?: string;
      out?: string;
      sort: string;
      anonymize?: boolean;
      details?: boolean;
      format?: "text" | "md" | "html" | "json";
      json?: boolean;
    }>();
    expectTypeOf<OptionsOfCommand<typeof note>>().toEqualTypeOf<{ entryId: string; text: string[]; for: string; format?: "text" | "json"; json?: boolean }>();
    expectTypeOf<OptionsOfCommand<typeof restore>>().toEqualTypeOf<{ id?: string; list?: boolean }>();
    expectTypeOf<OptionsOfCommand<typeof share>>().toMatchTypeOf<{ anonymize: boolean; week?: boolean }>();
    expectTypeOf<OptionsOfCommand<typeof completion>>().toEqualTypeOf<{ shell: "bash" | "zsh" | "fish" }>();
  });
});

describe("the command a run names before parsing", () => {
  const named = (...words: string[]) => namedCommand(["node", "empathy", ...words])?.name;

  it("is the first word after the global options and their values", () => {
    expect(named("summary", "--since", "12w")).toBe("summary");
    expect(named("--journal", "list", "--lang", "nl", "--no-cache", "summary")).toBe("summary");
    expect(named("--journal=j", "--identity", "id.txt", "list", "-n", "1")).toBe("list");
  });

  it("is not known for help, a group, a word after `--`, a typo or no word at all", () => {
    for (const words of [["summary", "--help"], ["-h", "list"], ["help", "summary"], ["config", "get", "lang"], ["--", "summary"], ["sumary"], [], ["--no-cache"]])
      expect(named(...words), words.join(" ")).toBeUndefined();
  });
});
