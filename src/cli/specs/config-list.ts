import { command } from "../command-spec.js";

const configList = command({
  name: "config list",
  description: "configList",
  examples: ["empathy config list"],
  run: async (ctx): Promise<unknown> => (await import("../commands/config.js")).configList(ctx),
});
export default configList;
