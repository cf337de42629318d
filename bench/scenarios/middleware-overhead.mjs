// The storefront's throughput with middleware.ts and without it (target: with it at least 0.9×
// without, SPEC 12: the median of 3 runs). The page without middleware comes from a second build
// with the middleware set aside. A run measures both servers, one after the other, and gives one
// ratio; the runs alternate, so a change in the machine's load (other work on its 2 cores) weighs
// on both sides of a ratio rather than on one side of all of them.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root } from "../../scripts/env.mjs";
import { env } from "../lib/config.mjs";
import { startServer, stop } from "../lib/server.mjs";
import { median } from "../lib/stats.mjs";
import { rps } from "../lib/throughput.mjs";

const NO_MIDDLEWARE_DIR = ".next-bench-nomw";

/** Builds the app without middleware.ts into its own folder (the checkout's file is put back at once). */
function buildWithoutMiddleware() {
  const mw = path.join(root, "middleware.ts");
  const aside = path.join(root, "bench", "middleware.ts.aside");
  fs.renameSync(mw, aside);
  try {
    execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env: { ...env, NEXT_DIST_DIR: NO_MIDDLEWARE_DIR }, stdio: "ignore" });
  } finally {
    fs.renameSync(aside, mw);
  }
}

async function served(distDir, page) {
  const server = await startServer(distDir);
  try {
    return await rps(page);
  } finally {
    await stop(server);
  }
}

/** Requests/s of `page` with and without middleware, `runs` times; the ratio is the median of the runs' ratios. */
export async function middlewareOverhead(page, runs = 3) {
  buildWithoutMiddleware();
  const measured = [];
  for (let i = 0; i < runs; i++) {
    const withMiddlewareRps = await served(".next", page);
    const withoutMiddlewareRps = await served(NO_MIDDLEWARE_DIR, page);
    measured.push({ withMiddlewareRps, withoutMiddlewareRps, ratio: +(withMiddlewareRps / withoutMiddlewareRps).toFixed(3) });
  }
  return { page, runs: measured, ratio: +median(measured.map((r) => r.ratio)).toFixed(2) };
}
