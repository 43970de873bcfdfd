import { command, FILTER, type OptionsOfCommand } from "../command-spec.js";

const list = command({
  name: "list",
  description: "list",
  options: [...FILTER, { flags: "-n, --number <n>", help: "number" }],
  formats: "record",
  examples: ["empathy list", "empathy list --kind debrief --since 30d", 'empathy list --customer "Acme BV" --grep price', "empathy list --flagged --json", "empathy list -n 5", "empathy list --tag renewal"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/list.js")).list(ctx, opts),
});
export default list;
export type ListOptions = OptionsOfCommand<typeof list>;
