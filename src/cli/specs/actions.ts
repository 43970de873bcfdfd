import { command, type OptionsOfCommand } from "../command-spec.js";

const actions = command({
  name: "actions",
  description: "actions",
  options: [{ flags: "--all", help: "allActions" }, { flags: "--customer <name>", help: "customerFilter" }],
  formats: "record",
  examples: ["empathy actions", "empathy actions --all --customer Acme"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/actions.js")).actions(ctx, opts),
});
export default actions;
export type ActionsOptions = OptionsOfCommand<typeof actions>;
