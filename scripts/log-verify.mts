// npm run log:verify: recomputes the action log's hash chain in the database of DATABASE_URL
// (SPEC 10.8) and records the result for the Actions Report.
//   Action log verified: <n> entries, head <hash>              exit 0
//   Action log tampered at entry <id>: <what differs>          exit 1
// Rows not sealed yet are counted on a second line; `-- --seal` seals them first (on SQLite only
// while no server uses the file: a second process writing can fail the server's transactions);
// `-- --through <hash>` also checks the chain still passes through a head printed earlier.
import { prepareEnv } from "./env.mjs";

prepareEnv();
const { createPrismaClient } = await import("../lib/db-client");
const { isPostgres, SEAL_BATCH, sealPending } = await import("../lib/action-log/seal");
const { recordVerification, verificationLine, verifyChain } = await import("../lib/action-log/verify");

const db = createPrismaClient();
let code = 0;
try {
  if (process.argv.includes("--seal")) {
    // on PostgreSQL bigger batches than the background sealer's (throughput for a backlog; nobody
    // waits for them); on SQLite the same short ones, since a running server waits for its writer
    const run = await sealPending(db, { batch: isPostgres(db) ? 5_000 : SEAL_BATCH });
    console.log(`sealed ${run.sealed} entries first`);
  }
  const at = process.argv.indexOf("--through");
  const result = await verifyChain(db, { anchor: at > 0 ? process.argv[at + 1] : undefined });
  await recordVerification(db, result);
  console.log(verificationLine(result));
  if (result.unsealed) console.log(`(${result.unsealed} entries not sealed yet: the sealer of a running instance seals them within LOG_SEAL_MS)`);
  code = result.ok ? 0 : 1;
} catch (error) {
  console.error(`log:verify: ${error instanceof Error ? error.message : String(error)}`);
  code = 2;
} finally {
  await db.$disconnect();
}
process.exit(code);
