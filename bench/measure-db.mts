// In-process server timings against the benchmark database (run by bench/run.mjs
// with DATABASE_URL set and the react-server condition, like the app's server code).
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "../lib/db-client";
import { parseReportParams, queryActionReport } from "../lib/action-log/report";

const url = process.env.DATABASE_URL!;
const db = createPrismaClient(url);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function time(fn: (i: number) => Promise<unknown>, runs = RUNS) {
  for (let i = 0; i < 5; i++) await fn(i); // warm-up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await fn(i);
    t.push(performance.now() - s);
  }
  return { p50: +percentile(t, 50).toFixed(2), p95: +percentile(t, 95).toFixed(2), runs };
}

const out: Record<string, unknown> = {};

// Customer grid: keyword + filter + sort + page of 50 (the grid's own query function)
try {
  const { parseCustomerGridParams, queryCustomerGrid } = await import("../lib/customers/queries");
  const keywords = ["mar", "emma", "lee", "johnson", "sophia.w"];
  const grid = await time((i) =>
    queryCustomerGrid(parseCustomerGridParams({ q: keywords[i % keywords.length], f_website: "1", sort: "createdAt", dir: "desc", size: "50" }), db),
  );
  // the same page as bare SQL through the same driver: the fastest single statement for it
  // (prefixes as LIKE so the database walks the (websiteId, createdAt) index; these keywords each
  // match thousands of customers), and, for reference, the index-range form that sorts every match
  const cols = `"id","firstName","lastName","email","groupId","websiteId","createdAt","assistanceAllowed"`;
  const likeSql = `SELECT ${cols} FROM "Customer" WHERE ("searchText" LIKE $1 OR "email" LIKE $2 OR "lastName" LIKE $3) AND "websiteId" = 1 ORDER BY "createdAt" DESC LIMIT 50`;
  const rangeSql = `SELECT ${cols} FROM "Customer"
    WHERE (("searchText" >= $1 AND "searchText" < $2) OR ("email" >= $3 AND "email" < $4) OR ("lastName" >= $5 AND "lastName" < $6)) AND "websiteId" = 1
    ORDER BY "createdAt" DESC LIMIT 50`;
  const isPg = /^postgres/.test(url);
  const dialect = (sql: string) => (isPg ? sql : sql.replace(/\$\d/g, "?"));
  const cap = (k: string) => k[0].toUpperCase() + k.slice(1);
  const bare = await time((i) => {
    const k = keywords[i % keywords.length];
    return db.$queryRawUnsafe(dialect(likeSql), `${k}%`, `${k}%`, `${cap(k)}%`);
  });
  const bareRange = await time((i) => {
    const k = keywords[i % keywords.length];
    const next = (s: string) => s.slice(0, -1) + String.fromCharCode(s.charCodeAt(s.length - 1) + 1);
    return db.$queryRawUnsafe(dialect(rangeSql), k, next(k), k, next(k), cap(k), next(cap(k)));
  });
  out.customerGrid = { ...grid, bareSql: bare, bareSqlIndexRanges: bareRange, ratio: +(grid.p50 / bare.p50).toFixed(2) };
} catch (e) {
  out.customerGrid = { error: `not measured: ${(e as Error).message.split("\n")[0]}` };
}

// Actions Report: group + date range + user, page of 50
const users = ["agent1", "agent2", "agent3", "support"];
out.actionsReport = await time((i) =>
  queryActionReport(
    db,
    parseReportParams({
      f_group: "Login As Customer",
      f_username: users[i % users.length],
      f_from: "2025-03-01T00:00:00Z",
      f_to: "2025-10-31T23:59:59Z",
      page: String(1 + (i % 3)),
    }),
  ),
);

await db.$disconnect();
console.log(JSON.stringify(out));
