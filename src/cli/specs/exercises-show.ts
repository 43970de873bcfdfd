import { command, type OptionsOfCommand } from "../command-spec.js";

const exercisesShow = command({
  name: "exercises show",
  description: "exercisesShow",
  args: [{ name: "<id>", help: "exerciseId" }],
  formats: "record",
  examples: ["empathy exercises show debrief", "empathy exercises show prep --json"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/exercises.js")).show(ctx, opts),
});
export default exercisesShow;
export type ExercisesShowOptions = OptionsOfCommand<typeof exercisesShow>;
