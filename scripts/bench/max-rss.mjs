// Preloaded with --import: prints the process's peak memory (all threads) when it exits.
process.on("exit", () => process.stderr.write(`\nmaxRSS ${process.resourceUsage().maxRSS}\n`));
