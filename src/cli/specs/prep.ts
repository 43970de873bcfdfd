import { command, FLOW, CUSTOMER, CHANNEL, type OptionsOfCommand } from "../command-spec.js";

const prep = command({
  name: "prep",
  description: "prep",
  options: [CUSTOMER, CHANNEL, { flags: "--recap", help: "recap" }, ...FLOW],
  examples: ['empathy prep --customer "Acme BV"', "empathy prep --customer Acme --tag renewal", "empathy prep --customer Acme --channel phone", "empathy prep --customer Acme --answers prep.yaml", "empathy prep --resume", "empathy prep --full", "empathy prep --recap --customer Acme"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/flows.js")).prep(ctx, opts),
});
export default prep;
export type PrepOptions = OptionsOfCommand<typeof prep>;
