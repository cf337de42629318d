// Loads the benchmark rows into SQLite: batches of 50,000 rows per transaction, the table's indexes
// dropped during the load and rebuilt after it (much faster than updating them row by row).
import { createRequire } from "node:module";
import { sqliteFilePath } from "../../lib/db-url.mjs";
import { ACTION_COLS, CUSTOMER_COLS, ORDER_COLS, actionRow, customerRow, iso, orderRow, rng, scopeIds } from "./rows.mjs";
import { MARKER, SIZES } from "./sizes.mjs";

const require = createRequire(import.meta.url);

export async function generateSqlite(url) {
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
