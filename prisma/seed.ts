// Demo data: two websites and their store views, the admin, support and viewer users with
// their roles, a catalog, named and generated customers, orders. Idempotent: does nothing when the database
// already has websites. Run by `npm start` (empty DB) and `npm run db:reset`.
import { createPrismaClient, type Db } from "../lib/db-client";
import { hashPassword } from "../lib/auth/password";
import { seedDemoData } from "./demo-data";

async function main() {
  const db: Db = createPrismaClient();
  try {
    const result = await seedDemoData(db, {
      hashPassword,
      generatedCustomers: Number(process.env.SEED_CUSTOMERS ?? 300),
      testAgents: Number(process.env.SEED_TEST_AGENTS ?? 0),
    });
    console.log(result.skipped ? "seed: database already has data, nothing to do" : `seed: ${result.summary}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
