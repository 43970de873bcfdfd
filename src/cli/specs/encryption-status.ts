import { command } from "../command-spec.js";

const encryptionStatus = command({
  name: "encryption status",
  description: "encryptionStatus",
  run: async (ctx): Promise<unknown> => (await import("../commands/encryption.js")).status(ctx),
});
export default encryptionStatus;
