import { command, FILTER, type OptionsOfCommand } from "../command-spec.js";

const exportCommand = command({
  name: "export",
  description: "export",
  options: [
    ...FILTER,
    { flags: "--excel", help: "excel" },
    { flags: "--wide", help: "wide" },
    { flags: "--out <file>", help: "out" },
    { flags: "--anonymize", help: "anonymize" },
  ],
  formats: "export",
  examples: ["empathy export --format csv --out journal.csv", "empathy export --format csv --excel --wide --out journal.csv", "empathy export --format md --since 30d --kind debrief"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/export.js")).exportEntries(ctx, opts),
});
export default exportCommand;
export type ExportOptions = OptionsOfCommand<typeof exportCommand>;
