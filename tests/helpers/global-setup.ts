// Creates a fresh, migrated, seeded database for this test run (never the demo
// database) and points DATABASE_URL at it before the test workers start; then one
// copy of it per test worker (test-workers.ts), which is what the tests use.
// TEST_DB=sqlite (default): data/test-<pid>.db. TEST_DB=postgresql: a new
// database lac_test_<random> on TEST_POSTGRES_URL's server, dropped afterwards.
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { sqliteFilePath } from "../../lib/db-url.mjs";
import { dropDatabase, ensurePostgresDatabase, migrate, seed } from "../../scripts/db.mjs";
import { postgresServerUrl, dropPostgresDatabase } from "./postgres";
import { TEST_WORKERS, workerDatabaseUrl } from "./test-workers";

const require = createRequire(import.meta.url);

/** One copy of the seeded database per worker: PostgreSQL clones it (CREATE DATABASE … TEMPLATE), SQLite copies the file. */
async function copyForWorkers(url: string, postgres: boolean): Promise<string[]> {
  const copies = Array.from({ length: TEST_WORKERS }, (_, i) => workerDatabaseUrl(url, i + 1));
  if (!postgres) {
    for (const copy of copies)
      for (const suffix of ["", "-wal"])
        if (fs.existsSync(sqliteFilePath(url) + suffix)) fs.copyFileSync(sqliteFilePath(url) + suffix, sqliteFilePath(copy) + suffix);
    return copies;
  }
  const { Client } = require("pg");
  const client = new Client({ connectionString: postgresServerUrl() });
  await client.connect();
  try {
    const name = (u: string) => `"${decodeURIComponent(new URL(u).pathname.slice(1)).replace(/"/g, '""')}"`;
    for (const copy of copies) await client.query(`CREATE DATABASE ${name(copy)} TEMPLATE ${name(url)}`);
  } finally {
    await client.end();
  }
  return copies;
}

export default async function setup() {
  process.env.ADMIN_AUTH_SECRET ??= crypto.randomBytes(32).toString("base64url");
  process.env.SHOP_AUTH_SECRET ??= crypto.randomBytes(32).toString("base64url");
  const provider = process.env.TEST_DB ?? "sqlite";
  let url: string;
  if (provider === "postgresql") {
    const server = postgresServerUrl();
    const u = new URL(server);
    u.pathname = `/lac_test_${crypto.randomBytes(5).toString("hex")}`;
    url = u.toString();
    await ensurePostgresDatabase(url);
  } else {
    url = `file:./data/test-${process.pid}.db`;
    await dropDatabase(url);
  }
  process.env.DATABASE_URL = url;
  migrate(url);
  seed(url, { SEED_CUSTOMERS: "40" });
  const copies = await copyForWorkers(url, provider === "postgresql");
  return async () => {
    for (const u of [url, ...copies]) {
      if (provider === "postgresql") await dropPostgresDatabase(u);
      else await dropDatabase(u);
    }
  };
}
