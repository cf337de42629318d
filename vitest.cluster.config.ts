import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The cluster test (npm run test:cluster): tests/cluster against two running instances behind
// nginx that scripts/cluster-test.mjs starts and names in CLUSTER_* variables. Not part of
// `vitest run` (vitest.config.ts leaves tests/cluster out): it needs those servers.
export default defineConfig({
  // the same "@" and "server-only" aliases as the other tests
  resolve: base.resolve,
  test: {
    include: ["tests/cluster/**/*.test.ts"],
    // the database the instances share, for code that reads DATABASE_URL (the provider's SQL dialect)
    env: { DATABASE_URL: process.env.CLUSTER_DATABASE_URL ?? "" },
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
