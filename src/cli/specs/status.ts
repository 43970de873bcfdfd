import { command, type OptionsOfCommand } from "../command-spec.js";

const status = command({
  name: "status",
  description: "status",
  formats: "record",
  examples: ["empathy status", "empathy status --json"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/home.js")).status(ctx, opts),
});
export default status;
export type StatusOptions = OptionsOfCommand<typeof status>;
