// Test files run in TEST_WORKERS processes at once, each on its own copy of the run's database
// (made by global-setup.ts from the migrated, seeded one): within a worker files run one after
// another, as they did with one worker, so a file that changes shared state (configuration, the
// seeded roles) is never seen half-way by another file, and SQLite has one writer per file.
// The copy is chosen by Vitest's worker number (VITEST_POOL_ID, 1 … TEST_WORKERS) in worker-setup.ts.
import { isPostgresUrl } from "../../lib/db-url.mjs";

export const TEST_WORKERS = 3;

/** The database of worker `worker` (1-based) of a run whose database is `url`. */
export function workerDatabaseUrl(url: string, worker: number | string): string {
  if (isPostgresUrl(url)) {
    const u = new URL(url);
    u.pathname = `${u.pathname}_w${worker}`;
    return u.toString();
  }
  return url.replace(/\.db$/, `-w${worker}.db`);
}
