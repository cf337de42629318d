// nginx for the cluster test and the cluster benchmark: where the binary is, and its
// configuration from nginx.conf.template (loopback only, round robin, every path it writes
// under one prefix, so it runs as a plain process: nginx -c <prefix>/nginx.conf -p <prefix>).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The nginx binary: NGINX, else nginx on PATH, else Debian's /usr/sbin/nginx; null when there is none. */
export function findNginx(env = process.env) {
  if (env.NGINX) return env.NGINX;
  for (const dir of [...(env.PATH ?? "").split(path.delimiter), "/usr/sbin"]) {
    if (dir && fs.existsSync(path.join(dir, "nginx"))) return path.join(dir, "nginx");
  }
  return null;
}

/** Writes <prefix>/nginx.conf: listening on 127.0.0.1:port, round robin over the instances' ports; returns its path. */
export function writeNginxConfig(prefix, port, upstreamPorts) {
  const conf = fs
    .readFileSync(path.join(here, "nginx.conf.template"), "utf8")
    .replaceAll("{{PREFIX}}", prefix)
    .replaceAll("{{PORT}}", String(port))
    .replaceAll("{{UPSTREAMS}}", upstreamPorts.map((p) => `    server 127.0.0.1:${p};`).join("\n"));
  const file = path.join(prefix, "nginx.conf");
  fs.writeFileSync(file, conf);
  return file;
}
