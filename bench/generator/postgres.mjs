// Loads the benchmark rows into PostgreSQL: batches of 20,000 rows as one INSERT … SELECT * FROM
// unnest(…) of typed arrays, synchronous_commit off, secondary indexes rebuilt once after the load.
import { createRequire } from "node:module";
import { ACTION_COLS, CUSTOMER_COLS, ORDER_COLS, actionRow, customerRow, orderRow, rng, scopeIds } from "./rows.mjs";
import { MARKER, SIZES } from "./sizes.mjs";

const require = createRequire(import.meta.url);

// the array type of each column that is not text (unnest needs one per column)
const COLUMN_TYPES = {
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

export async function generatePostgres(url) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  const query = async (sql, params = []) => (await client.query(sql, params)).rows;
  const ids = await scopeIds(query);
  const rand = rng(42);
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
      for (let k = 0; k < n; k++) row(i + k).forEach((v, j) => columns[j].push(typeof v === "number" && COLUMN_TYPES[cols[j]] === "bool" ? v === 1 : v));
      const unnest = cols.map((c, j) => `$${j + 1}::${COLUMN_TYPES[c] ?? "text"}[]`).join(",");
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
