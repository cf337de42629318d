#!/usr/bin/env node
// npm run test:stress — fault tests against the production build; minutes long, never part of npm test.
// (a) Checkouts in a loop over HTTP (shoppers signed in through next-auth, agents in Login as
//     Customer sessions, both calling the storefront's server actions as the browser does), the
//     server SIGKILLed mid-run and restarted, then: no half order, stock = initial − ordered and never
//     negative, one log row per impersonated order and none for a missing order, no acknowledged order
//     lost. On SQLite (data/stress.db) and PostgreSQL (database lac_stress).
// (b) PostgreSQL: the server's backends terminated, then the database refusing connections for a few
//     seconds: requests fail fast (API 503 with a clear message, pages the error page) and succeed
//     again without restarting the server.
// Env: STRESS_DB=sqlite|postgresql (default both), STRESS_PORT (3510), STRESS_KILLS (3),
//      STRESS_PG_URL (postgresql://postgres@127.0.0.1:5432/lac_stress). Exit code 1 when a check fails.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { root } from "./env.mjs";
import { buildIfNeeded } from "./build.mjs";
import { dropDatabase, ensurePostgresDatabase, migrate, seed } from "./db.mjs";

const require = createRequire(import.meta.url);
const PORT = Number(process.env.STRESS_PORT ?? 3510);
const BASE = `http://127.0.0.1:${PORT}`;
const KILLS = Number(process.env.STRESS_KILLS ?? 3);
const AGENTS = 3;
const SHOPPERS = 5;
const PG_URL = process.env.STRESS_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/lac_stress";
const DATABASES = { sqlite: "file:./data/stress.db", postgresql: PG_URL };
const SERVICE_UNAVAILABLE = "The service is temporarily unavailable. Please try again.";
const ADDRESS = {
  addressId: "new",
  firstName: "Stress",
  lastName: "Test",
  street: "1 Main St",
  city: "Calder",
  postcode: "49628",
  countryId: "US",
  telephone: "555-0100",
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.log(`[stress ${new Date().toISOString().slice(11, 19)}]`, ...a);

// ---------- the server: production build, own port and database, its own process group (to SIGKILL it whole)
function serverEnv(url) {
  return {
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: "production",
    ADMIN_AUTH_SECRET: "stress-admin-secret-0123456789-0123456789",
    SHOP_AUTH_SECRET: "stress-shop-secret-0123456789-0123456789",
    NEXTAUTH_URL: BASE,
  };
}

async function ready(ms = 90_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(`${BASE}/shop`, { signal: AbortSignal.timeout(5000) });
      if (r.status < 500) return;
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  throw new Error(`server did not answer at ${BASE}`);
}

async function startServer(url) {
  const t0 = Date.now();
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], {
    cwd: root,
    env: serverEnv(url),
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr.on("data", (d) => {
    const line = String(d).trim();
    if (line) process.stderr.write(`  server: ${line.split("\n").slice(0, 3).join(" | ").slice(0, 300)}\n`);
  });
  await ready();
  return { child, startMs: Date.now() - t0 };
}

async function kill(server, signal) {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  try {
    process.kill(-server.child.pid, signal);
  } catch {
    /* gone */
  }
  await exited;
}

// ---------- an HTTP client that behaves like the browser: cookies, next-auth sign-in, server actions
function cookieJar(initial = {}) {
  const jar = new Map(Object.entries(initial));
  return {
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    has: (name) => jar.has(name),
    take(res) {
      for (const c of res.headers.getSetCookie?.() ?? []) {
        const [pair] = c.split(";");
        const i = pair.indexOf("=");
        const value = pair.slice(i + 1);
        if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) jar.delete(pair.slice(0, i));
        else jar.set(pair.slice(0, i), value);
      }
    },
  };
}

