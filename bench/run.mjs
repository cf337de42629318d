#!/usr/bin/env node
// npm run bench: the quality bars of SPEC 9, measured on a dedicated benchmark
// database (bench/generate.mjs; SQLite data/bench.db by default, or the
// PostgreSQL database of DATABASE_URL). Never part of npm test.
// Prints a table and writes one JSON document (bench/results/latest.json).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";
import { root } from "../scripts/env.mjs";
import { buildIfNeeded } from "../scripts/build.mjs";
import { benchUrl, ensureBenchData } from "./generate.mjs";

const require = createRequire(import.meta.url);
const autocannon = require("autocannon");
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const url = benchUrl();
const env = {
  ...process.env,
  DATABASE_URL: url,
  ADMIN_AUTH_SECRET: "bench-admin-secret-0123456789-0123456789",
  SHOP_AUTH_SECRET: "bench-shop-secret-0123456789-0123456789",
  NODE_ENV: "production",
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function waitFor(u, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(u);
      if (r.status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer at ${u}`);
}

async function startServer(distDir) {
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], {
    cwd: root,
    env: { ...env, NEXT_DIST_DIR: distDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`${BASE}/shop`);
  return child;
}

async function stop(child) {
  child.kill("SIGTERM");
  await new Promise((r) => child.on("exit", r));
}

async function rps(pathname, headers = {}) {
  const runs = [];
  for (let i = 0; i < REPEATS; i++) {
    const r = await autocannon({ url: BASE + pathname, connections: 10, duration: 5, headers });
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${pathname}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    runs.push(r.requests.average);
  }
  return +median(runs).toFixed(1);
}

// ---- helpers for Login as Customer over HTTP (as the browser does it)
function cookieJar() {
  const jar = new Map();
  return {
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    take(res) {
      for (const c of res.headers.getSetCookie?.() ?? []) {
        const [pair] = c.split(";");
        const i = pair.indexOf("=");
        jar.set(pair.slice(0, i), pair.slice(i + 1));
      }
    },
  };
}

async function redeemOverHttp(secret) {
  const jar = cookieJar();
  const csrfRes = await fetch(`${BASE}/api/shop-auth/csrf`);
  jar.take(csrfRes);
  const { csrfToken } = await csrfRes.json();
  const t0 = performance.now();
  const res = await fetch(`${BASE}/api/shop-auth/callback/login-as-customer`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ secret, csrfToken, json: "true", callbackUrl: "/" }),
    redirect: "manual",
  });
  jar.take(res);
  const body = await res.json().catch(() => ({}));
  const ok = !String(body.url ?? "").includes("error=");
  return { ok, jar, ms: performance.now() - t0 };
}

async function main() {
  const results = { database: /^postgres/.test(url) ? "postgresql" : "sqlite", at: new Date().toISOString(), figures: {} };
  await ensureBenchData(url);
  buildIfNeeded();

  // 1) in-process query timings
  const db = JSON.parse(
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/measure-db.mts"], { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
      .trim()
      .split("\n")
      .pop(),
  );
  results.figures.customerGrid = db.customerGrid;
  results.figures.actionsReport = db.actionsReport;

  // 2) HTTP: Login as Customer and storefront throughput
  const server = await startServer(".next");
  try {
    const lac = JSON.parse(
      execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/lac-secrets.mts", "60"], { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
        .trim()
        .split("\n")
        .pop(),
    );
    const start = async (customerId) => {
      const t0 = performance.now();
      const res = await fetch(`${BASE}/api/admin/login-as-customer`, {
        method: "POST",
        headers: { authorization: `Bearer ${lac.token}`, "content-type": "application/json" },
        body: JSON.stringify({ customerId }),
      });
      const body = await res.json();
      if (!res.ok) throw new Error(`start failed: ${res.status} ${body.error}`);
      return { secret: new URL(body.url).searchParams.get("secret"), ms: performance.now() - t0 };
    };
    const totals = [];
    for (const [i, customerId] of lac.customerIds.entries()) {
      const s = await start(customerId);
      const r = await redeemOverHttp(s.secret);
      if (!r.ok) throw new Error("redeem failed during the benchmark");
      const t0 = performance.now();
      const page = await fetch(`${BASE}/shop/customer/account?lac=1`, { headers: { cookie: r.jar.header() } });
      const html = await page.text();
      const accountMs = performance.now() - t0;
      if (!html.includes("You are connected as")) throw new Error("My Account did not show the banner");
      if (i >= 5) totals.push(s.ms + r.ms + accountMs); // the first 5 are warm-up
    }
    results.figures.loginAsCustomer = { p50: +pct(totals, 50).toFixed(1), p95: +pct(totals, 95).toFixed(1), runs: totals.length, note: "HTTP start (headless API) + redeem + My Account, loopback" };

    // 50 concurrent redemptions of one secret: exactly one session
    const one = await start(lac.customerIds[0]);
    const raced = await Promise.all(Array.from({ length: 50 }, () => redeemOverHttp(one.secret)));
    results.figures.concurrentRedemptions = { attempts: 50, succeeded: raced.filter((r) => r.ok).length };

    const product = "/shop";
    results.figures.storefront = { page: product, withMiddlewareRps: await rps(product) };
  } finally {
    await stop(server);
  }

  // the same page without middleware: a second build with middleware.ts set aside
  const noMwDir = ".next-bench-nomw";
  const mw = path.join(root, "middleware.ts");
  const aside = path.join(root, "bench", "middleware.ts.aside");
  fs.renameSync(mw, aside);
  try {
    execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env: { ...env, NEXT_DIST_DIR: noMwDir }, stdio: "ignore" });
  } finally {
    fs.renameSync(aside, mw);
  }
  const bare = await startServer(noMwDir);
  try {
    results.figures.storefront.withoutMiddlewareRps = await rps(results.figures.storefront.page);
  } finally {
    await stop(bare);
  }
  results.figures.storefront.ratio = +(results.figures.storefront.withMiddlewareRps / results.figures.storefront.withoutMiddlewareRps).toFixed(2);

  // targets of SPEC 9
  const f = results.figures;
  results.targets = [
    ["customer grid p50 ≤ 30 ms", f.customerGrid.p50, f.customerGrid.p50 <= 30],
    ["customer grid ≤ 3× bare SQL", f.customerGrid.ratio, f.customerGrid.ratio <= 3],
    ["actions report p50 ≤ 50 ms", f.actionsReport.p50, f.actionsReport.p50 <= 50],
    ["login as customer p50 ≤ 60 ms", f.loginAsCustomer.p50, f.loginAsCustomer.p50 <= 60],
    ["middleware ≥ 0.9× without", f.storefront.ratio, f.storefront.ratio >= 0.9],
    ["50 concurrent redemptions: one session", f.concurrentRedemptions.succeeded, f.concurrentRedemptions.succeeded === 1],
  ].map(([target, value, met]) => ({ target, value, met }));

  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench/results/latest.json"), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
  console.log("\n target                                   value      met");
  for (const t of results.targets) console.log(` ${t.target.padEnd(40)} ${String(t.value).padStart(8)}   ${t.met ? "yes" : "NO"}`);
}

main().catch((e) => {
  console.error(`bench: failed: ${e.stack ?? e}`);
  process.exit(1);
});
