import { describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { withRuntime, type Runtime } from "../../src/cli/runtime.js";

describe("withRuntime", () => {
  it("keeps the runtime's getters unread: standard input is made only when a command reads it", () => {
    let made = 0;
    const stdin = new PassThrough();
    const rt = {
      get stdin() {
        made++;
        return stdin;
      },
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      env: {},
      cwd: "/",
      clock: () => new Date(0),
      onSignal: () => () => {},
      exit: () => {},
    } satisfies Runtime;
    const ctx = withRuntime(rt, { lang: "en" as const });
    expect(made).toBe(0);
    expect(ctx.lang).toBe("en");
    expect(ctx.cwd).toBe("/");
    expect(ctx.stdin).toBe(stdin);
    expect(made).toBe(1);
  });
});
