import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    testTimeout: 20_000,
    // End-to-end tests spawn the built CLI; two cores run them best a few at a time.
    maxWorkers: 2,
  },
});
