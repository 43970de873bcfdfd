import { command, FLOW, CUSTOMER, CHANNEL, type OptionsOfCommand } from "../command-spec.js";

const debrief = command({
  name: "debrief",
  description: "debrief",
  options: [CUSTOMER, { flags: "--prep <id>", help: "prepId" }, CHANNEL, ...FLOW],
  examples: ['empathy debrief --customer "Acme BV"', "empathy debrief --prep 2026-11-24T1030", "cat answers.json | empathy debrief --customer Acme --answers -"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/flows.js")).debrief(ctx, opts),
});
export default debrief;
export type DebriefOptions = OptionsOfCommand<typeof debrief>;
