import { command, type OptionsOfCommand } from "../command-spec.js";

const exercisesValidate = command({
  name: "exercises validate",
  description: "exercisesValidate",
  args: [{ name: "<file...>", help: "files" }],
  examples: ["empathy exercises validate my-prep.yaml"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/exercises.js")).validate(ctx, opts),
});
export default exercisesValidate;
export type ExercisesValidateOptions = OptionsOfCommand<typeof exercisesValidate>;
