import { command, type OptionsOfCommand } from "../command-spec.js";

const addRecipient = command({
  name: "encryption add-recipient",
  description: "addRecipient",
  args: [{ name: "<recipient>", help: "recipient" }],
  examples: ["empathy encryption add-recipient age1…"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/encryption.js")).addRecipient(ctx, opts),
});
export default addRecipient;
export type AddRecipientOptions = OptionsOfCommand<typeof addRecipient>;
