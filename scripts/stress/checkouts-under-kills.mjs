// Part (a): shoppers and agents place orders in a loop while the server is SIGKILLed and restarted;
// afterwards scripts/stress-db.mts checks what the database holds against what was acknowledged.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root } from "../env.mjs";
import { dropDatabase, ensurePostgresDatabase, migrate, seed } from "../db.mjs";
import { ADDRESS, AGENTS, KILLS, SHOPPERS, log, sleep } from "./config.mjs";
import { callAction, impersonate, signInShopper } from "./http-client.mjs";
import { kill, serverEnv, startServer } from "./server.mjs";

async function checkoutLoop(name, jar, products, ids, state, stats) {
  let i = 0;
  while (state.running) {
    i += 1;
    const p = products[i % products.length];
    try {
      const added = await callAction(jar, `/shop/product/${p.urlKey}`, ids.addToCart, { productId: p.id, qty: 1 + (i % 2) });
      if (added.status >= 500) throw new Error(`add: ${added.status}`);
      stats.attempted += 1;
      const placed = await callAction(jar, "/shop/checkout", ids.placeOrder, ADDRESS);
      const inc = /order=(\d+)/.exec(placed.redirect ?? "")?.[1];
      if (inc) {
        stats.completed += 1;
        stats.acknowledged.push(inc);
      } else if (placed.status >= 500) stats.failed += 1;
      else {
        stats.refused += 1;
        if (stats.refusals.length < 5)
          stats.refusals.push(`${name}: ${placed.status} ${(/"error":"([^"]+)"/.exec(placed.text)?.[1] ?? placed.text).slice(0, 160)}`);
      }
    } catch {
      // the server is down (killed) or the request was cut: try again shortly
      stats.networkErrors += 1;
      await sleep(150);
    }
  }
}

/** Runs the checkouts and the kills on a fresh database; finish() stops the server and returns the verdict. */
export async function killRun(kind, url, ids) {
  log(`${kind}: fresh database ${url}`);
  await ensurePostgresDatabase(url);
  await dropDatabase(url);
  migrate(url);
  seed(url, { SEED_CUSTOMERS: "80", SEED_TEST_AGENTS: String(AGENTS + 1) });
  const tsx = (args) =>
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/stress-db.mts", ...args], {
      cwd: root,
      env: { ...serverEnv(url), STRESS_AGENTS: String(AGENTS + 1), STRESS_SHOPPERS: String(SHOPPERS) },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    })
      .trim()
      .split("\n")
      .pop();
  const snap = JSON.parse(tsx(["setup"]));
  fs.mkdirSync(path.join(root, "data"), { recursive: true });
  const snapFile = path.join(root, `data/stress-${kind}-snapshot.json`);
  fs.writeFileSync(snapFile, JSON.stringify(snap));

  let server = await startServer(url);
  const jars = [];
  for (const email of snap.shopperEmails) jars.push([email, await signInShopper(email)]);
  for (let a = 0; a < AGENTS; a++) jars.push([`agent${a + 1}`, await impersonate(snap.tokens[a], snap.lacCustomerIds[a])]);

  const stats = { attempted: 0, completed: 0, refused: 0, failed: 0, networkErrors: 0, acknowledged: [], refusals: [] };
  const state = { running: true };
  const workers = jars.map(([name, jar]) => checkoutLoop(name, jar, snap.stressProducts, ids, state, stats));
  const restarts = [];
  await sleep(4000);
  for (let k = 0; k < KILLS; k++) {
    await sleep(2000 + Math.floor(Math.random() * 3000));
    const before = stats.completed;
    await kill(server, "SIGKILL");
    log(`${kind}: SIGKILL ${k + 1}/${KILLS} after ${before} orders`);
    server = await startServer(url);
    restarts.push(server.startMs);
  }
  await sleep(4000);
  state.running = false;
  await Promise.all(workers);
  const ackFile = path.join(root, `data/stress-${kind}-acknowledged.json`);
  fs.writeFileSync(ackFile, JSON.stringify(stats.acknowledged));
  return {
    server,
    snap,
    finish: async () => {
      await kill(server, "SIGTERM");
      const verdict = JSON.parse(tsx(["verify", snapFile, ackFile]));
      const { acknowledged: _a, ...figures } = stats;
      void _a;
      return { database: kind, kills: KILLS, restartMs: restarts, ...figures, ...verdict };
    },
  };
}
