// The 200-shopper scenario (concurrent-shoppers.mjs) through nginx over two instances of one build
// on the PostgreSQL benchmark database (SPEC 11 under load): no 5xx, every action recorded, both
// instances answering, and the hash chain verifying afterwards with both instances having sealed.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "../../scripts/env.mjs";
import { findNginx, writeNginxConfig } from "../../cluster/nginx.mjs";
import { BASE, PORT, env } from "../lib/config.mjs";
import { serverActionIds } from "../lib/http.mjs";
import { stop, waitFor } from "../lib/server.mjs";
import { concurrentShoppers } from "./concurrent-shoppers.mjs";

const INSTANCES = ["a", "b"];

/** npm run log:verify on the benchmark database, retried while the instances' sealers catch up. */
async function verifyChain() {
  for (let attempt = 0; ; attempt++) {
    let out = "";
    let code = 0;
    try {
      out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/log-verify.mts"], { cwd: root, env, encoding: "utf8" });
    } catch (e) {
      out = String(e.stdout ?? "");
      code = e.status ?? 1;
    }
    const unsealed = Number(/\((\d+) entries not sealed yet/.exec(out)?.[1] ?? 0);
    if ((code === 0 && unsealed === 0) || attempt >= 10) return { ok: code === 0 && unsealed === 0, line: out.trim().split("\n")[0], unsealed };
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** n shoppers through nginx on PORT, the instances on PORT+1 and PORT+2 (distDir: the build both run). */
export async function clusterShoppers(n, distDir = ".next") {
  if (!/^postgres/.test(env.DATABASE_URL)) {
    throw new Error(
      "cluster-shoppers runs on PostgreSQL only: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/lac_bench npm run bench -- --only cluster-shoppers",
    );
  }
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx is not installed: apt-get install -y nginx (or set NGINX to its path)");
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "lac-bench-cluster-"));
  const ports = INSTANCES.map((_, i) => PORT + 1 + i);
  const children = INSTANCES.map((id, i) =>
    spawn(process.execPath, [path.join(root, "scripts/server.mjs"), "-p", String(ports[i])], {
      cwd: root,
      env: { ...env, NEXT_DIST_DIR: distDir, INSTANCE_ID: id, HOSTNAME: "127.0.0.1", TRUSTED_PROXY_HOPS: "1", APP_URL: BASE },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  try {
    await Promise.all(ports.map((p) => waitFor(`http://127.0.0.1:${p}/shop`)));
    children.push(spawn(nginx, ["-c", writeNginxConfig(prefix, PORT, ports), "-p", prefix], { stdio: ["ignore", "ignore", "inherit"] }));
    await waitFor(`${BASE}/shop`);
    const shoppers = await concurrentShoppers(n, serverActionIds(distDir));
    // which instance nginx sent each request of the run to ($upstream_addr in the access log)
    const log = fs.readFileSync(path.join(prefix, "access.log"), "utf8");
    const requestsByInstance = Object.fromEntries(INSTANCES.map((id, i) => [id, log.split("\n").filter((l) => l.endsWith(` 127.0.0.1:${ports[i]}`)).length]));
    const chain = await verifyChain();
    const spread = Object.values(requestsByInstance).every((count) => count > 0);
    return {
      ...shoppers,
      instances: INSTANCES.length,
      requestsByInstance,
      chain,
      ok: shoppers.ok && spread && chain.ok,
      note: `${shoppers.note}; through nginx (round robin) over ${INSTANCES.length} instances of one build on one PostgreSQL, each sealing and sending email; then npm run log:verify`,
    };
  } finally {
    // one that already exited (nginx refusing its config, say) has nothing to stop
    for (const child of children.reverse()) if (child.exitCode === null && child.signalCode === null) await stop(child);
    fs.rmSync(prefix, { recursive: true, force: true });
  }
}
