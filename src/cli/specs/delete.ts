import { command, ENTRY_ID, type OptionsOfCommand } from "../command-spec.js";

const deleteCommand = command({
  name: "delete",
  description: "delete",
  args: [ENTRY_ID],
  examples: ["empathy delete 2026-11-24T1030-prep-acme", "empathy delete last"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/trash.js")).deleteEntry(ctx, opts),
});
export default deleteCommand;
export type DeleteOptions = OptionsOfCommand<typeof deleteCommand>;
