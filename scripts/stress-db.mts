// Database side of `npm run test:stress` (scripts/stress.mjs), through the app's own client:
//   setup  → API tokens for the Login as Customer agents, shoppers, stock raised; prints JSON
//   verify <snapshot.json> <acknowledged.json> → the consistency checks; prints JSON
import fs from "node:fs";
import { createPrismaClient } from "../lib/db-client";
import { createApiToken } from "../lib/auth/api-tokens";
import { sealPending } from "../lib/action-log/seal";
import { verificationLine, verifyChain } from "../lib/action-log/verify";

const db = createPrismaClient(process.env.DATABASE_URL!);
const [cmd, snapshotFile, ackFile] = process.argv.slice(2);
const STRESS_SKUS = ["24-MB01", "24-UG06", "24-UG07"];

async function setup(agents: number, shoppers: number) {
  const base = await db.website.findUniqueOrThrow({ where: { code: "base" } });
  const tokens: string[] = [];
  for (let i = 1; i <= agents; i++) {
    const admin = await db.adminUser.findUniqueOrThrow({ where: { username: `agent${i}` } });
    tokens.push((await createApiToken(db, admin.id, "stress")).token);
  }
  // generated customers (not the named demo accounts), with consent for the impersonated ones
  const notNamed = { notIn: ["roni_cost@example.com", "john.smith@example.com", "marie.dubois@example.com", "sam.second@example.com"] };
  const lac = await db.customer.findMany({
    where: { websiteId: base.id, assistanceAllowed: true, email: notNamed },
    orderBy: { id: "asc" },
    take: agents,
    select: { id: true },
  });
  const own = await db.customer.findMany({
    where: { websiteId: base.id, assistanceAllowed: false, email: notNamed },
    orderBy: { id: "asc" },
    take: shoppers,
    select: { email: true },
  });
  if (lac.length < agents || own.length < shoppers) throw new Error("not enough generated customers: seed more (SEED_CUSTOMERS)");
  await db.product.updateMany({ where: { sku: { in: STRESS_SKUS } }, data: { qty: 100_000 } });
  const products = await db.product.findMany({ select: { id: true, sku: true, urlKey: true, qty: true } });
  const maxOrderId = (await db.order.aggregate({ _max: { id: true } }))._max.id ?? 0;
  const maxLogId = (await db.actionLog.aggregate({ _max: { id: true } }))._max.id ?? 0;
  return {
    tokens,
    lacCustomerIds: lac.map((c) => c.id),
    shopperEmails: own.map((c) => c.email),
    stressProducts: products.filter((p) => STRESS_SKUS.includes(p.sku)).map((p) => ({ id: p.id, urlKey: p.urlKey })),
    stock: Object.fromEntries(products.map((p) => [p.id, p.qty])),
    maxOrderId,
    maxLogId,
  };
}

type Snapshot = Awaited<ReturnType<typeof setup>>;

