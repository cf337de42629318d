// The live notice's lookup on its own (bench/scenarios/assistance-notice.mjs): liveAssistance(),
// the function the storefront layout runs per page for a signed-in customer, timed against the
// benchmark database, for a customer without an open session (the common case) and with one.
import crypto from "node:crypto";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "../lib/db-client";
import { liveAssistance } from "../lib/login-as-customer/assistance-history";

const db = createPrismaClient(process.env.DATABASE_URL!);
const RUNS = Number(process.env.BENCH_RUNS ?? 500);
const email = process.argv[2] ?? "roni_cost@example.com";

async function time(customerId: number) {
  for (let i = 0; i < 20; i++) await liveAssistance(customerId, db); // warm-up
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await liveAssistance(customerId, db);
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { p50: +t[Math.floor(RUNS / 2)].toFixed(3), p95: +t[Math.floor(RUNS * 0.95)].toFixed(3), runs: RUNS };
}

const customer = await db.customer.findFirstOrThrow({ where: { email }, include: { storeView: true, website: true } });
const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "support" } });
const sessions = await db.loginAsCustomerSession.count();
const none = await time(customer.id);
// one open session on the account for the second figure, ended after (the row is the benchmark's own)
const id = `bench-notice-${crypto.randomUUID()}`;
await db.loginAsCustomerSession.updateMany({ where: { adminUserId: admin.id, endedAt: null }, data: { endedAt: new Date(), endReason: "Benchmark" } });
await db.loginAsCustomerSession.create({
  data: {
    id,
    adminUserId: admin.id,
    adminName: `${admin.firstName} ${admin.lastName}`,
    adminUsername: admin.username,
    staffName: "Bench B.",
    customerId: customer.id,
    customerEmail: customer.email,
    customerName: `${customer.firstName} ${customer.lastName}`,
    storeViewId: customer.storeViewId,
    storeViewName: customer.storeView.name,
    websiteName: customer.website.name,
  },
});
let open;
try {
  open = await time(customer.id);
} finally {
  await db.loginAsCustomerSession.update({ where: { id }, data: { endedAt: new Date(), endReason: "Benchmark" } });
  await db.$disconnect();
}
console.log(JSON.stringify({ noOpenSessionMs: none, openSessionMs: open, sessionsInTable: sessions }));
