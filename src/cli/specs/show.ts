import { command, ENTRY_ID, type OptionsOfCommand } from "../command-spec.js";

const show = command({
  name: "show",
  description: "show",
  args: [ENTRY_ID],
  formats: "record",
  examples: ["empathy show last", "empathy show 2026-11-24T1030-debrief-acme", "empathy show 2026-11-24T10"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/show.js")).show(ctx, opts),
});
export default show;
export type ShowOptions = OptionsOfCommand<typeof show>;
