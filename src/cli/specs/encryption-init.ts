import { command, type OptionsOfCommand } from "../command-spec.js";

const encryptionInit = command({
  name: "encryption init",
  description: "encryptionInit",
  options: [{ flags: "--no-passphrase", help: "noPassphrase" }],
  examples: ["empathy encryption init", "empathy encryption init --no-passphrase"],
  run: async (ctx, opts): Promise<unknown> => (await import("../commands/encryption.js")).init(ctx, opts),
});
export default encryptionInit;
export type EncryptionInitOptions = OptionsOfCommand<typeof encryptionInit>;
