// Prepares "200 concurrent shoppers during impersonation" (every action logged, no 5xx, no lost order): one Support
// admin per session (an admin has one open Login as Customer session at a time),
// each with an admin API token, consenting customers that no other benchmark uses,
// and stock enough for every order. Also reads the counts the benchmark verifies.
//   tsx bench/lac-shoppers.mts prepare <n>     → { tokens, customerIds, productId, urlKey }
//   tsx bench/lac-shoppers.mts count <since ISO>  → counts for the bench agents' sessions started since
//                                                   (their entries, how many not sealed yet, orders)
import { createPrismaClient } from "../lib/db-client";
import { createApiToken } from "../lib/auth/api-tokens";

const db = createPrismaClient(process.env.DATABASE_URL!);
const [cmd, arg] = process.argv.slice(2);

async function prepare(n: number) {
  const support = await db.adminUser.findUniqueOrThrow({ where: { username: "support" }, select: { roleId: true, passwordHash: true } });
  const tokens: string[] = [];
  for (let i = 1; i <= n; i++) {
    const username = `bench_agent_${String(i).padStart(3, "0")}`;
    const admin = await db.adminUser.upsert({
      where: { username },
      update: { isActive: true, roleId: support.roleId },
      create: {
        username,
        firstName: "Bench",
        lastName: `Agent ${i}`,
        email: `${username}@example.com`,
        passwordHash: support.passwordHash,
        roleId: support.roleId,
      },
    });
    await db.adminApiToken.deleteMany({ where: { adminUserId: admin.id, name: "bench" } }); // the previous run's
    tokens.push((await createApiToken(db, admin.id, "bench")).token);
  }
  // customers after the first 1,000 consenting ones (bench/lac-secrets.mts uses those)
  const customers = await db.customer.findMany({
    where: { assistanceAllowed: true, website: { code: "base" } },
    select: { id: true },
    orderBy: { id: "asc" },
    skip: 1_000,
    take: n,
  });
  const product = await db.product.findUniqueOrThrow({ where: { sku: "24-MB01" }, select: { id: true, urlKey: true } });
  // stock for every run's orders (bench data only)
  await db.product.update({ where: { id: product.id }, data: { qty: 1_000_000 } });
  return { tokens, customerIds: customers.map((c) => c.id), productId: product.id, urlKey: product.urlKey };
}

async function count(since: Date) {
  const sessions = await db.loginAsCustomerSession.findMany({
    where: { adminUsername: { startsWith: "bench_agent_" }, startedAt: { gte: since } },
    select: { id: true },
  });
  const sessionIds = sessions.map((s) => s.id);
  const logs = await db.actionLog.groupBy({
    by: ["action", "result"],
    where: { actionGroup: "Login As Customer", lacSessionId: { in: sessionIds } },
    _count: { _all: true },
  });
  // the sealer of the running server seals each entry within LOG_SEAL_MS: none should be left
  const unsealed = await db.actionLog.count({ where: { actionGroup: "Login As Customer", lacSessionId: { in: sessionIds }, sealSeq: null } });
  const orders = await db.order.count({ where: { lacSessionId: { in: sessionIds } } });
  const ordersWithComments = await db.order.count({ where: { lacSessionId: { in: sessionIds }, placedByAdminId: { not: null } } });
  return {
    sessions: sessionIds.length,
    logs: logs.map((l) => ({ action: l.action, result: l.result, rows: l._count._all })),
    unsealed,
    orders,
    ordersWithAdmin: ordersWithComments,
  };
}

const out = cmd === "prepare" ? await prepare(Number(arg ?? 200)) : await count(new Date(arg!));
await db.$disconnect();
console.log(JSON.stringify(out));
