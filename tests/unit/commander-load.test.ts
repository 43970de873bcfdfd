import { describe, expect, it } from "vitest";
import * as esm from "commander";
import { Argument, Command, CommanderError, Option } from "../../src/cli/commander.js";

describe("the option parser, required", () => {
  it("is the package's own classes, so that its errors are known as such", () => {
    expect([Argument, Command, CommanderError, Option]).toEqual([esm.Argument, esm.Command, esm.CommanderError, esm.Option]);
    const program = new Command("x").exitOverride().configureOutput({ writeErr: () => {} });
    let thrown: unknown;
    try {
      program.parse(["node", "x", "--nope"]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CommanderError);
  });
});
