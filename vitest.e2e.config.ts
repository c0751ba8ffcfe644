import { defineConfig } from "vitest/config";

/**
 * Browser tests: `npm run test:e2e` builds the app, then this config starts the built server
 * once (tests/e2e/global-setup.ts) and runs each *.e2e.ts file in turn against it in Chromium.
 */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
