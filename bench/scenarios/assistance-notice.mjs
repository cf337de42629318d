// What the live notice's lookup (SPEC 10.3: one indexed lookup per page for signed-in customers)
// costs a signed-in customer's storefront page. An A/B on one build: two production servers of
// the same .next side by side, identical but for BENCH_NOTICE_LOOKUP=off on the second (read only
// by getLiveAssistance, lib/auth/shop-session.ts, which then skips the query). The customer has no
// open session, so both render the same HTML and the difference is the lookup alone. The runs
// alternate A, B, A, B… in short rounds, so drift (a warming cache, another process) falls on
// both alike, and the figure is the median of each round's A/B ratio.
// Beside it, the lookup itself timed in-process (bench/notice-lookup.mts), the same function
// against the same database.
import { createRequire } from "node:module";
import { PORT, REPEATS } from "../lib/config.mjs";
import { signInShopper } from "../lib/http.mjs";
import { runTsx, startServer, stop } from "../lib/server.mjs";
import { median } from "../lib/stats.mjs";

const require = createRequire(import.meta.url);
const autocannon = require("autocannon");

const SHOPPER = { email: "roni_cost@example.com", password: "Shopper123!" };
const PAGES = ["/shop", "/shop/product/joust-duffle-bag"];
const ROUNDS = Math.max(9, REPEATS * 3);

async function load(origin, page, cookie, duration) {
  const r = await autocannon({ url: origin + page, connections: 10, duration, headers: { cookie } });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${origin}${page}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50 };
}

export async function assistanceNotice(distDir = ".next") {
  const onPort = PORT;
  const offPort = PORT + 1;
  const on = `http://127.0.0.1:${onPort}`;
  const off = `http://127.0.0.1:${offPort}`;
  const withLookup = await startServer(distDir, { port: onPort });
  const withoutLookup = await startServer(distDir, { port: offPort, extraEnv: { BENCH_NOTICE_LOOKUP: "off" } });
  try {
    // one sign-in: the shopper's JWT is good on both servers (same secret, same database)
    const cookie = await signInShopper(SHOPPER.email, SHOPPER.password, on);
    const pages = {};
    const allPairs = [];
    for (const page of PAGES) {
      for (const origin of [on, off]) {
        const res = await fetch(origin + page, { headers: { cookie } });
        const html = await res.text();
        // (the header's Sign Out button is there only for a signed-in shopper)
        if (res.status !== 200 || !html.includes(">Sign Out</button>")) throw new Error(`${origin}${page}: not the signed-in page (HTTP ${res.status})`);
        await load(origin, page, cookie, 2); // warm-up
      }
      // short alternating rounds, each a pair: on a shared machine the load moves in seconds,
      // and a pair's ratio compares two runs made under the same load
      const a = [];
      const b = [];
      for (let i = 0; i < ROUNDS; i++) {
        // which goes first alternates too (A B, B A, …)
        if (i % 2 === 0) {
          a.push(await load(on, page, cookie, 2));
          b.push(await load(off, page, cookie, 2));
        } else {
          b.push(await load(off, page, cookie, 2));
          a.push(await load(on, page, cookie, 2));
        }
      }
      const withRps = +median(a.map((r) => r.rps)).toFixed(1);
      const withoutRps = +median(b.map((r) => r.rps)).toFixed(1);
      const paired = a.map((r, j) => r.rps / b[j].rps);
      allPairs.push(...paired);
      pages[page] = {
        withLookupRps: withRps,
        withoutLookupRps: withoutRps,
        ratio: +median(paired).toFixed(3),
        withLookupP50Ms: median(a.map((r) => r.p50)),
        withoutLookupP50Ms: median(b.map((r) => r.p50)),
        rounds: ROUNDS,
      };
    }
    const lookup = await runTsx("bench/notice-lookup.mts", [SHOPPER.email]);
    return {
      pages,
      // the page's throughput with the lookup against without it (1.0: it costs nothing measurable)
      ratio: +median(allPairs).toFixed(3),
      lookup,
      note: "signed-in customer (no open session: the same HTML either way), two servers of one build, lookup on vs BENCH_NOTICE_LOOKUP=off, alternating autocannon runs (10 connections, 2 s each, ROUNDS pairs; ratio: median of the pairs' ratios, both pages); lookup: liveAssistance() timed in-process on the same database",
    };
  } finally {
    await stop(withLookup);
    await stop(withoutLookup);
  }
}
