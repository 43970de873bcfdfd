import { command, ENTRY_ID, type OptionsOfCommand } from "../command-spec.js";

const edit = command({
  name: "edit",
  description: "edit",
  args: [ENTRY_ID],
  examples: ["empathy edit last", "empathy edit 2026-11-24T1030", "EDITOR=nano empathy edit 2026-11-24T1030-prep-acme"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/edit.js")).edit(ctx, opts),
});
export default edit;
export type EditOptions = OptionsOfCommand<typeof edit>;
