import { SHELLS } from "../completion/scripts.js";
import { command, type OptionsOfCommand } from "../command-spec.js";

const completion = command({
  name: "completion",
  description: "completion",
  args: [{ name: "<shell>", help: "shell", choices: SHELLS }],
  examples: ["source <(empathy completion bash)", "empathy completion fish > ~/.config/fish/completions/empathy.fish"],
  bare: true,
  run: async (bare, opts): Promise<unknown> => (await import("../completion/print.js")).printScript(bare, opts),
});
export default completion;
export type CompletionOptions = OptionsOfCommand<typeof completion>;
