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
  const grid = f.customerGrid;
  add(
    grid,
    "customer grid p50 ≤ 30 ms",
    () => grid.p50,
    () => grid.p50 <= 30,
  );
  add(
    grid,
    "customer grid ≤ 3× bare SQL",
    () => grid.ratio,
    () => grid.ratio <= 3,
  );
  add(
    f.actionsReport,
    "actions report p50 ≤ 50 ms",
    () => f.actionsReport.p50,
    () => f.actionsReport.p50 <= 50,
  );
  add(
    f.loginAsCustomer,
    "login as customer p50 ≤ 60 ms",
    () => f.loginAsCustomer.p50,
    () => f.loginAsCustomer.p50 <= 60,
  );
  add(
    f.storefront?.ratio && f.storefront,
    "middleware ≥ 0.9× without",
    () => f.storefront.ratio,
    () => f.storefront.ratio >= 0.9,
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
  console.log("\n target                                       value      met");
  for (const t of results.targets) console.log(` ${t.target.padEnd(44)} ${String(t.value).padStart(8)}   ${t.met ? "yes" : "NO"}`);
}
