// The production server under measurement (started from a build folder, stopped after), and the
// TypeScript helpers that read or prepare the benchmark database through the app's own code.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { root } from "../../scripts/env.mjs";
import { BASE, PORT, env } from "./config.mjs";

/** Waits until the address answers with anything but a server error. */
export async function waitFor(u, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(u);
      if (r.status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not answer at ${u}`);
}

/**
 * A production server of the build in distDir; `port` and `extraEnv` for a second one beside it (an
 * A/B of one setting). One `next start` process, unless `workers` is given: then the server npm start
 * runs (scripts/server.mjs) with that many worker processes (WEB_CONCURRENCY: a number or "auto").
 */
export async function startServer(distDir, { port = PORT, extraEnv = {}, workers = null } = {}) {
  const [command, args] = workers
    ? [process.execPath, [path.join(root, "scripts/server.mjs"), "-p", String(port)]]
    : [path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)]];
  const child = spawn(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv, NEXT_DIST_DIR: distDir, ...(workers ? { WEB_CONCURRENCY: String(workers) } : {}) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(port === PORT ? `${BASE}/shop` : `http://127.0.0.1:${port}/shop`);
  return child;
}

export async function stop(child) {
  child.kill("SIGTERM");
  await new Promise((r) => child.on("exit", r));
}

/** Runs a TypeScript helper (app code, react-server condition) and returns its last JSON line. */
export async function runTsx(script, args = []) {
  const out = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  // the synchronous call blocked the event loop: let undici notice keep-alive sockets the server closed meanwhile
  await new Promise((r) => setTimeout(r, 500));
  return JSON.parse(out.trim().split("\n").pop());
}
