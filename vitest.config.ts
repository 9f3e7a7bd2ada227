import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Timeouts are a safety net, not a measurement: CI machines are shared and slow at times,
    // and several tests build, spawn the CLI or run Prettier over a whole schema.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
