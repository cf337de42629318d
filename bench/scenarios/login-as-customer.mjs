// Login as Customer over HTTP: how long start + redeem + My Account take (target p50 ≤ 40 ms), and
// 50 redemptions of one secret at once (target: exactly one session).
import { performance } from "node:perf_hooks";
import { BASE, REPEATS } from "../lib/config.mjs";
import { redeemOverHttp, startSession } from "../lib/http.mjs";
import { median, pct } from "../lib/stats.mjs";

/**
 * Sessions run before the timed ones: a freshly started server runs its first requests on code V8
 * has not optimised yet (the same warm-up to a steady pace as the throughput figures,
 * bench/lib/throughput.mjs). The first 55 after 5, as measured before 2026-12-07, are reported
 * beside the figure (`firstSessionsP50`).
 */
export const LAC_WARMUP_SESSIONS = Number(process.env.BENCH_LAC_WARMUP ?? 200);
export const LAC_TIMED_SESSIONS = 60;

/** One admin token and its customers, from bench/lac-secrets.mts: each customer is one session, the last LAC_TIMED_SESSIONS timed. */
export async function loginAsCustomerTimings(lac) {
  const totals = [];
  const first = [];
  const steps = { start: [], redeem: [], myAccount: [] };
  const warmUp = Math.max(5, lac.customerIds.length - LAC_TIMED_SESSIONS);
  for (const [i, customerId] of lac.customerIds.entries()) {
    const s = await startSession(lac.token, customerId);
    const r = await redeemOverHttp(s.secret);
    if (!r.ok) throw new Error("redeem failed during the benchmark");
    const t0 = performance.now();
    const page = await fetch(`${BASE}/shop/customer/account?lac=1`, { headers: { cookie: r.jar.header() } });
    const html = await page.text();
    const accountMs = performance.now() - t0;
    if (!html.includes("You are connected as")) throw new Error("My Account did not show the banner");
    if (i >= 5 && i < LAC_TIMED_SESSIONS) first.push(s.ms + r.ms + accountMs);
    if (i < warmUp) continue;
    totals.push(s.ms + r.ms + accountMs);
    steps.start.push(s.ms);
    steps.redeem.push(r.ms);
    steps.myAccount.push(accountMs);
  }
  return {
    p50: +pct(totals, 50).toFixed(1),
    p95: +pct(totals, 95).toFixed(1),
    runs: totals.length,
    warmUpSessions: warmUp,
    firstSessionsP50: +pct(first, 50).toFixed(1),
    // where the time goes: each step's median
    stepsP50: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, +pct(v, 50).toFixed(1)])),
    floorsP50: await frameworkFloors(),
    note: "HTTP start (headless API) + redeem + My Account, loopback",
  };
}

/**
 * What each step's kind of request costs before any of its own work, in the same run: a start
 * refused at once (no token: the route handler and the configuration read), next-auth answering
 * its CSRF token (the shopper realm's handler with the middleware) and a guest sent from My
 * Account to the sign-in page (the storefront's layout and the page up to its first check).
 */
async function frameworkFloors(runs = 60) {
  const kinds = {
    startRefused: () => fetch(`${BASE}/api/admin/login-as-customer`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
    authCsrf: () => fetch(`${BASE}/api/shop-auth/csrf`),
    pageRedirect: () => fetch(`${BASE}/shop/customer/account`, { redirect: "manual" }),
  };
  const floors = {};
  for (const [name, send] of Object.entries(kinds)) {
    const times = [];
    for (let i = 0; i < runs + 10; i++) {
      const t0 = performance.now();
      await (await send()).text();
      if (i >= 10) times.push(performance.now() - t0);
    }
    floors[name] = +pct(times, 50).toFixed(1);
  }
  return floors;
}

/** 50 concurrent redemptions of one secret: exactly one session (each repeat a new secret). */
export async function concurrentRedemptions(lac) {
  const trials = [];
  for (let i = 0; i < REPEATS; i++) {
    const one = await startSession(lac.token, lac.customerIds[i]);
    const raced = await Promise.all(Array.from({ length: 50 }, () => redeemOverHttp(one.secret)));
    trials.push(raced.filter((r) => r.ok).length);
  }
  return { attempts: 50, succeeded: median(trials), trials };
}
