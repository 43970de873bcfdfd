import { command, type OptionsOfCommand } from "../command-spec.js";

const configSet = command({
  name: "config set",
  description: "configSet",
  args: [{ name: "<key>", help: "configKey" }, { name: "<value>", help: "configValue" }],
  examples: ["empathy config set lang nl", "empathy config set workdays 1,2,3,4", "empathy config set streakGraceDays 1", "empathy config set depth quick"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/config.js")).configSet(ctx, opts),
});
export default configSet;
export type ConfigSetOptions = OptionsOfCommand<typeof configSet>;
