import { command, FLOW, type OptionsOfCommand } from "../command-spec.js";

const daily = command({
  name: "daily",
  description: "daily",
  options: FLOW,
  examples: ["empathy daily", 'empathy daily --at "2026-11-23 18:00"'],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/flows.js")).daily(ctx, opts),
});
export default daily;
export type DailyOptions = OptionsOfCommand<typeof daily>;
