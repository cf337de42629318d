#!/usr/bin/env node
// Fills a dedicated benchmark database (never the demo DB) with 1,000,000
// customers, 200,000 orders and 5,000,000 action log rows, in batched
// transactions. Reused between runs: a ConfigValue row records what was made.
//   npm run bench:data            (SQLite: data/bench.db)
//   DATABASE_URL=postgresql://…/lac_bench npm run bench:data
// Sizes: BENCH_CUSTOMERS, BENCH_ORDERS, BENCH_ACTIONS.
import { createRequire } from "node:module";
import { dropDatabase, ensurePostgresDatabase, migrate, seed } from "../scripts/db.mjs";
import { isPostgresUrl, sqliteFilePath } from "../lib/db-url.mjs";

const require = createRequire(import.meta.url);

export const BENCH_SQLITE_URL = "file:./data/bench.db";
export function benchUrl() {
  const url = process.env.DATABASE_URL?.trim();
  return url && isPostgresUrl(url) ? url : BENCH_SQLITE_URL;
}

const SIZES = {
  customers: Number(process.env.BENCH_CUSTOMERS ?? 1_000_000),
  orders: Number(process.env.BENCH_ORDERS ?? 200_000),
  actions: Number(process.env.BENCH_ACTIONS ?? 5_000_000),
};
const MARKER = "bench/generated";
const FIRST = [
  "emma",
  "liam",
  "olivia",
  "noah",
  "ava",
  "elijah",
  "sophia",
  "lucas",
  "mia",
  "mason",
  "amelia",
  "ethan",
  "harper",
  "logan",
  "evelyn",
  "james",
  "abigail",
  "aiden",
  "ella",
  "jackson",
  "chloe",
  "lea",
  "hugo",
  "zoe",
  "jose",
  "maria",
  "anna",
  "peter",
  "paul",
  "sarah",
];
const LAST = [
  "johnson",
  "williams",
  "brown",
  "jones",
  "garcia",
  "miller",
  "davis",
  "rodriguez",
  "martinez",
  "hernandez",
  "lopez",
  "wilson",
  "anderson",
  "thomas",
  "taylor",
  "moore",
  "martin",
  "lee",
  "perez",
  "thompson",
  "white",
  "harris",
  "clark",
  "lewis",
  "walker",
  "hall",
  "young",
  "king",
  "wright",
  "scott",
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const ACTIONS = [
  "login",
  "logout",
  "add_to_cart",
  "update_qty",
  "remove_cart_item",
  "apply_coupon_code",
  "place_order",
  "save",
  "save_address",
  "newsletter_subscription",
];
const GROUPS = ["Login As Customer", "Login As Customer", "Login As Customer", "Customers", "Configuration", "Admin Sign In"];
const USERS = ["admin", "support", "agent1", "agent2", "agent3", "agent4", "agent5", "agent6"];
const iso = (ms) => new Date(ms).toISOString().replace("Z", "+00:00");
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function customerRow(i, rand, ids) {
  const f = FIRST[Math.floor(rand() * FIRST.length)];
  const l = LAST[Math.floor(rand() * LAST.length)];
  const email = `${f}.${l}.${i}@example.com`;
  const onSecond = i % 7 === 0;
  const created = START + Math.floor(rand() * 1000 * DAY);
  return [
    onSecond ? ids.second : ids.main,
    onSecond ? ids.secondView : ids.defaultView,
    ids.groups[Math.floor(rand() * ids.groups.length)],
    cap(f),
    cap(l),
    email,
    ids.hash,
    rand() < 0.6 ? 1 : 0,
    rand() < 0.3 ? 1 : 0,
    `${f} ${l} ${email}`,
    iso(created),
    iso(created),
  ];
}

async function scopeIds(query) {
  const one = async (sql, params = []) => (await query(sql, params))[0];
  return {
    main: (await one(`SELECT id FROM "Website" WHERE code = 'base'`)).id,
    second: (await one(`SELECT id FROM "Website" WHERE code = 'second'`)).id,
    defaultView: (await one(`SELECT id FROM "StoreView" WHERE code = 'default'`)).id,
    secondView: (await one(`SELECT id FROM "StoreView" WHERE code = 'second'`)).id,
    groups: (await query(`SELECT id FROM "CustomerGroup" ORDER BY id`)).map((r) => r.id),
    hash: (await one(`SELECT "passwordHash" FROM "Customer" ORDER BY id LIMIT 1`)).passwordHash,
    product: await one(`SELECT id, sku, name, price FROM "Product" WHERE sku = '24-MB01'`),
  };
}

const CUSTOMER_COLS = [
  "websiteId",
  "storeViewId",
  "groupId",
  "firstName",
  "lastName",
  "email",
  "passwordHash",
  "assistanceAllowed",
  "newsletterSubscribed",
  "searchText",
  "createdAt",
  "updatedAt",
];
const ACTION_COLS = [
  "createdAt",
  "actionGroup",
  "action",
  "fullActionName",
  "result",
  "errorMessage",
  "username",
  "adminUserId",
  "customerId",
  "storeViewId",
  "ip",
  "details",
];

const ORDER_COLS = [
  "incrementId",
  "customerId",
  "storeViewId",
  "status",
  "customerEmail",
  "customerFirstName",
  "customerLastName",
  "billToName",
  "subtotal",
  "shippingAmount",
  "grandTotal",
  "shippingMethod",
  "paymentMethod",
  "createdAt",
  "updatedAt",
];
const STATUSES = ["pending", "processing", "complete", "canceled"];

function orderRow(i, rand, ids, maxCustomer, seqStart) {
  const c = 1 + Math.floor(rand() * maxCustomer);
  const qty = 1 + (i % 3);
  const at = iso(START + Math.floor(rand() * 1000 * DAY));
  const p = ids.product;
  return [
    String(seqStart + i + 1).padStart(9, "0"),
    c,
    ids.defaultView,
    STATUSES[i % 4],
    `customer${c}@example.com`,
    "Bench",
    `Customer${c}`,
    `Bench Customer${c}`,
    p.price * qty,
    500 * qty,
    p.price * qty + 500 * qty,
    "Flat Rate - Fixed",
    "Check / Money order",
    at,
    at,
  ];
}

function actionRow(i, rand, maxCustomer) {
  const action = ACTIONS[Math.floor(rand() * ACTIONS.length)];
  const ok = rand() < 0.95;
  const customerId = 1 + Math.floor(rand() * maxCustomer);
  return [
    iso(Date.UTC(2025, 0, 1) + Math.floor(rand() * 690 * DAY) + (i % 1000)),
    GROUPS[Math.floor(rand() * GROUPS.length)],
    action,
    `loginascustomer_${action}`,
    ok ? "success" : "failure",
    ok ? null : "Simulated failure",
    USERS[Math.floor(rand() * USERS.length)],
    1,
    customerId,
    1,
    `10.0.${(i >> 8) & 255}.${i & 255}`,
    `${action} for customer ${customerId}`,
  ];
}

async function generateSqlite(url) {
  const Database = require("better-sqlite3");
  const sqlite = new Database(sqliteFilePath(url));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const query = async (sql, params = []) => sqlite.prepare(sql).all(...params);
  const ids = await scopeIds(query);
  const rand = rng(42);
  const dropIndexes = (table) => {
    const rows = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`).all(table);
    for (const r of rows) sqlite.exec(`DROP INDEX "${r.name}"`);
    return () => rows.forEach((r) => sqlite.exec(r.sql));
  };
  const bulk = (table, cols, count, row) => {
    const restore = dropIndexes(table);
    const stmt = sqlite.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES (${cols.map(() => "?").join(",")})`);
    const batch = sqlite.transaction((from, to) => {
      for (let i = from; i < to; i++) stmt.run(...row(i));
    });
    for (let i = 0; i < count; i += 50_000) batch(i, Math.min(count, i + 50_000));
    restore();
  };
  const existing = sqlite.prepare(`SELECT COUNT(*) n FROM "Customer"`).get().n;
  let t = Date.now();
  bulk("Customer", CUSTOMER_COLS, SIZES.customers, (i) => customerRow(existing + i, rand, ids));
  console.log(`bench:data: ${SIZES.customers} customers in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const maxCustomer = sqlite.prepare(`SELECT MAX(id) m FROM "Customer"`).get().m;
  t = Date.now();
  const seqStart = sqlite.prepare(`SELECT value FROM "Sequence" WHERE name = 'order'`).get().value;
  bulk("Order", ORDER_COLS, SIZES.orders, (i) => orderRow(i, rand, ids, maxCustomer, seqStart));
  sqlite.prepare(`UPDATE "Sequence" SET value = ? WHERE name = 'order'`).run(seqStart + SIZES.orders);
  console.log(`bench:data: ${SIZES.orders} orders in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  bulk("ActionLog", ACTION_COLS, SIZES.actions, (i) => actionRow(i, rand, maxCustomer));
  console.log(`bench:data: ${SIZES.actions} action log rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  sqlite.exec("ANALYZE");
  sqlite.prepare(`INSERT INTO "ConfigValue" (path, value, "updatedAt") VALUES (?, ?, ?)`).run(MARKER, JSON.stringify(SIZES), iso(Date.now()));
  sqlite.close();
}

async function generatePostgres(url) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  const query = async (sql, params = []) => (await client.query(sql, params)).rows;
  const ids = await scopeIds(query);
  const rand = rng(42);
  const types = {
    websiteId: "int",
    storeViewId: "int",
    groupId: "int",
    assistanceAllowed: "bool",
    newsletterSubscribed: "bool",
    createdAt: "timestamptz",
    updatedAt: "timestamptz",
    adminUserId: "int",
    customerId: "int",
    subtotal: "int",
    shippingAmount: "int",
    grandTotal: "int",
  };
  await client.query("SET synchronous_commit = off");
  // secondary indexes are rebuilt once after the load (as on SQLite): much faster than row by row
  const dropIndexes = async (table) => {
    const rows = await query(
      `SELECT i.indexname AS name, i.indexdef AS sql FROM pg_indexes i LEFT JOIN pg_constraint c ON c.conname = i.indexname WHERE i.schemaname = current_schema() AND i.tablename = $1 AND c.conname IS NULL`,
      [table],
    );
    for (const r of rows) await client.query(`DROP INDEX "${r.name}"`);
    return async () => {
      for (const r of rows) await client.query(r.sql);
    };
  };
  const bulk = async (table, cols, count, row) => {
    const restore = await dropIndexes(table);
    for (let i = 0; i < count; i += 20_000) {
      const n = Math.min(count, i + 20_000) - i;
      const columns = cols.map(() => []);
      for (let k = 0; k < n; k++) row(i + k).forEach((v, j) => columns[j].push(typeof v === "number" && types[cols[j]] === "bool" ? v === 1 : v));
      const unnest = cols.map((c, j) => `$${j + 1}::${types[c] ?? "text"}[]`).join(",");
      await client.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) SELECT * FROM unnest(${unnest})`, columns);
    }
    await restore();
  };
  const existing = Number((await query(`SELECT COUNT(*) n FROM "Customer"`))[0].n);
  let t = Date.now();
  await bulk("Customer", CUSTOMER_COLS, SIZES.customers, (i) => customerRow(existing + i, rand, ids));
  console.log(`bench:data: ${SIZES.customers} customers in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const maxCustomer = Number((await query(`SELECT MAX(id) m FROM "Customer"`))[0].m);
  t = Date.now();
  const seqStart = Number((await query(`SELECT value FROM "Sequence" WHERE name = 'order'`))[0].value);
  await bulk("Order", ORDER_COLS, SIZES.orders, (i) => orderRow(i, rand, ids, maxCustomer, seqStart));
  await client.query(`UPDATE "Sequence" SET value = $1 WHERE name = 'order'`, [seqStart + SIZES.orders]);
  console.log(`bench:data: ${SIZES.orders} orders in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  t = Date.now();
  await bulk("ActionLog", ACTION_COLS, SIZES.actions, (i) => actionRow(i, rand, maxCustomer));
  console.log(`bench:data: ${SIZES.actions} action log rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  await client.query("ANALYZE");
  await client.query(`INSERT INTO "ConfigValue" (path, value, "updatedAt") VALUES ($1, $2, now())`, [MARKER, JSON.stringify(SIZES)]);
  await client.end();
}

/** Generates the benchmark database unless it already holds data of these sizes. */
export async function ensureBenchData(url = benchUrl(), { force = false } = {}) {
  if (!force) {
    try {
      const found = await readMarker(url);
      if (found && found.customers === SIZES.customers && found.orders === SIZES.orders && found.actions === SIZES.actions) {
        console.log(`bench:data: reusing ${url} (${JSON.stringify(found)})`);
        return;
      }
    } catch {
      /* no database yet */
    }
  }
  console.log(`bench:data: generating into ${url}…`);
  await ensurePostgresDatabase(url);
  await dropDatabase(url);
  migrate(url);
  seed(url, { SEED_CUSTOMERS: "0" });
  if (isPostgresUrl(url)) await generatePostgres(url);
  else await generateSqlite(url);
}

async function readMarker(url) {
  if (isPostgresUrl(url)) {
    const { Client } = require("pg");
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const r = await client.query(`SELECT value FROM "ConfigValue" WHERE path = $1`, [MARKER]);
      return r.rows[0] ? JSON.parse(r.rows[0].value) : null;
    } finally {
      await client.end();
    }
  }
  const Database = require("better-sqlite3");
  const sqlite = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
  try {
    const r = sqlite.prepare(`SELECT value FROM "ConfigValue" WHERE path = ?`).get(MARKER);
    return r ? JSON.parse(r.value) : null;
  } finally {
    sqlite.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureBenchData(benchUrl(), { force: process.argv.includes("--force") });
}
