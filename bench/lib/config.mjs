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
  // the servers seal the log as production does (LOG_SEAL_MS default): bench:data seals the
  // generated rows first, so the sealers only have what the measured requests log
};
