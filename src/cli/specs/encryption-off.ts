import { command } from "../command-spec.js";

const encryptionOff = command({
  name: "encryption off",
  description: "encryptionOff",
  run: async (ctx): Promise<unknown> => (await import("../commands/encryption.js")).off(ctx),
});
export default encryptionOff;
