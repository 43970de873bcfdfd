import { command, type OptionsOfCommand } from "../command-spec.js";

const demo = command({
  name: "demo",
  description: "demo",
  options: [
    { flags: "--out <dir>", help: "demoOut" },
    { flags: "--seed <n>", help: "seed", default: "1" },
    { flags: "--entries <n>", help: "entries", default: "400" },
  ],
  examples: ["empathy demo", "empathy demo --lang nl --out ~/empathy-demo", "empathy --journal ~/empathy-demo summary --since 6m"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/demo.js")).demo(ctx, opts),
});
export default demo;
export type DemoOptions = OptionsOfCommand<typeof demo>;
