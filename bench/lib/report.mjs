// The benchmark's verdict: each figure against its target, written to bench/results/latest.json and
// printed as JSON and as a table.
import fs from "node:fs";
import path from "node:path";
import { root } from "../../scripts/env.mjs";

/** The targets, each with the measured value and whether it is met. */
export function targets(f) {
  // the live notice's lookup (SPEC 10.3): measured on its own with `--only assistance-notice`
  const notice = f.assistanceNotice ? [["notice lookup: signed-in page ≥ 0.9× without", f.assistanceNotice.ratio, f.assistanceNotice.ratio >= 0.9]] : [];
  // SPEC 12: a storefront page rendered per request, ≥ 200 requests/s on SQLite, ≥ 150 on PostgreSQL (`--only render`)
  const render = f.render
    ? [
        [`/shop rendered ≥ ${f.render.bar} req/s (${f.render.database})`, f.render.shopRps, f.render.shopRps >= f.render.bar],
        [`product page rendered ≥ ${f.render.bar} req/s`, f.render.productRps, f.render.productRps >= f.render.bar],
      ]
    : [];
  // SPEC 12: start + redeem + My Account p50 ≤ 40 ms (`--only login-as-customer`)
  const lac = f.loginAsCustomer ? [["login as customer p50 ≤ 40 ms", f.loginAsCustomer.p50, f.loginAsCustomer.p50 <= 40]] : [];
  if (!f.customerGrid) return [...lac, ...render, ...notice].map(([target, value, met]) => ({ target, value, met }));
  return [
    ["customer grid p50 ≤ 30 ms", f.customerGrid.p50, f.customerGrid.p50 <= 30],
    ["customer grid ≤ 3× bare SQL", f.customerGrid.ratio, f.customerGrid.ratio <= 3],
    ["actions report p50 ≤ 50 ms", f.actionsReport.p50, f.actionsReport.p50 <= 50],
    ...lac,
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
    ...render,
    ...notice,
  ].map(([target, value, met]) => ({ target, value, met }));
}

export function writeReport(results, file = "latest.json") {
  fs.mkdirSync(path.join(root, "bench/results"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench/results", file), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
  console.log("\n target                                       value      met");
  for (const t of results.targets) console.log(` ${t.target.padEnd(44)} ${String(t.value).padStart(8)}   ${t.met ? "yes" : "NO"}`);
}
