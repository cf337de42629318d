// Many shoppers at once, each in a Login as Customer session, adding to the cart and placing an order
// (target: every action logged and sealed, the chain verifying, no 5xx, no lost order). Counts come
// from the database afterwards; then `npm run log:verify` checks the whole chain, timed.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { callAction, pool, redeemOverHttp, startSession } from "../lib/http.mjs";
import { env } from "../lib/config.mjs";
import { runTsx } from "../lib/server.mjs";
import { root } from "../../scripts/env.mjs";
import { pct } from "../lib/stats.mjs";

const ADDRESS = {
  addressId: "new",
  firstName: "Bench",
  lastName: "Shopper",
  telephone: "+1 555 0100",
  street: "1 Bench Street",
  city: "Austin",
  region: "Texas",
  postcode: "78701",
  countryId: "US",
};

/** n shoppers; actionIds from serverActionIds (the build's Add to Cart and Place Order). */
export async function concurrentShoppers(n, actionIds) {
  const prep = await runTsx("bench/lac-shoppers.mts", ["prepare", String(n)]);
  if (prep.customerIds.length < n) throw new Error(`only ${prep.customerIds.length} consenting customers for ${n} shoppers`);
  const since = new Date(Date.now() - 2000).toISOString();
  const statuses = [];
  let networkErrors = 0;
  const jars = new Array(n);
  const tSetup = performance.now();
  await pool(n, 20, async (i) => {
    const s = await startSession(prep.tokens[i], prep.customerIds[i]);
    statuses.push(s.status);
    const r = await redeemOverHttp(s.secret);
    statuses.push(r.status);
    if (!r.ok) throw new Error(`redeem ${i} failed: HTTP ${r.status}`);
    jars[i] = r.jar;
  });
  const setupMs = performance.now() - tSetup;
  const t0 = performance.now();
  const latencies = [];
  const outcomes = await Promise.all(
    jars.map(async (jar) => {
      const cookie = jar.header();
      const out = { added: false, ordered: false, performed: 0 };
      const timed = async (page, id, fields) => {
        const t = performance.now();
        const res = await callAction(page, id, fields, cookie);
        latencies.push(performance.now() - t);
        return res;
      };
      try {
        const add = await timed(`/shop/product/${prep.urlKey}`, actionIds.addToCart, { productId: prep.productId, qty: "1" });
        statuses.push(add.status);
        out.performed++;
        out.added = add.status === 200 && add.text.includes('"success"');
        const order = await timed("/shop/checkout", actionIds.placeOrder, ADDRESS);
        statuses.push(order.status);
        out.performed++;
        out.ordered = order.redirect.includes("/shop/checkout/success?order=");
      } catch (e) {
        networkErrors++;
        console.error(`bench: shopper request failed: ${e.cause?.code ?? e.message}`);
      }
      return out;
    }),
  );
  const actionsMs = performance.now() - t0;
  // every entry sealed by the server's background sealer: wait for it (it runs every LOG_SEAL_MS)
  let counted = await runTsx("bench/lac-shoppers.mts", ["count", since]);
  const tSeal = performance.now();
  while (counted.unsealed > 0 && performance.now() - tSeal < 30_000) {
    await new Promise((r) => setTimeout(r, 500));
    counted = await runTsx("bench/lac-shoppers.mts", ["count", since]);
  }
  const verify = verifyLog();
  const rows = (action) => counted.logs.filter((l) => l.action === action).reduce((a, l) => a + l.rows, 0);
  const performed = outcomes.reduce((a, o) => a + o.performed, 0);
  const placed = outcomes.filter((o) => o.ordered).length;
  const recorded = rows("add_to_cart") + rows("place_order");
  const fivexx = statuses.filter((st) => st >= 500).length;
  return {
    shoppers: n,
    admins: prep.tokens.length,
    sessions: counted.sessions,
    actionsPerformed: performed,
    addedToCart: outcomes.filter((o) => o.added).length,
    ordersPlaced: placed,
    actionLogRows: recorded,
    actionLogByResult: counted.logs,
    ordersInDb: counted.orders,
    http5xx: fivexx,
    networkErrors,
    actionMs: { p50: Math.round(pct(latencies, 50)), p95: Math.round(pct(latencies, 95)), max: Math.round(Math.max(...latencies)) },
    unsealedAfter30s: counted.unsealed,
    logVerify: verify,
    setupSeconds: +(setupMs / 1000).toFixed(1),
    actionsSeconds: +(actionsMs / 1000).toFixed(1),
    ok:
      recorded === performed &&
      performed === 2 * n &&
      counted.unsealed === 0 &&
      verify.ok &&
      fivexx === 0 &&
      networkErrors === 0 &&
      counted.orders === placed &&
      placed === n,
    note: "each shopper: add to cart (product page) then place order (checkout), server actions over HTTP, all shoppers at once; counts from the database (group Login As Customer, these sessions); sealed by the server's sealer, then log:verify over the whole log",
  };
}

/** `npm run log:verify` over the whole benchmark log (the generated rows and this run's), timed. */
function verifyLog() {
  const t = performance.now();
  let out;
  let ok = true;
  try {
    out = execFileSync(process.execPath, ["--import", "tsx", "scripts/log-verify.mts"], {
      cwd: root,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
  } catch (e) {
    out = String(e.stdout ?? e.message);
    ok = false;
  }
  return { ok, output: out.trim().split("\n")[0], seconds: +((performance.now() - t) / 1000).toFixed(1) };
}
