import { command, type OptionsOfCommand } from "../command-spec.js";

const done = command({
  name: "done",
  description: "done",
  args: [{ name: "<action-id>", help: "actionId" }],
  options: [{ flags: "--undo", help: "undo" }],
  formats: "record",
  examples: ["empathy done 3f9a1c", "empathy done 3f9a --undo"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/actions.js")).done(ctx, opts),
});
export default done;
export type DoneOptions = OptionsOfCommand<typeof done>;