/** The ids of the storefront's server actions, from the build's manifest. */
function actionIds() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const ids = {};
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    const name = entry.exportedName;
    const file = entry.filename ?? "";
    if (name === "addToCartAction" && file.includes("checkout/cart/actions")) ids.addToCart = id;
    if (name === "placeOrderAction" && file.includes("checkout/actions")) ids.placeOrder = id;
  }
  if (!ids.addToCart || !ids.placeOrder) throw new Error("server action ids not found in .next/server/server-reference-manifest.json");
  return ids;
}

/** Calls a useActionState server action the way React does: args [prevState, formData] encoded as multipart. */
async function callAction(jar, page, id, fields) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, String(v));
  body.append("0", JSON.stringify([{}, "$K1"])); // last, as React writes it
  const res = await fetch(BASE + page, {
    method: "POST",
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: BASE, cookie: jar.header() },
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  jar.take(res);
  const text = await res.text();
  return { status: res.status, redirect: res.headers.get("x-action-redirect"), text };
}

async function signInShopper(email) {
  const jar = cookieJar();
  const csrf = await fetch(`${BASE}/api/shop-auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${BASE}/api/shop-auth/callback/shop-credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ email, password: "Shopper123!", csrfToken, json: "true", callbackUrl: "/shop" }),
    redirect: "manual",
  });
  jar.take(res);
  if (!jar.has("lac_shop_session")) throw new Error(`sign-in failed for ${email}`);
  return jar;
}

/** Headless Login as Customer: the agent's API token gives a shopper session for the customer. */
async function impersonate(token, customerId) {
  const res = await fetch(`${BASE}/api/admin/login-as-customer`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ customerId, mode: "token" }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`Login as Customer failed: ${res.status} ${body.error}`);
  return cookieJar({ [body.cookieName]: body.accessToken });
}

// ---------- (a) checkouts while the server is killed
async function checkoutLoop(name, jar, products, ids, state, stats) {
  let i = 0;
  while (state.running) {
    i += 1;
    const p = products[i % products.length];
    try {
      const added = await callAction(jar, `/shop/product/${p.urlKey}`, ids.addToCart, { productId: p.id, qty: 1 + (i % 2) });
      if (added.status >= 500) throw new Error(`add: ${added.status}`);
      stats.attempted += 1;
      const placed = await callAction(jar, "/shop/checkout", ids.placeOrder, ADDRESS);
      const inc = /order=(\d+)/.exec(placed.redirect ?? "")?.[1];
      if (inc) {
        stats.completed += 1;
        stats.acknowledged.push(inc);
      } else if (placed.status >= 500) stats.failed += 1;
      else {
        stats.refused += 1;
        if (stats.refusals.length < 5)
          stats.refusals.push(`${name}: ${placed.status} ${(/"error":"([^"]+)"/.exec(placed.text)?.[1] ?? placed.text).slice(0, 160)}`);
      }
    } catch {
      // the server is down (killed) or the request was cut: try again shortly
      stats.networkErrors += 1;
      await sleep(150);
    }
  }
}

