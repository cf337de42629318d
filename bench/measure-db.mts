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

type Timing = { p50: number; p95: number; runs: number };
const summary = (t: number[]): Timing => ({ p50: +percentile(t, 50).toFixed(2), p95: +percentile(t, 95).toFixed(2), runs: t.length });

async function time(fn: (i: number) => Promise<unknown>, runs = RUNS) {
  return (await timeTogether({ fn }, runs)).fn;
}

/**
 * Several statements timed in turns (run i of each, then run i + 1), so that a change in the
 * machine's load (2 cores shared with other work) weighs on all of them alike and their ratio
 * stays fair.
 */
async function timeTogether<K extends string>(fns: Record<K, (i: number) => Promise<unknown>>, runs = RUNS): Promise<Record<K, Timing>> {
  const names = Object.keys(fns) as K[];
  for (let i = 0; i < 5; i++) for (const k of names) await fns[k](i); // warm-up
  const t = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) {
    for (const k of names) {
      const s = performance.now();
      await fns[k](i);
      t[k].push(performance.now() - s);
    }
  }
  return Object.fromEntries(names.map((k) => [k, summary(t[k])])) as Record<K, Timing>;
}

const out: Record<string, unknown> = {};

// Customer grid: keyword + filter + sort + page of 50 (the grid's own query function), timed in
// turns with the bare SQL for the same page
try {
  const { parseCustomerGridParams, queryCustomerGrid } = await import("../lib/customers/queries");
  const keywords = ["mar", "emma", "lee", "johnson", "sophia.w"];
  const cols = `"id","firstName","lastName","email","groupId","websiteId","createdAt","assistanceAllowed"`;
  const likeSql = `SELECT ${cols} FROM "Customer" WHERE ("searchText" LIKE $1 OR "email" LIKE $2 OR "lastName" LIKE $3) AND "websiteId" = 1 ORDER BY "createdAt" DESC LIMIT 50`;
  const rangeSql = `SELECT ${cols} FROM "Customer"
    WHERE (("searchText" >= $1 AND "searchText" < $2) OR ("email" >= $3 AND "email" < $4) OR ("lastName" >= $5 AND "lastName" < $6)) AND "websiteId" = 1
    ORDER BY "createdAt" DESC LIMIT 50`;
  const isPg = /^postgres/.test(url);
  const dialect = (sql: string) => (isPg ? sql : sql.replace(/\$\d/g, "?"));
  const cap = (k: string) => k[0].toUpperCase() + k.slice(1);
  const next = (s: string) => s.slice(0, -1) + String.fromCharCode(s.charCodeAt(s.length - 1) + 1);
  const { grid, bare } = await timeTogether({
    grid: (i) =>
      queryCustomerGrid(parseCustomerGridParams({ q: keywords[i % keywords.length], f_website: "1", sort: "createdAt", dir: "desc", size: "50" }), db),
    // the same page as bare SQL through the same driver: the fastest single statement for it
    // (prefixes as LIKE so the database walks the (websiteId, createdAt) index; these keywords each
    // match thousands of customers)
    bare: (i) => {
      const k = keywords[i % keywords.length];
      return db.$queryRawUnsafe(dialect(likeSql), `${k}%`, `${k}%`, `${cap(k)}%`);
    },
  });
  // for reference, the index-range form that sorts every match, on its own (timed in turns with
  // the others, reading every match of a common word disturbed the caches they use)
  const bareRange = await time((i) => {
    const k = keywords[i % keywords.length];
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
