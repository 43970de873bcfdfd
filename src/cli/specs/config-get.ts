import { command, type OptionsOfCommand } from "../command-spec.js";

const configGet = command({
  name: "config get",
  description: "configGet",
  args: [{ name: "<key>", help: "configKey" }],
  examples: ["empathy config get lang"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/config.js")).configGet(ctx, opts),
});
export default configGet;
export type ConfigGetOptions = OptionsOfCommand<typeof configGet>;
