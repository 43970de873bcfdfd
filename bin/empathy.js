#!/usr/bin/env node
import { main } from "../dist/cli/main.cjs";

// A reader that went away (`| head`) is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv);
