import { command, PERIOD, type OptionsOfCommand } from "../command-spec.js";

const summary = command({
  name: "summary",
  description: "summary",
  options: PERIOD,
  formats: "summary",
  oneLanguage: true,
  examples: ["empathy summary", "empathy summary --since 12w", "empathy summary --since 2026-01-01 --until 2026-06-30 --format md > h1.md", "empathy summary --json"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/summary.js")).summary(ctx, opts),
});
export default summary;
export type SummaryOptions = OptionsOfCommand<typeof summary>;
