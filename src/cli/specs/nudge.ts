import { command } from "../command-spec.js";

const nudge = command({
  name: "nudge",
  description: "nudge",
  examples: ["echo 'empathy nudge' >> ~/.bashrc"],
  bare: true,
  run: async (bare): Promise<unknown> => (await import("../commands/nudge.js")).nudge(bare),
});
export default nudge;
