import { command, type OptionsOfCommand } from "../command-spec.js";

const restore = command({
  name: "restore",
  description: "restore",
  args: [{ name: "[id]", help: "trashedId" }],
  options: [{ flags: "--list", help: "trashList" }],
  examples: ["empathy restore --list", "empathy restore 2026-11-24T1030-prep-acme"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/trash.js")).restore(ctx, opts),
});
export default restore;
export type RestoreOptions = OptionsOfCommand<typeof restore>;
