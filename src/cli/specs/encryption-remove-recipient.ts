import { command, type OptionsOfCommand } from "../command-spec.js";

const removeRecipient = command({
  name: "encryption remove-recipient",
  description: "removeRecipient",
  args: [{ name: "<recipient>", help: "recipient" }],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/encryption.js")).removeRecipient(ctx, opts),
});
export default removeRecipient;
export type RemoveRecipientOptions = OptionsOfCommand<typeof removeRecipient>;
