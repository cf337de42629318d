// Requests per second of one page: autocannon, 10 connections, a 2 s warm-up then REPEATS runs of
// 5 s; the median. Any non-2xx answer or error fails the measurement.
import { createRequire } from "node:module";
import { BASE, REPEATS } from "./config.mjs";
import { median } from "./stats.mjs";

const require = createRequire(import.meta.url);
const autocannon = require("autocannon");

export async function rps(pathname, headers = {}, origin = BASE) {
  await autocannon({ url: origin + pathname, connections: 10, duration: 2, headers }); // warm-up
  const runs = [];
  for (let i = 0; i < REPEATS; i++) {
    const r = await autocannon({ url: origin + pathname, connections: 10, duration: 5, headers });
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${pathname}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    runs.push(r.requests.average);
  }
  return +median(runs).toFixed(1);
}
