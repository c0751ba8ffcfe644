import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: [
      "app/**/*.test.{ts,tsx}",
      "tests/integration/**/*.test.{ts,tsx}",
      "emails/**/*.test.ts",
      "scripts/**/*.test.ts",
      "tests/e2e/support/**/*.test.ts",
    ],
    setupFiles: ["tests/setup/database.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