async function killRun(kind, url, ids) {
  log(`${kind}: fresh database ${url}`);
  await ensurePostgresDatabase(url);
  await dropDatabase(url);
  migrate(url);
  seed(url, { SEED_CUSTOMERS: "80", SEED_TEST_AGENTS: String(AGENTS + 1) });
  const tsx = (args) =>
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/stress-db.mts", ...args], {
      cwd: root,
      env: { ...serverEnv(url), STRESS_AGENTS: String(AGENTS + 1), STRESS_SHOPPERS: String(SHOPPERS) },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    })
      .trim()
      .split("\n")
      .pop();
  const snap = JSON.parse(tsx(["setup"]));
  fs.mkdirSync(path.join(root, "data"), { recursive: true });
  const snapFile = path.join(root, `data/stress-${kind}-snapshot.json`);
  fs.writeFileSync(snapFile, JSON.stringify(snap));

  let server = await startServer(url);
  const jars = [];
  for (const email of snap.shopperEmails) jars.push([email, await signInShopper(email)]);
  for (let a = 0; a < AGENTS; a++) jars.push([`agent${a + 1}`, await impersonate(snap.tokens[a], snap.lacCustomerIds[a])]);

  const stats = { attempted: 0, completed: 0, refused: 0, failed: 0, networkErrors: 0, acknowledged: [], refusals: [] };
  const state = { running: true };
  const workers = jars.map(([name, jar]) => checkoutLoop(name, jar, snap.stressProducts, ids, state, stats));
  const restarts = [];
  await sleep(4000);
  for (let k = 0; k < KILLS; k++) {
    await sleep(2000 + Math.floor(Math.random() * 3000));
    const before = stats.completed;
    await kill(server, "SIGKILL");
    log(`${kind}: SIGKILL ${k + 1}/${KILLS} after ${before} orders`);
    server = await startServer(url);
    restarts.push(server.startMs);
  }
  await sleep(4000);
  state.running = false;
  await Promise.all(workers);
  const ackFile = path.join(root, `data/stress-${kind}-acknowledged.json`);
  fs.writeFileSync(ackFile, JSON.stringify(stats.acknowledged));
  return {
    server,
    snap,
    finish: async () => {
      await kill(server, "SIGTERM");
      const verdict = JSON.parse(tsx(["verify", snapFile, ackFile]));
      const { acknowledged: _a, ...figures } = stats;
      void _a;
      return { database: kind, kills: KILLS, restartMs: restarts, ...figures, ...verdict };
    },
  };
}

/** The visible text of a page in headless Chromium (null when no Chromium is installed). */
async function browserText(url, jar) {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) return null;
  const { chromium } = require("@playwright/test");
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  try {
    const context = await browser.newContext();
    const cookies = jar.header().split("; ").filter(Boolean);
    await context.addCookies(cookies.map((c) => ({ name: c.slice(0, c.indexOf("=")), value: c.slice(c.indexOf("=") + 1), url: BASE })));
    const page = await context.newPage();
    await page.goto(url, { timeout: 15_000 });
    await page
      .getByRole("alert")
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
    return (await page.locator("body").innerText()).replace(/\s+/g, " ").trim();
  } finally {
    await browser.close();
  }
}

