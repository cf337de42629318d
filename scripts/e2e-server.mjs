#!/usr/bin/env node
// The server Playwright tests run against: the production build, on its own
// fresh database (data/e2e.db, or E2E_DATABASE_URL), with fixed test secrets, and a
// real SMTP server of its own that the app's email sender delivers to.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { root } from "./env.mjs";
import { dropDatabase, ensurePostgresDatabase, migrate, seed } from "./db.mjs";
import { buildIfNeeded } from "./build.mjs";
import { startE2eInbox } from "./e2e-inbox.mjs";
import { insecureCookiesNotice } from "../lib/auth/secure-cookies.mjs";

const url = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
const port = process.env.E2E_PORT || "3100";
process.env.ADMIN_AUTH_SECRET ||= "e2e-admin-secret-not-for-production-0123456789";
process.env.SHOP_AUTH_SECRET ||= "e2e-shop-secret-not-for-production-0123456789";
process.env.DATABASE_URL = url;
process.env.APP_URL ||= `http://localhost:${port}`;
// a production server on plain http://localhost: Secure cookies would not be sent back over http
process.env.COOKIE_SECURE ||= "false";
const cookieNotice = insecureCookiesNotice("production", process.env.COOKIE_SECURE);
if (cookieNotice) console.log(`e2e: ${cookieNotice}`);

buildIfNeeded();
await ensurePostgresDatabase(url);
await dropDatabase(url);
migrate(url);
seed(url, { SEED_CUSTOMERS: "120", SEED_TEST_AGENTS: "6" });
// email goes out over SMTP to the suite's own receiver (port E2E_SMTP_PORT, default the app's + 1000)
const inbox = await startE2eInbox(Number(process.env.E2E_SMTP_PORT || Number(port) + 1000));
process.env.SMTP_URL = inbox.url;
process.env.EMAIL_POLL_MS ||= "500";
// the specs' test data commands (e2e/support/test-data.ts), served beside the app and up before it
process.env.E2E_TESTDATA_PORT ||= String(Number(port) + 2000);
const testData = spawn(path.join(root, "node_modules/.bin/tsx"), ["e2e/support/test-data-commands.ts", "--serve"], {
  cwd: root,
  stdio: "inherit",
  env: process.env,
});
await waitForPort(Number(process.env.E2E_TESTDATA_PORT));
const child = spawn(process.execPath, [path.join(root, "scripts/server.mjs"), "-p", port], { cwd: root, stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"])
  process.on(sig, () => {
    testData.kill(sig);
    child.kill(sig);
  });
child.on("exit", (code) => {
  testData.kill();
  process.exit(code ?? 0);
});

/** Resolves once something listens on 127.0.0.1:port (60 s at most). */
async function waitForPort(p) {
  for (let i = 0; i < 600; i++) {
    const up = await new Promise((resolve) => {
      const socket = net.connect(p, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`e2e: the test data commands did not start on port ${p}`);
}
