import path from "node:path";
import { defineConfig } from "vitest/config";
import { TEST_WORKERS } from "./tests/helpers/test-workers";

// Unit tests need no database. Integration tests run against the database that
// tests/helpers/global-setup.ts creates for TEST_DB (sqlite by default, or
// postgresql), each worker on its own copy of it (tests/helpers/test-workers.ts);
// scripts/test.mjs runs them once per provider. tests/cluster needs running
// servers and has its own config (vitest.cluster.config.ts, npm run test:cluster).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "tests/helpers/server-only.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/cluster/**", "**/node_modules/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/worker-setup.ts"],
    pool: "forks",
    maxWorkers: TEST_WORKERS,
    minWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
