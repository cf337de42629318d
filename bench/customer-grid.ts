// Customer grid benchmark (SPEC 9): server time of queryCustomerGrid (the very
// function the page uses: rows + capped count + lookups) against the bare SQL
// of the same page, median of repeated runs, printed as JSON.
//   npx tsx --conditions=react-server bench/customer-grid.ts [file:./data/bench-customers.db] [runs]
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient } from "../lib/db-client";
import { sqliteFilePath } from "../lib/db-url.mjs";
import { parseCustomerGridParams, queryCustomerGrid } from "../lib/customers/queries";

const url = process.argv[2] ?? "file:./data/bench-customers.db";
const runs = Number(process.argv[3] ?? 25);

const SCENARIOS: { name: string; sp: Record<string, string>; sql: string; args: unknown[] }[] = [
  {
    name: "default page (newest first)",
    sp: { size: "50" },
    sql: "SELECT id, firstName, lastName, email, groupId, websiteId, createdAt, assistanceAllowed FROM Customer ORDER BY id DESC LIMIT 51",
    args: [],
  },
  {
    name: "keyword 'robert w' + group + sort by createdAt, page of 50",
    sp: { q: "robert w", f_group: "1", sort: "createdAt", dir: "desc", size: "50" },
    sql: "SELECT id, firstName, lastName, email, groupId, websiteId, createdAt, assistanceAllowed FROM Customer WHERE ((searchText >= ? AND searchText < ?) OR (email >= ? AND email < ?)) AND groupId = ? ORDER BY createdAt DESC, id DESC LIMIT 51",
    args: ["robert w", "robert x", "robert w", "robert x", 1],
  },
  {
    name: "keyword 'harris' (last name) + assistance yes + sort by name",
    sp: { q: "harris", f_assistance: "1", sort: "name", dir: "asc", size: "50" },
    sql: "SELECT id, firstName, lastName, email, groupId, websiteId, createdAt, assistanceAllowed FROM Customer WHERE ((searchText >= ? AND searchText < ?) OR (email >= ? AND email < ?) OR (lastName >= ? AND lastName < ?)) AND assistanceAllowed = 1 ORDER BY lastName, firstName, id LIMIT 51",
    args: ["harris", "harrit", "harris", "harrit", "Harris", "Harrit"],
  },
  {
    name: "email prefix filter + website, sort by email",
    sp: { f_email: "emma.john", f_website: "1", sort: "email", dir: "asc", size: "50" },
    sql: "SELECT id, firstName, lastName, email, groupId, websiteId, createdAt, assistanceAllowed FROM Customer WHERE email >= ? AND email < ? AND websiteId = 1 ORDER BY email, id LIMIT 51",
    args: ["emma.john", "emma.joho"],
  },
  {
    name: "since from/to + sort by createdAt, page 10",
    sp: { f_sinceFrom: "2024-01-01", f_sinceTo: "2024-03-31", sort: "createdAt", dir: "asc", size: "50", page: "10" },
    sql: "SELECT id, firstName, lastName, email, groupId, websiteId, createdAt, assistanceAllowed FROM Customer WHERE createdAt >= ? AND createdAt < ? ORDER BY createdAt, id LIMIT 51 OFFSET 450",
    args: ["2024-01-01T00:00:00.000+00:00", "2024-04-01T00:00:00.000+00:00"],
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const client = createPrismaClient(url);
  const raw = new Database(path.resolve(sqliteFilePath(url)), { readonly: true });
  const total = (raw.prepare("SELECT COUNT(*) n FROM Customer").get() as { n: number }).n;
  const results = [];
  for (const s of SCENARIOS) {
    const params = parseCustomerGridParams(s.sp);
    const stmt = raw.prepare(s.sql);
    await queryCustomerGrid(params, client); // warm-up
    stmt.all(...s.args);
    const app: number[] = [];
    const bare: number[] = [];
    let rows = 0;
    let shown = "";
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const r = await queryCustomerGrid(params, client);
      app.push(performance.now() - t);
      rows = r.rows.length;
      shown = r.totalCapped ? `${r.total}+` : String(r.total);
      t = performance.now();
      stmt.all(...s.args);
      bare.push(performance.now() - t);
    }
    results.push({
      scenario: s.name,
      rows,
      total: shown,
      p50_ms: +median(app).toFixed(2),
      bare_sql_p50_ms: +median(bare).toFixed(3),
      ratio: +(median(app) / Math.max(median(bare), 0.001)).toFixed(1),
    });
  }
  console.log(JSON.stringify({ customers: total, runs, results }, null, 2));
  await client.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
