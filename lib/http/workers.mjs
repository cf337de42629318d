// How many server processes share the port (scripts/server.mjs): Node.js runs a page's JavaScript
// on one core, so one process serves at most one core's worth of pages. WEB_CONCURRENCY names the
// count; "auto" is one per core. Unset: one process (the tests, the cluster test's instances).
// npm start sets "auto". Every process is a full, stateless instance (SPEC 11): what one keeps in
// memory another never needs (docs/architecture.md, "Worker processes on one machine").
import os from "node:os";

export const MAX_WORKERS = 64;

/**
 * WEB_CONCURRENCY as a process count; throws on anything but a whole number from 1 to 64 or "auto".
 * @param {Record<string, string | undefined>} [env]
 * @param {number} [cores]
 */
export function workersFromEnv(env = process.env, cores = os.availableParallelism()) {
  const raw = (env.WEB_CONCURRENCY ?? "").trim();
  if (raw === "") return 1;
  if (raw === "auto") return Math.min(Math.max(1, cores), MAX_WORKERS);
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_WORKERS) {
    throw new Error(`WEB_CONCURRENCY must be "auto" or a whole number from 1 to ${MAX_WORKERS} (got "${raw}").`);
  }
  return n;
}
