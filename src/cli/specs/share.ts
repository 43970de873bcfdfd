import { command, type OptionsOfCommand } from "../command-spec.js";

const share = command({
  name: "share",
  description: "share",
  options: [
    { flags: "--week", help: "week" },
    { flags: "--since <date>", help: "shareSince" },
    { flags: "--until <date>", help: "summaryUntil" },
    { flags: "--no-anonymize", help: "noAnonymize" },
  ],
  formats: "share",
  examples: ["empathy share", "empathy share --format md > week.md", "empathy share --since 14d"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/share.js")).share(ctx, opts),
});
export default share;
export type ShareOptions = OptionsOfCommand<typeof share>;
