// The benchmark's verdict: each figure against its target, written to bench/results/latest.json and
// printed as JSON and as a table.
import fs from "node:fs";
import path from "node:path";
import { root } from "../../scripts/env.mjs";

/** The targets, each with the measured value and whether it is met. */
export function targets(f) {
  // the live notice's lookup (SPEC 10.3): measured on its own with `--only assistance-notice`
  const notice = f.assistanceNotice ? [["notice lookup: signed-in page ≥ 0.9× without", f.assistanceNotice.ratio, f.assistanceNotice.ratio >= 0.9]] : [];
  // several instances (SPEC 11): measured on its own with `--only cluster-shoppers` (PostgreSQL)
  const c = f.clusterShoppers;
  const cluster = c
    ? [
        [
          `${c.shoppers} shoppers, ${c.instances} instances: no 5xx, chain ok`,
          `${c.actionLogRows}/${c.actionsPerformed} logged, ${c.http5xx} 5xx, ${Object.values(c.requestsByInstance).join("/")} req, chain ${c.chain.ok ? "ok" : "NOT ok"}`,
          c.ok,
        ],
      ]
    : [];
  if (!f.customerGrid) return [...notice, ...cluster].map(([target, value, met]) => ({ target, value, met }));
  return [
    ["customer grid p50 ≤ 30 ms", f.customerGrid.p50, f.customerGrid.p50 <= 30],
    ["customer grid ≤ 3× bare SQL", f.customerGrid.ratio, f.customerGrid.ratio <= 3],
    ["actions report p50 ≤ 50 ms", f.actionsReport.p50, f.actionsReport.p50 <= 50],
    ["login as customer p50 ≤ 60 ms", f.loginAsCustomer.p50, f.loginAsCustomer.p50 <= 60],
    ["middleware ≥ 0.9× without", f.storefront.ratio, f.storefront.ratio >= 0.9],
    ["50 concurrent redemptions: one session", f.concurrentRedemptions.trials.join("/"), f.concurrentRedemptions.trials.every((n) => n === 1)],
    ["cached catalog page ≥ 5× rendered", f.catalogCache.ratio ?? `error: ${f.catalogCache.error}`, f.catalogCache.ratio >= 5],
    [
      `${f.concurrentShoppers.shoppers} shoppers: all logged, no 5xx/lost order`,
      f.concurrentShoppers.error
        ? `error: ${f.concurrentShoppers.error}`
        : `${f.concurrentShoppers.actionLogRows}/${f.concurrentShoppers.actionsPerformed} logged, ${f.concurrentShoppers.ordersInDb}/${f.concurrentShoppers.shoppers} orders, ${f.concurrentShoppers.http5xx} 5xx`,
      f.concurrentShoppers.ok,
    ],
    ...notice,
    ...cluster,
  ].map(([target, value, met]) => ({ target, value, met }));
}

export function writeReport(results, file = "latest.json") {
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench/results", file), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
  console.log("\n target                                       value      met");
  for (const t of results.targets) console.log(` ${t.target.padEnd(44)} ${String(t.value).padStart(8)}   ${t.met ? "yes" : "NO"}`);
}
