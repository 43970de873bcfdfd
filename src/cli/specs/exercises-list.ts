import { command, type OptionsOfCommand } from "../command-spec.js";

const exercisesList = command({
  name: "exercises list",
  description: "exercisesList",
  formats: "record",
  examples: ["empathy exercises list", "empathy exercises list --lang nl"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/exercises.js")).list(ctx, opts),
});
export default exercisesList;
export type ExercisesListOptions = OptionsOfCommand<typeof exercisesList>;
