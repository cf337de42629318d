// The storefront's throughput without middleware.ts, to compare with the run that has it (target:
// with it at least 0.9× without): a second build with the middleware set aside, served and measured.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root } from "../../scripts/env.mjs";
import { env } from "../lib/config.mjs";
import { startServer, stop } from "../lib/server.mjs";
import { rps } from "../lib/throughput.mjs";

export async function withoutMiddlewareRps(page) {
  const noMwDir = ".next-bench-nomw";
  const mw = path.join(root, "middleware.ts");
  const aside = path.join(root, "bench", "middleware.ts.aside");
  fs.renameSync(mw, aside);
  try {
    execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env: { ...env, NEXT_DIST_DIR: noMwDir }, stdio: "ignore" });
  } finally {
    fs.renameSync(aside, mw);
  }
  const bare = await startServer(noMwDir);
  try {
    return await rps(page);
  } finally {
    await stop(bare);
  }
}
