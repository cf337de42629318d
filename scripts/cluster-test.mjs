#!/usr/bin/env node
// npm run test:cluster (SPEC 11): two production instances of one build on one fresh
// PostgreSQL database, behind nginx (Debian's package, run as a plain process from
// cluster/nginx.conf.template), each delivering email to its own SMTP receiver; then the
// Vitest suite under tests/cluster drives them over HTTP. Everything started here is
// stopped, and the database dropped, whatever happens.
//   CLUSTER_PORT (default 3400): nginx there, the instances on +1 and +2, their SMTP receivers on +5 and +6
//   TEST_POSTGRES_URL: the server to make the database on (default postgresql://postgres@127.0.0.1:5432/postgres)
//   NGINX: the nginx binary (default: nginx on PATH, else /usr/sbin/nginx)
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { root } from "./env.mjs";
import { buildIfNeeded } from "./build.mjs";
import { ensurePostgresDatabase, migrate, seed } from "./db.mjs";
import { startE2eInbox } from "./e2e-inbox.mjs";
import { findNginx, writeNginxConfig } from "../cluster/nginx.mjs";

const require = createRequire(import.meta.url);
const started = Date.now();
const basePort = Number(process.env.CLUSTER_PORT || 3400);
const server = new URL(process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
const dbName = `cluster_${crypto.randomBytes(4).toString("hex")}`;
const dbUrl = Object.assign(new URL(server), { pathname: `/${dbName}` }).toString();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lac-cluster-"));
const balancer = `http://127.0.0.1:${basePort}`;
const INSTANCES = [
  { id: "a", port: basePort + 1, smtpPort: basePort + 5 },
  // b as npm start serves on a machine of 2 cores: two worker processes on one port (scripts/server.mjs)
  { id: "b", port: basePort + 2, smtpPort: basePort + 6, workers: 2 },
];
const SECRETS = {
  ADMIN_AUTH_SECRET: "cluster-admin-secret-not-for-production-0123456789",
  SHOP_AUTH_SECRET: "cluster-shop-secret-not-for-production-0123456789",
};

const children = [];
const closers = [];
let databaseMade = false;

function log(line) {
  console.log(`cluster: ${line}`);
}

/** Starts a long-running child whose output goes to its own log file under the temp folder. */
function startChild(name, cmd, args, env) {
  const out = fs.openSync(path.join(tmp, `${name}.log`), "a");
  const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", out, out] });
  fs.closeSync(out);
  child.exited = new Promise((resolve) => child.once("exit", resolve));
  child.label = name;
  children.push(child);
  return child;
}

async function waitFor(url, child, ms = 90_000) {
  const end = Date.now() + ms;
  let done = false;
  child.exited.then(() => (done = true));
  while (Date.now() < end && !done) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return res;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${child.label} did not answer at ${url}${done ? " (it exited)" : ""}; see ${path.join(tmp, `${child.label}.log`)}`);
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timeout = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await child.exited;
  clearTimeout(timeout);
}

async function dropDatabase() {
  const { Client } = require("pg");
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function cleanUp(failed) {
  for (const child of [...children].reverse()) await stopChild(child).catch(() => {});
  for (const close of closers) await close().catch(() => {});
  if (databaseMade)
    await dropDatabase().then(
      () => log(`database ${dbName} dropped`),
      (e) => console.error(`cluster: could not drop ${dbName}: ${e.message}`),
    );
  if (failed) {
    // what the servers said, for the failure's story
    for (const file of fs.readdirSync(tmp).filter((f) => f.endsWith(".log"))) {
      const text = fs.readFileSync(path.join(tmp, file), "utf8").trim().split("\n").slice(-30).join("\n");
      if (text) console.error(`\n--- ${file} (last lines) ---\n${text}`);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

let interrupted = false;
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${sig}: stopping`);
    cleanUp(true).finally(() => process.exit(130));
  });
}

let failed = true;
try {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx is not installed: apt-get install -y nginx (or set NGINX to its path)");
  buildIfNeeded();

  log(`database ${dbName} on ${server.host}`);
  await ensurePostgresDatabase(dbUrl);
  databaseMade = true;
  migrate(dbUrl);
  seed(dbUrl, { SEED_CUSTOMERS: "120", SEED_TEST_AGENTS: "10" });

  const inboxes = {};
  for (const instance of INSTANCES) {
    const dir = path.join(tmp, "inbox", instance.id);
    const inbox = await startE2eInbox(instance.smtpPort, dir);
    closers.push(inbox.close);
    inboxes[instance.id] = { dir, url: inbox.url };
  }

  const appEnv = (instance) => ({
    ...process.env,
    ...SECRETS,
    NODE_ENV: "production",
    DATABASE_URL: dbUrl,
    // which instance a PostgreSQL connection belongs to (pg reads it): the suite sees both instances seal
    PGAPPNAME: `lac_instance_${instance.id}`,
    INSTANCE_ID: instance.id,
    HOSTNAME: "127.0.0.1",
    TRUSTED_PROXY_HOPS: "1",
    APP_URL: balancer,
    COOKIE_SECURE: "false",
    SMTP_URL: inboxes[instance.id].url,
    EMAIL_POLL_MS: "200",
    LOG_SEAL_MS: "200",
    WEB_CONCURRENCY: String(instance.workers ?? 1),
  });
  const servers = INSTANCES.map((instance) =>
    startChild(`instance-${instance.id}`, process.execPath, [path.join(root, "scripts/server.mjs"), "-p", String(instance.port)], appEnv(instance)),
  );

  const conf = writeNginxConfig(
    tmp,
    basePort,
    INSTANCES.map((i) => i.port),
  );
  const proxy = startChild("nginx", nginx, ["-c", conf, "-p", tmp], process.env);

  await Promise.all(INSTANCES.map((instance, i) => waitFor(`http://127.0.0.1:${instance.port}/shop`, servers[i])));
  await waitFor(`${balancer}/shop`, proxy);
  log(`up in ${((Date.now() - started) / 1000).toFixed(1)} s: nginx ${balancer} over ${INSTANCES.map((i) => `${i.id} :${i.port}`).join(", ")}`);

  // not execFileSync: the SMTP receivers live in this process and must keep answering meanwhile
  const suite = spawn(path.join(root, "node_modules/.bin/vitest"), ["run", "--config", "vitest.cluster.config.ts"], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      ...SECRETS,
      CLUSTER_DATABASE_URL: dbUrl,
      CLUSTER_BALANCER: balancer,
      CLUSTER_INSTANCES: JSON.stringify(
        INSTANCES.map((i, n) => ({ id: i.id, url: `http://127.0.0.1:${i.port}`, inbox: inboxes[i.id].dir, pid: servers[n].pid, workers: i.workers ?? 1 })),
      ),
    },
  });
  const code = await new Promise((resolve) => suite.once("exit", (c, signal) => resolve(c ?? signal)));
  if (code !== 0) throw new Error(`the cluster tests failed (vitest: ${code})`);
  failed = false;
} catch (e) {
  console.error(`\ncluster: FAILED (${e.message?.split("\n")[0] ?? e})`);
} finally {
  if (!interrupted) await cleanUp(failed);
}
log(`${failed ? "failed" : "passed"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
