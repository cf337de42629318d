// Login as Customer over HTTP: how long start + redeem + My Account take (target p50 ≤ 60 ms), and
// 50 redemptions of one secret at once (target: exactly one session).
import { performance } from "node:perf_hooks";
import { BASE, REPEATS } from "../lib/config.mjs";
import { redeemOverHttp, startSession } from "../lib/http.mjs";
import { median, pct } from "../lib/stats.mjs";

/** One admin token and its customers, from bench/lac-secrets.mts: each customer is one timed session. */
export async function loginAsCustomerTimings(lac) {
  const totals = [];
  const steps = { start: [], redeem: [], myAccount: [] };
  for (const [i, customerId] of lac.customerIds.entries()) {
    const s = await startSession(lac.token, customerId);
    const r = await redeemOverHttp(s.secret);
    if (!r.ok) throw new Error("redeem failed during the benchmark");
    const t0 = performance.now();
    const page = await fetch(`${BASE}/shop/customer/account?lac=1`, { headers: { cookie: r.jar.header() } });
    const html = await page.text();
    const accountMs = performance.now() - t0;
    if (!html.includes("You are connected as")) throw new Error("My Account did not show the banner");
    // the first 5 are warm-up
    if (i < 5) continue;
    totals.push(s.ms + r.ms + accountMs);
    steps.start.push(s.ms);
    steps.redeem.push(r.ms);
    steps.myAccount.push(accountMs);
  }
  return {
    p50: +pct(totals, 50).toFixed(1),
    p95: +pct(totals, 95).toFixed(1),
    runs: totals.length,
    // where the time goes: each step's median
    stepsP50: Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, +pct(v, 50).toFixed(1)])),
    note: "HTTP start (headless API) + redeem + My Account, loopback",
  };
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
