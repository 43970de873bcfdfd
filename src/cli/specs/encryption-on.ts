import { command } from "../command-spec.js";

const encryptionOn = command({
  name: "encryption on",
  description: "encryptionOn",
  run: async (ctx): Promise<unknown> => (await import("../commands/encryption.js")).on(ctx),
});
export default encryptionOn;
