import { command, PERIOD, type OptionsOfCommand } from "../command-spec.js";

const review = command({
  name: "review",
  description: "review",
  args: [{ name: "<dir...>", help: "reviewDirs" }],
  options: [
    ...PERIOD,
    { flags: "--out <file>", help: "out" },
    { flags: "--sort <key>", help: "sort", default: "name" },
    { flags: "--anonymize", help: "anonymize" },
    { flags: "--details", help: "details" },
  ],
  formats: "review",
  // A coach's report speaks the coach's language, whatever the trainees wrote theirs in.
  oneLanguage: true,
  examples: ["empathy review ~/coaching/anna", "empathy review ~/coaching/team --sort accuracy", "empathy review ~/coaching/team --format html --anonymize --out team.html"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/review.js")).review(ctx, opts),
});
export default review;
export type ReviewOptions = OptionsOfCommand<typeof review>;
