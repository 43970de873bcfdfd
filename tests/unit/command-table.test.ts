import { describe, expect, expectTypeOf, it } from "vitest";
import { COMMANDS, GROUPS } from "../../src/cli/command-table.js";
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
