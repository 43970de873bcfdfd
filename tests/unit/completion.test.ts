import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { completeWords, type CompletionSources } from "../../src/cli/completion/complete.js";
import { forShell, typedWord } from "../../src/cli/completion/scripts.js";
import { memoryIo } from "../helpers/memory-io.js";

const sources: CompletionSources = {
  entryIds: (prefix) => ["2026-11-24T1030-debrief-acme-bv", "2026-11-24T0900-prep-acme-bv", "2026-11-23T1800-daily"].filter((id) => id.startsWith(prefix)),
  trashedIds: () => ["2026-10-01T0900-prep-globex"],
  customers: () => ["Acme BV", "Bakkerij De Vries"],
};
const program = buildProgram(["node", "empathy"], memoryIo().rt);
/** Completes the last word of `line` (an empty last word: a Tab after a space). */
const complete = (line: string) => {
  const words = line.split(" ");
  return completeWords(program, words, words.length - 1, sources);
};

describe("shell completion", () => {
  it("completes commands, subcommands and the shells", () => {
    expect(complete("empathy sh")).toEqual(["show", "share"]);
    expect(complete("empathy de")).toEqual(["debrief", "delete", "demo"]);
    expect(complete("empathy exercises ")).toEqual(["list", "show", "validate"]);
    expect(complete("empathy completion ")).toEqual(["bash", "zsh", "fish"]);
  });

  it("completes a command's own options and the global ones, and option values", () => {
    expect(complete("empathy list --k")).toEqual(["--kind"]);
    expect(complete("empathy list --j")).toEqual(["--json", "--journal"]);
    expect(complete("empathy list --kind ")).toEqual(["prep", "debrief", "daily"]);
    expect(complete("empathy summary --format ")).toEqual(expect.arrayContaining(["md", "json"]));
    expect(complete("empathy --lang ")).toEqual(["nl", "en"]);
    expect(complete("empathy prep --channel ")).toEqual(["in-person", "video", "phone", "written"]);
    // A word after an option's value is no longer that option's value.
    expect(complete("empathy list --kind prep --f")).toEqual(["--flagged"]);
  });

  it("completes entry ids, `last`, trashed ids, preps and customer names", () => {
    expect(complete("empathy show 2026-11-24")).toEqual(["2026-11-24T1030-debrief-acme-bv", "2026-11-24T0900-prep-acme-bv"]);
    expect(complete("empathy edit l")).toEqual(["last"]);
    expect(complete("empathy --journal /tmp/x delete 2026-11-23")).toEqual(["2026-11-23T1800-daily"]);
    expect(complete("empathy restore ")).toEqual(["2026-10-01T0900-prep-globex"]);
    expect(complete("empathy debrief --prep ")).toEqual(["2026-11-24T0900-prep-acme-bv"]);
    expect(complete("empathy prep --customer Ba")).toEqual(["Bakkerij De Vries"]);
    // Nothing for a file argument: the shell then offers file names.
    expect(complete("empathy prep --answers ")).toEqual([]);
    expect(complete("empathy show 2026-11-24T1030-debrief-acme-bv ")).toEqual([]);
  });

  it("escapes a name with spaces for bash, and reads back what bash hands over", () => {
    expect(forShell("bash", "Bakkerij De Vries")).toBe("Bakkerij\\ De\\ Vries");
    expect(forShell("zsh", "Bakkerij De Vries")).toBe("Bakkerij De Vries");
    expect(typedWord("bash", "Bakkerij\\ D")).toBe("Bakkerij D");
    expect(typedWord("bash", '"Bakkerij D')).toBe("Bakkerij D");
  });
});

describe("config keys", () => {
  it("completion and `config` know exactly the keys the config schema has", async () => {
    const { ConfigSchema } = await import("../../src/config/config-schema.js");
    const { CONFIG_KEYS } = await import("../../src/config/config.js");
    expect([...CONFIG_KEYS].sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
    expect(complete("empathy config set d")).toEqual(["depth"]);
    expect(complete("empathy config set depth ")).toEqual(["quick", "full"]);
  });
});

describe("empathy __complete", () => {
  it("prints the candidates one a line, and nothing for a Tab that finds nothing", async () => {
    const { run, tempHome } = await import("../helpers/cli.js");
    const { env } = tempHome();
    expect((await run(["__complete", "bash", "1", "empathy", "sh"], { env })).stdout).toBe("show\nshare\n");
    expect(await run(["__complete", "bash", "1", "empathy", "zz"], { env })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect((await run(["completion", "bash"], { env })).stdout).toContain("__complete");
  });
});
