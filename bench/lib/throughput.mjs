// Requests per second of one page: autocannon, 10 connections; a warm-up until the server runs at
// its steady pace, then REPEATS runs of 5 s; the median. Any non-2xx answer or error fails the
// measurement.
//
// The warm-up: a freshly started server serves its first seconds slowly (V8 has not yet optimised
// Next.js's, React's and our code: measured, one process on /shop, 103 → 136 → 148 req/s over three
// 5 s windows; two worker processes 118 → 171 → 207 → 227 → 246 → 262, each worker getting half the
// traffic to learn from). A server in production runs for hours, so the figure is its steady pace:
// 5 s windows until one is within WARMUP_SETTLED of the one before (at most WARMUP_MAX_WINDOWS).
import { createRequire } from "node:module";
import { BASE, REPEATS } from "./config.mjs";
import { median } from "./stats.mjs";

const require = createRequire(import.meta.url);
const autocannon = require("autocannon");

const WINDOW_S = 5;
const WARMUP_SETTLED = 0.05;
const WARMUP_MAX_WINDOWS = Number(process.env.BENCH_WARMUP_WINDOWS ?? 10);

async function run(url, headers, duration) {
  const r = await autocannon({ url, connections: 10, duration, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r.requests.average;
}

/** Loads `url` until the pace settles; returns the warm-up windows' requests/s. */
async function warmUp(url, headers) {
  const windows = [await run(url, headers, WINDOW_S)];
  while (windows.length < WARMUP_MAX_WINDOWS) {
    const pace = await run(url, headers, WINDOW_S);
    const previous = windows[windows.length - 1];
    windows.push(pace);
    if (Math.abs(pace - previous) <= WARMUP_SETTLED * previous) break;
  }
  return windows;
}

/** The steady requests/s of one page (median of REPEATS runs after the warm-up). */
export async function rps(pathname, headers = {}, origin = BASE) {
  return (await rpsWithWarmUp(pathname, headers, origin)).rps;
}

/** rps, with the warm-up windows' figures (how the pace rose before it was measured). */
export async function rpsWithWarmUp(pathname, headers = {}, origin = BASE) {
  const url = origin + pathname;
  const warmUpRps = await warmUp(url, headers);
  const runs = [];
  for (let i = 0; i < REPEATS; i++) runs.push(await run(url, headers, WINDOW_S));
  return { rps: +median(runs).toFixed(1), warmUpRps: warmUpRps.map((r) => +r.toFixed(1)) };
}
