// Database steps shared by start, db:reset, the tests and the benchmarks.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { root } from "./env.mjs";
import { isPostgresUrl, resolveDatabaseUrl, sqliteFilePath } from "../lib/db-url.mjs";

const require = createRequire(import.meta.url);

function run(cmd, args, env) {
  execFileSync(cmd, args, { cwd: root, stdio: "inherit", env });
}

/** Applies committed migrations (`prisma migrate deploy`); SQLite files get WAL mode. */
export function migrate(url = resolveDatabaseUrl()) {
  const env = { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  if (!isPostgresUrl(url)) {
    const file = sqliteFilePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const Database = require("better-sqlite3");
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  run(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], env);
}

export function seed(url = resolveDatabaseUrl(), extraEnv = {}) {
  run(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { ...process.env, DATABASE_URL: url, ...extraEnv });
}

/** Drops the database named by url (SQLite: deletes the files; PostgreSQL: drops and recreates the schema). */
export async function dropDatabase(url = resolveDatabaseUrl()) {
  if (isPostgresUrl(url)) {
    const { Client } = require("pg");
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA IF EXISTS public CASCADE");
      await client.query("CREATE SCHEMA public");
    } finally {
      await client.end();
    }
    return;
  }
  const file = sqliteFilePath(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

/** Creates the PostgreSQL database of the url if it does not exist. */
export async function ensurePostgresDatabase(url) {
  if (!isPostgresUrl(url)) return;
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!name) return;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const { Client } = require("pg");
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
