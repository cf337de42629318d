// The benchmark's verdict: each figure against its target, written to bench/results/latest.json and
// printed as JSON and as a table.
import fs from "node:fs";
import path from "node:path";
import { root } from "../../scripts/env.mjs";

/** The targets, each with the measured value and whether it is met: those whose figure this run measured. */
export function targets(f) {
  const rows = [];
  const add = (figure, target, value, met) =>
    figure && rows.push({ target, value: figure.error ? `error: ${figure.error}` : value(), met: !figure.error && met() });
  // the in-process query timings (SPEC 12): `--only queries` measures them alone
  const grid = f.customerGrid;
  const report = f.actionsReport;
  add(
    grid,
    "customer grid p50 ≤ 30 ms",
    () => grid.p50,
    () => grid.p50 <= 30,
  );
  add(
    grid,
    "customer grid p95 ≤ 60 ms",
    () => grid.p95,
    () => grid.p95 <= 60,
  );
  add(
    grid,
    "customer grid ≤ 2× bare SQL (p50)",
    () => grid.ratio,
    () => grid.ratio <= 2,
  );
  add(
    report,
    "actions report p50 ≤ 50 ms",
    () => report.p50,
    () => report.p50 <= 50,
  );
  add(
    report,
    "actions report p95 ≤ 100 ms",
    () => report.p95,
    () => report.p95 <= 100,
  );
  // SPEC 12: start + redeem + My Account p50 ≤ 40 ms (`--only login-as-customer`)
  const lac = f.loginAsCustomer;
  add(
    lac,
    "login as customer p50 ≤ 40 ms",
    () => `${lac.p50}${lac.firstSessionsP50 ? ` (first sessions of a fresh server: ${lac.firstSessionsP50})` : ""}`,
    () => lac.p50 <= 40,
  );
  // the storefront with and without middleware.ts: the median of 3 runs' ratios (`--only middleware`)
  add(
    f.middleware,
    "middleware ≥ 0.9× without (median of 3)",
    () => f.middleware.ratio,
    () => f.middleware.ratio >= 0.9,
  );
  // SPEC 12: a storefront page rendered per request, ≥ 200 requests/s on SQLite, ≥ 150 on PostgreSQL (`--only render`)
  const render = f.render;
  // judged on npm start's server (one worker per core); one process alone beside it
  const oneProcess = (rpsOf) => (render.oneProcess ? ` (one process: ${rpsOf(render.oneProcess)})` : "");
  add(
    render,
    `/shop rendered ≥ ${render?.bar} req/s (${render?.database}, ${render?.workers} workers)`,
    () => `${render.shopRps}${oneProcess((r) => r.shopRps)}`,
    () => render.shopRps >= render.bar,
  );
  add(
    render,
    `product page rendered ≥ ${render?.bar} req/s`,
    () => `${render.productRps}${oneProcess((r) => r.productRps)}`,
    () => render.productRps >= render.bar,
  );
  const redemptions = f.concurrentRedemptions;
  add(
    redemptions,
    "50 concurrent redemptions: one session",
    () => redemptions.trials.join("/"),
    () => redemptions.trials.every((n) => n === 1),
  );
  add(
    f.catalogCache,
    "cached catalog page ≥ 5× rendered",
    () => f.catalogCache.ratio,
    () => f.catalogCache.ratio >= 5,
  );
  const shoppers = f.concurrentShoppers;
  add(
    shoppers,
    `${shoppers?.shoppers} shoppers: all logged and sealed, chain verifies, no 5xx/lost order`,
    () =>
      `${shoppers.actionLogRows}/${shoppers.actionsPerformed} logged, ${shoppers.unsealedAfter30s} unsealed, verify ${shoppers.logVerify?.ok ? "ok" : "FAILED"}, ` +
      `${shoppers.ordersInDb}/${shoppers.shoppers} orders, ${shoppers.http5xx} 5xx, action p95 ${shoppers.actionMs?.p95} ms`,
    () => shoppers.ok,
  );
  // the live notice's lookup (SPEC 10.3)
  add(
    f.assistanceNotice,
    "notice lookup: signed-in page ≥ 0.9× without",
    () => f.assistanceNotice.ratio,
    () => f.assistanceNotice.ratio >= 0.9,
  );
  // several instances (SPEC 11): measured on its own with `--only cluster-shoppers` (PostgreSQL)
  const c = f.clusterShoppers;
  add(
    c,
    `${c?.shoppers} shoppers, ${c?.instances} instances: no 5xx, chain ok`,
    () =>
      `${c.actionLogRows}/${c.actionsPerformed} logged, ${c.http5xx} 5xx, ${Object.values(c.requestsByInstance).join("/")} req, chain ${c.chain.ok ? "ok" : "NOT ok"}`,
    () => c.ok,
  );
  return rows;
}

export function writeReport(results, file = "latest.json") {
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench/results", file), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
  console.log(`\n ${`${results.database}: target`.padEnd(44)} ${"value".padStart(8)}   met`);
  for (const t of results.targets) console.log(` ${t.target.padEnd(44)} ${String(t.value).padStart(8)}   ${t.met ? "yes" : "NO"}`);
}
