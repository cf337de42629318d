#!/usr/bin/env node
// npm test: find Chromium (or install Playwright's), type check, lint, unit +
// integration tests on SQLite, integration tests again on PostgreSQL when a
// server answers, then the Playwright end-to-end tests in Chromium against a
// production build, then the cluster test (two instances of that build behind nginx on
// PostgreSQL, SPEC 11) when PostgreSQL answers and nginx is installed.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { ensureChromium } from "./chromium.cjs";
import { findNginx } from "../cluster/nginx.mjs";
import { root } from "./env.mjs";

const require = createRequire(import.meta.url);
const bin = (name) => path.join(root, "node_modules/.bin", name);
const started = Date.now();
const timings = [];

function step(name, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  execFileSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  timings.push([name, ((Date.now() - t0) / 1000).toFixed(1)]);
}

async function postgresReachable(url) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

try {
  // first, so that a machine without a browser learns it in seconds, not after the other steps
  console.log("\n=== browser for the end-to-end tests ===");
  const browser = ensureChromium();
  console.log(`Chromium: ${browser.executablePath ?? "Playwright's own"} (${browser.source})`);
  step("type check", bin("tsc"), ["--noEmit"]);
  step("lint", "npm", ["run", "lint"]);
  step("unit + integration tests (SQLite)", bin("vitest"), ["run"], { TEST_DB: "sqlite" });
  const pgUrl = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const postgres = await postgresReachable(pgUrl);
  if (postgres) {
    step("integration tests (PostgreSQL)", bin("vitest"), ["run", "tests/integration"], { TEST_DB: "postgresql", TEST_POSTGRES_URL: pgUrl });
  } else {
    console.log(`\n=== integration tests (PostgreSQL): skipped, no server at ${new URL(pgUrl).host} (set TEST_POSTGRES_URL) ===`);
  }
  step("production build", "npm", ["run", "build"]);
  step("end-to-end tests (Playwright, Chromium)", bin("playwright"), ["test"]);
  if (!postgres) console.log(`\n=== cluster test: skipped, no PostgreSQL at ${new URL(pgUrl).host} (set TEST_POSTGRES_URL) ===`);
  else if (!findNginx()) console.log("\n=== cluster test: skipped, nginx is not installed (apt-get install -y nginx, or set NGINX) ===");
  else step("cluster test (two instances behind nginx, PostgreSQL)", process.execPath, ["scripts/cluster-test.mjs"], { TEST_POSTGRES_URL: pgUrl });
} catch (e) {
  console.error(`\nnpm test: FAILED (${e.message?.split("\n")[0] ?? e})`);
  process.exit(1);
}
console.log("\n=== npm test: passed ===");
for (const [name, secs] of timings) console.log(`${secs.padStart(7)} s  ${name}`);
console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s  total`);
