// What every part of the benchmark shares: the server's port and address, how many times each
// throughput figure is measured, the benchmark database and the environment the server runs with.
import { benchUrl } from "../generate.mjs";

export const PORT = Number(process.env.BENCH_PORT ?? 3300);
export const BASE = `http://127.0.0.1:${PORT}`;
export const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
export const url = benchUrl();
export const env = {
  ...process.env,
  DATABASE_URL: url,
  ADMIN_AUTH_SECRET: "bench-admin-secret-0123456789-0123456789",
  SHOP_AUTH_SECRET: "bench-shop-secret-0123456789-0123456789",
  NODE_ENV: "production",
  // the server is reached over plain http
  COOKIE_SECURE: "false",
  // the generated 5M action log rows are written unsealed: a background sealer would work through
  // them during every measurement (500 rows a second), so the measured servers run without one
  // (sealing's own cost is measured by tests/integration/log-seal.test.ts and docs/architecture.md)
  LOG_SEAL_MS: process.env.LOG_SEAL_MS ?? "0",
};
