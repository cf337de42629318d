#!/usr/bin/env node
// The app's HTTP server: Next.js behind a thin Node server that decides the client's
// address from the socket (or, behind TRUSTED_PROXY_HOPS proxies, from the right of
// X-Forwarded-For) and hands it to the app in one header it always overwrites.
// With INSTANCE_ID set, every response names the instance that answered it (x-instance), so a
// test behind a load balancer sees where each request landed; unset, no header is sent.
// With WEB_CONCURRENCY above 1 (npm start sets "auto": one per core) a primary process forks that
// many workers, each a whole server on the same port (node:cluster hands connections round
// robin), and starts another when one dies; a worker that dies before it listens stops it all.
// Used by npm start, npm run dev, the e2e server, the cluster test and the benchmarks.
//   node scripts/server.mjs [--dev] [-p PORT]
import cluster from "node:cluster";
import http from "node:http";
import { root } from "./env.mjs";
import { CLIENT_IP_HEADER, trustedClientIp, trustedHopsFromEnv } from "../lib/http/trusted-ip.mjs";
import { INSTANCE_HEADER, instanceIdFromEnv } from "../lib/http/instance-id.mjs";
import { workersFromEnv } from "../lib/http/workers.mjs";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const portFlag = args.indexOf("-p");
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME || "0.0.0.0";
const hops = trustedHopsFromEnv();
const instanceId = instanceIdFromEnv();
const workers = dev ? 1 : workersFromEnv();

if (workers > 1 && cluster.isPrimary) {
  await runPrimary();
} else {
  await serve();
}

function describe(processes) {
  const mode = dev ? "development" : "production";
  const instance = instanceId ? ` as instance ${instanceId}` : "";
  const client = hops ? `X-Forwarded-For, ${hops} trusted proxy hop(s)` : "the socket";
  return `server: ${mode} on port ${port}${instance}, ${processes}; client address from ${client}`;
}

/** Forks the workers and keeps their number up; SIGINT/SIGTERM stop them all, then this process. */
async function runPrimary() {
  let stopping = false;
  const listening = new Set();
  cluster.on("listening", (worker) => {
    listening.add(worker.id);
    if (listening.size === workers) console.log(describe(`${workers} worker processes`));
  });
  cluster.on("exit", (worker, code, signal) => {
    const live = Object.keys(cluster.workers ?? {}).length;
    if (stopping) {
      if (live === 0) process.exit(0);
      return;
    }
    if (!listening.has(worker.id)) {
      // it never served: the same start would fail again (configuration, port, build)
      console.error(`server: a worker failed to start (${signal ?? `exit code ${code}`}); stopping`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill();
      process.exit(code || 1);
    }
    listening.delete(worker.id);
    console.error(`server: worker ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another`);
    // a second apart, so a worker that keeps dying does not spin the machine
    setTimeout(() => stopping || cluster.fork(), 1000);
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      stopping = true;
      const live = Object.values(cluster.workers ?? {});
      if (live.length === 0) process.exit(0);
      for (const w of live) w?.process.kill(sig);
    });
  }
  for (let i = 0; i < workers; i++) cluster.fork();
}

async function serve() {
  // next reads NODE_ENV when it loads: set it first, as `next start` and `next dev` do
  process.env.NODE_ENV ??= dev ? "development" : "production";
  const { default: next } = await import("next");
  const app = next({ dev, dir: root, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    req.headers[CLIENT_IP_HEADER] = trustedClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
    if (instanceId) res.setHeader(INSTANCE_HEADER, instanceId);
    handle(req, res);
  });
  server.listen(port, hostname, () => {
    // a worker's start is told once, by the primary
    if (cluster.isWorker) return;
    console.log(describe("one process"));
  });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
}
