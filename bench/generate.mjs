#!/usr/bin/env node
// Fills a dedicated benchmark database (never the demo DB) with 1,000,000
// customers, 200,000 orders and 5,000,000 action log rows, in batched
// transactions. Reused between runs: a ConfigValue row records what was made.
//   npm run bench:data            (SQLite: data/bench.db)
//   DATABASE_URL=postgresql://…/lac_bench npm run bench:data
// Sizes: BENCH_CUSTOMERS, BENCH_ORDERS, BENCH_ACTIONS. The rows and the loaders are in bench/generator/.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dropDatabase, ensurePostgresDatabase, migrate, seed } from "../scripts/db.mjs";
import { isPostgresUrl, sqliteFilePath } from "../lib/db-url.mjs";
import { root } from "../scripts/env.mjs";
import { generatePostgres } from "./generator/postgres.mjs";
import { MARKER, SIZES } from "./generator/sizes.mjs";
import { generateSqlite } from "./generator/sqlite.mjs";

const require = createRequire(import.meta.url);

export const BENCH_SQLITE_URL = "file:./data/bench.db";
export function benchUrl() {
  const url = process.env.DATABASE_URL?.trim();
  return url && isPostgresUrl(url) ? url : BENCH_SQLITE_URL;
}

/** Generates the benchmark database unless it already holds data of these sizes. */
export async function ensureBenchData(url = benchUrl(), { force = false } = {}) {
  const found = force ? null : await readMarker(url).catch(missingIsNull);
  if (found && found.customers === SIZES.customers && found.orders === SIZES.orders && found.actions === SIZES.actions) {
    console.log(`bench:data: reusing ${url} (${JSON.stringify(found)})`);
    // data made by an older checkout gets this one's migrations (new columns, indexes); a failure
    // here stops the run (it must never fall through to generating, which drops the database)
    migrate(url);
    sealBenchLog(url);
    await refreshPlannerData(url);
    return;
  }
  console.log(`bench:data: generating into ${url}…`);
  await ensurePostgresDatabase(url);
  await dropDatabase(url);
  migrate(url);
  seed(url, { SEED_CUSTOMERS: "0" });
  if (isPostgresUrl(url)) await generatePostgres(url);
  else await generateSqlite(url);
  sealBenchLog(url);
  // the generator's ANALYZE ran before the seal, when every log row was unsealed (the sealer's
  // partial index held 5M rows): the log's statistics again, as they now are
  await refreshPlannerData(url, { analyze: ["ActionLog"] });
}

/**
 * What a database in service keeps up by itself, for data written in bulk behind the app. On
 * PostgreSQL, VACUUM (ANALYZE): sealing rewrites every log row, and until a vacuum marks the pages
 * all-visible an index-only scan (the capped counts) reads the table row of every index entry as
 * well. Autovacuum does that in production, but can be off (it is on these machines), and the
 * measurements must not depend on when it last ran. Quick when nothing changed. On SQLite, the
 * statistics of indexes a migration added (no row in sqlite_stat1 yet; the planner guesses without),
 * and of the tables named in `analyze`.
 */
async function refreshPlannerData(url, { analyze = [] } = {}) {
  const t = Date.now();
  if (isPostgresUrl(url)) {
    const { Client } = require("pg");
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("VACUUM (ANALYZE)");
    } finally {
      await client.end();
    }
    console.log(`bench:data: VACUUM (ANALYZE) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return;
  }
  const Database = require("better-sqlite3");
  const sqlite = new Database(sqliteFilePath(url));
  try {
    const hasStats = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`).get();
    const tables = sqlite
      .prepare(
        `SELECT DISTINCT tbl_name AS name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL` +
          (hasStats ? ` AND name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL)` : ""),
      )
      .all()
      .map((r) => r.name);
    for (const name of analyze) if (!tables.includes(name)) tables.push(name);
    for (const name of tables) sqlite.exec(`ANALYZE "${name}"`);
    if (tables.length) console.log(`bench:data: ANALYZE ${tables.join(", ")} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    sqlite.close();
  }
}

/** Seals what the database holds unsealed (all of it after generating; what a run left, if any, on reuse). */
function sealBenchLog(url) {
  const out = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/seal.mts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const run = JSON.parse(out.trim().split("\n").pop());
  if (run.sealed) console.log(`bench:data: sealed ${run.sealed} log entries (${run.msPerEntry} ms each)`);
}

/** No benchmark database yet (no file, no database, no table): null. Any other error is thrown, never taken for "none". */
function missingIsNull(e) {
  const missing = ["3D000", "42P01", "SQLITE_CANTOPEN"].includes(e?.code) || /no such table|unable to open database|does not exist/i.test(String(e?.message));
  if (missing) return null;
  throw e;
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
