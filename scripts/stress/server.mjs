// The server under test: the production build on its own port and database, in its own process
// group, so a SIGKILL takes it down whole, as a crash would.
import { spawn } from "node:child_process";
import path from "node:path";
import { root } from "../env.mjs";
import { BASE, PORT, sleep } from "./config.mjs";

export function serverEnv(url) {
  return {
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: "production",
    ADMIN_AUTH_SECRET: "stress-admin-secret-0123456789-0123456789",
    SHOP_AUTH_SECRET: "stress-shop-secret-0123456789-0123456789",
    NEXTAUTH_URL: BASE,
    // plain http: cookies marked Secure would not be sent back
    COOKIE_SECURE: "false",
  };
}

async function ready(ms = 90_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(`${BASE}/shop`, { signal: AbortSignal.timeout(5000) });
      if (r.status < 500) return;
    } catch {
      /* not yet */
    }
    await sleep(200);
  }
  throw new Error(`server did not answer at ${BASE}`);
}

/** Starts the server and waits until it answers; startMs says how long that took. */
export async function startServer(url) {
  const t0 = Date.now();
  const child = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], {
    cwd: root,
    env: serverEnv(url),
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr.on("data", (d) => {
    const line = String(d).trim();
    if (line) process.stderr.write(`  server: ${line.split("\n").slice(0, 3).join(" | ").slice(0, 300)}\n`);
  });
  await ready();
  return { child, startMs: Date.now() - t0 };
}

/** Sends the signal to the server's whole process group and waits for it to exit. */
export async function kill(server, signal) {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  try {
    process.kill(-server.child.pid, signal);
  } catch {
    /* gone */
  }
  await exited;
}