// ---------- (b) PostgreSQL connections dropped, then refused, then back
async function pgFaults(url, snap) {
  const { Client } = require("pg");
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const pg = new Client({ connectionString: adminUrl.toString() });
  await pg.connect();
  const terminate = () =>
    pg.query("SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
  const allow = (yes) => pg.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS ${yes ? "true" : "false"}`);
  const shopper = await signInShopper(snap.shopperEmails[0]);
  const token = snap.tokens[AGENTS]; // an agent of its own: its API calls end no worker's session

  async function probe() {
    const t0 = Date.now();
    const one = async (fn) => {
      try {
        return await fn();
      } catch (e) {
        return { status: 0, error: String(e.cause?.code ?? e.name ?? e) };
      }
    };
    const [api, page] = await Promise.all([
      one(async () => {
        const r = await fetch(`${BASE}/api/admin/login-as-customer`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ customerId: snap.lacCustomerIds[AGENTS], mode: "url" }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = await r.json().catch(() => ({}));
        return { status: r.status, message: body.error ?? null };
      }),
      one(async () => {
        const r = await fetch(`${BASE}/shop/customer/account`, {
          headers: { cookie: shopper.header() },
          redirect: "manual",
          signal: AbortSignal.timeout(15_000),
        });
        const html = await r.text();
        // a render error is answered with Next's error shell; the browser then shows app/error.tsx (checked below)
        return { status: r.status, errorShell: html.includes('id="__next_error__"'), account: html.includes("My Account") };
      }),
    ]);
    return { api, page, ms: Date.now() - t0, ok: api.status === 200 && page.status === 200 };
  }
  async function untilOk(limitMs = 60_000) {
    const t0 = Date.now();
    const seen = [];
    while (Date.now() - t0 < limitMs) {
      const p = await probe();
      seen.push(p);
      if (p.ok) return { recoveryMs: Date.now() - t0, probes: seen.length, statuses: [...new Set(seen.map((s) => `${s.api.status}/${s.page.status}`))] };
      await sleep(100);
    }
    return { recoveryMs: null, probes: seen.length, statuses: [...new Set(seen.map((s) => `${s.api.status}/${s.page.status}`))] };
  }

  const out = { baseline: await probe() };
  // 1) every backend of the server terminated (as by a failover or an admin)
  out.terminated = { backends: (await terminate()).rows[0].n, ...(await untilOk()) };
  // 2) the database refuses connections for 5 s
  await allow(false);
  await terminate();
  const during = [];
  const t0 = Date.now();
  while (Date.now() - t0 < 5000) {
    during.push(await probe());
    await sleep(250);
  }
  out.refused = {
    probes: during.length,
    apiStatuses: [...new Set(during.map((p) => p.api.status))],
    apiMessages: [...new Set(during.map((p) => p.api.message))],
    pageStatuses: [...new Set(during.map((p) => p.page.status))],
    pageErrorShell: during.every((p) => p.page.status === 200 || p.page.errorShell),
    slowestMs: Math.max(...during.map((p) => p.ms)),
    browserShows: await browserText(`${BASE}/shop/customer/account`, shopper),
  };
  await allow(true);
  out.afterRefused = await untilOk();
  await pg.end();
  const problems = [];
  if (!out.baseline.ok) problems.push(`baseline not ok: ${JSON.stringify(out.baseline)}`);
  if (out.terminated.recoveryMs === null) problems.push("no recovery after backends were terminated");
  if (out.afterRefused.recoveryMs === null) problems.push("no recovery after connections were allowed again");
  if (out.refused.apiStatuses.some((s) => s !== 503))
    problems.push(`API answered ${out.refused.apiStatuses} while the database refused connections (want 503)`);
  if (!out.refused.apiMessages.every((m) => m === SERVICE_UNAVAILABLE)) problems.push(`API message: ${out.refused.apiMessages}`);
  if (!out.refused.pageErrorShell) problems.push(`pages answered ${out.refused.pageStatuses} without the error page`);
  if (out.refused.browserShows !== null && !out.refused.browserShows.includes(SERVICE_UNAVAILABLE))
    problems.push(`the browser showed: ${out.refused.browserShows.slice(0, 200)}`);
  if (out.refused.slowestMs > 10_000) problems.push(`a request took ${out.refused.slowestMs} ms while the database refused connections (hang)`);
  for (const s of [...out.terminated.statuses, ...out.afterRefused.statuses])
    if (/^(500|0)\//.test(s) || /\/0$/.test(s)) problems.push(`answered ${s} while recovering`);
  return { ...out, problems };
}

async function main() {
  const which = process.env.STRESS_DB ? [process.env.STRESS_DB] : ["sqlite", "postgresql"];
  buildIfNeeded();
  const ids = actionIds();
  const report = [];
  for (const kind of which) {
    const url = DATABASES[kind];
    if (!url) throw new Error(`STRESS_DB must be sqlite or postgresql, not ${kind}`);
    const run = await killRun(kind, url, ids);
    let faults = null;
    if (kind === "postgresql") {
      // the server that survived the kills keeps running: no restart for (b)
      faults = await pgFaults(url, run.snap);
    }
    const result = await run.finish();
    if (faults) result.connectionFaults = faults;
    report.push(result);
    log(
      `${kind}: ${result.completed}/${result.attempted} orders completed, ${result.kills} kills, lost ${result.lost}, problems ${result.problems.length + (faults?.problems.length ?? 0)}`,
    );
  }
  console.log(JSON.stringify(report, null, 2));
  const problems = report.flatMap((r) => [...r.problems, ...(r.connectionFaults?.problems ?? [])]);
  if (problems.length) {
    console.error(`\nstress: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log("\nstress: all checks passed");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
