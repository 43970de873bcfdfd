import { command, type OptionsOfCommand } from "../command-spec.js";

const where = command({
  name: "where",
  description: "where",
  formats: "record",
  examples: ["empathy where", "empathy --journal ~/team/anna where"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/where.js")).where(ctx, opts),
});
export default where;
export type WhereOptions = OptionsOfCommand<typeof where>;
