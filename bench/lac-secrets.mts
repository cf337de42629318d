// Prepares the Login as Customer benchmark: an admin API token for `support`
// (the headless start endpoint is the button's domain function over HTTP) and
// customers who consented.
import { createPrismaClient } from "../lib/db-client";
import { createApiToken } from "../lib/auth/api-tokens";

const n = Number(process.argv[2] ?? 50);
const db = createPrismaClient(process.env.DATABASE_URL!);
const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "support" } });
const { token } = await createApiToken(db, admin.id, "bench");
const customers = await db.customer.findMany({
  where: { assistanceAllowed: true, website: { code: "base" } },
  select: { id: true },
  take: n,
  orderBy: { id: "asc" },
});
await db.$disconnect();
console.log(JSON.stringify({ token, customerIds: customers.map((c) => c.id) }));