async function verify(snap: Snapshot, acknowledged: string[]) {
  const problems: string[] = [];
  const orders = await db.order.findMany({
    where: { id: { gt: snap.maxOrderId } },
    select: {
      id: true,
      incrementId: true,
      subtotal: true,
      shippingAmount: true,
      discountAmount: true,
      grandTotal: true,
      lacSessionId: true,
      items: { select: { productId: true, qty: true, price: true, rowTotal: true } },
      addresses: { select: { type: true } },
      comments: { select: { id: true } },
    },
  });
  // no half orders: items, both addresses, a comment, totals that add up
  for (const o of orders) {
    const sub = o.items.reduce((s, i) => s + i.rowTotal, 0);
    if (o.items.length === 0) problems.push(`order ${o.incrementId} has no items`);
    if (o.addresses.length !== 2) problems.push(`order ${o.incrementId} has ${o.addresses.length} addresses`);
    if (o.comments.length === 0) problems.push(`order ${o.incrementId} has no comment`);
    if (o.items.some((i) => i.rowTotal !== i.price * i.qty)) problems.push(`order ${o.incrementId}: a row total is not price × qty`);
    if (o.subtotal !== sub || o.grandTotal !== o.subtotal + o.shippingAmount - o.discountAmount) problems.push(`order ${o.incrementId}: totals do not add up`);
  }
  // stock: initial − ordered = current, never negative
  const ordered = new Map<number, number>();
  for (const o of orders) for (const i of o.items) if (i.productId) ordered.set(i.productId, (ordered.get(i.productId) ?? 0) + i.qty);
  const products = await db.product.findMany({ select: { id: true, sku: true, qty: true } });
  for (const p of products) {
    const expected = (snap.stock[p.id] ?? 0) - (ordered.get(p.id) ?? 0);
    if (p.qty !== expected) problems.push(`stock of ${p.sku}: ${p.qty}, expected ${expected}`);
    if (p.qty < 0) problems.push(`stock of ${p.sku} is negative: ${p.qty}`);
  }
  // order numbers: unique, and the sequence is past all of them
  const seq = await db.sequence.findUniqueOrThrow({ where: { name: "order" } });
  if (new Set(orders.map((o) => o.incrementId)).size !== orders.length) problems.push("duplicate increment ids");
  if (orders.some((o) => Number(o.incrementId) > seq.value)) problems.push("an increment id is past the sequence");
  // data lost: every order a client was told about exists
  const have = new Set(orders.map((o) => o.incrementId));
  const lost = acknowledged.filter((inc) => !have.has(inc));
  for (const inc of lost) problems.push(`acknowledged order ${inc} is missing`);
  // at most one open cart per customer (partial unique index), and no open cart without its customer's items vanished
  const openCarts = await db.cart.groupBy({ by: ["customerId"], where: { isActive: true, customerId: { not: null } }, _count: { _all: true } });
  for (const c of openCarts) if (c._count._all > 1) problems.push(`customer ${c.customerId} has ${c._count._all} open carts`);
  // action log of impersonated orders: exactly one "place_order" success row per order, none for an order that does not exist
  const logs = await db.actionLog.findMany({
    where: { id: { gt: snap.maxLogId }, action: "place_order", result: "success" },
    select: { details: true, lacSessionId: true },
  });
  const logged = new Map<string, number>();
  for (const l of logs) {
    const inc = /Order #(\d+)/.exec(l.details)?.[1];
    if (inc) logged.set(inc, (logged.get(inc) ?? 0) + 1);
    else problems.push(`place_order log row without an order: ${l.details}`);
  }
  const impersonated = orders.filter((o) => o.lacSessionId);
  const notLogged = impersonated.filter((o) => !logged.has(o.incrementId)).map((o) => o.incrementId);
  const loggedTwice = [...logged].filter(([, n]) => n > 1).map(([inc]) => inc);
  const logForMissing = [...logged.keys()].filter((inc) => !have.has(inc));
  for (const inc of loggedTwice) problems.push(`order ${inc} logged more than once`);
  for (const inc of logForMissing) problems.push(`log row for order ${inc}, which does not exist`);
  // an impersonated order must be logged too: the server killed between the order's commit and the log write loses the row
  for (const inc of notLogged) problems.push(`impersonated order ${inc} has no action log row`);
  // SPEC 10.8: the servers' background sealers (killed mid-batch too) sealed what they logged; what
  // is left is sealed here, then every row is in one chain that verifies
  const logRows = await db.actionLog.count({ where: { id: { gt: snap.maxLogId } } });
  const sealedByServers = await db.actionLog.count({ where: { id: { gt: snap.maxLogId }, sealSeq: { not: null } } });
  if (logRows > 0 && sealedByServers === 0) problems.push("the servers sealed no action log entry (is the background sealer running?)");
  const sealedAfter = (await sealPending(db)).sealed;
  const chain = await verifyChain(db);
  if (!chain.ok || chain.unsealed > 0) problems.push(`${verificationLine(chain)} (${chain.unsealed} unsealed)`);
  return {
    logRows,
    sealedByServers,
    sealedAfter,
    chain: verificationLine(chain),
    orders: orders.length,
    impersonatedOrders: impersonated.length,
    acknowledged: acknowledged.length,
    committedNotAcknowledged: orders.length - (acknowledged.length - lost.length),
    lost: lost.length,
    impersonatedOrdersWithoutLog: notLogged,
    problems,
  };
}

try {
  if (cmd === "setup") console.log(JSON.stringify(await setup(Number(process.env.STRESS_AGENTS ?? 3), Number(process.env.STRESS_SHOPPERS ?? 5))));
  else if (cmd === "verify") {
    const snap = JSON.parse(fs.readFileSync(snapshotFile, "utf8")) as Snapshot;
    const ack = JSON.parse(fs.readFileSync(ackFile, "utf8")) as string[];
    console.log(JSON.stringify(await verify(snap, ack)));
  } else throw new Error("usage: stress-db.mts setup | verify <snapshot.json> <acknowledged.json>");
} finally {
  await db.$disconnect();
}
