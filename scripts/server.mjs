#!/usr/bin/env node
// The app's HTTP server: Next.js behind a thin Node server that decides the client's
// address from the socket (or, behind TRUSTED_PROXY_HOPS proxies, from the right of
// X-Forwarded-For) and hands it to the app in one header it always overwrites.
// With INSTANCE_ID set, every response names the instance that answered it (x-instance), so a
// test behind a load balancer sees where each request landed; unset, no header is sent.
// Used by npm start, npm run dev, the e2e server, the cluster test and the benchmarks.
//   node scripts/server.mjs [--dev] [-p PORT]
import http from "node:http";
import { root } from "./env.mjs";
import { CLIENT_IP_HEADER, trustedClientIp, trustedHopsFromEnv } from "../lib/http/trusted-ip.mjs";
import { INSTANCE_HEADER, instanceIdFromEnv } from "../lib/http/instance-id.mjs";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const portFlag = args.indexOf("-p");
const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME || "0.0.0.0";
const hops = trustedHopsFromEnv();
const instanceId = instanceIdFromEnv();

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
  console.log(
    `server: ${dev ? "development" : "production"} on port ${port}${instanceId ? ` as instance ${instanceId}` : ""}; client address from ${hops ? `X-Forwarded-For, ${hops} trusted proxy hop(s)` : "the socket"}`,
  );
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
