// Seals every action log entry and ended session the benchmark database holds unsealed (the
// generated 5M rows are written without seals), so the measured servers run with their sealer on
// and `npm run log:verify` passes on the whole log. Prints a JSON line: how many and how fast.
// Run before any server uses the file (on SQLite a second writer could fail a server's transactions).
import { prepareEnv } from "../scripts/env.mjs";

prepareEnv();
const { createPrismaClient } = await import("../lib/db-client");
const { isPostgres, sealPending } = await import("../lib/action-log/seal");

const db = createPrismaClient();
try {
  const t0 = performance.now();
  // no server runs yet: big batches, for throughput
  const run = await sealPending(db, { batch: 5_000 });
  const ms = performance.now() - t0;
  // PostgreSQL: sealing updated every generated row, which leaves a dead copy of each (the table
  // and its indexes twice their size); production seals each row once, within a second of its
  // insert, and autovacuum keeps up. Rewrite the table, so the measured queries see what a live
  // database has, not a backlog's bloat.
  if (run.sealed > 100_000 && isPostgres(db)) await db.$executeRawUnsafe(`VACUUM (FULL, ANALYZE) "ActionLog"`);
  console.log(JSON.stringify({ sealed: run.sealed, ms: Math.round(ms), msPerEntry: run.sealed ? +(ms / run.sealed).toFixed(4) : null }));
} finally {
  await db.$disconnect();
}
