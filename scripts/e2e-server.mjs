#!/usr/bin/env node
// The server Playwright tests run against: the production build, on its own
// fresh database (data/e2e.db, or E2E_DATABASE_URL), with fixed test secrets, and a
// real SMTP server of its own that the app's email sender delivers to.
import { spawn } from "node:child_process";
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
const child = spawn(process.execPath, [path.join(root, "scripts/server.mjs"), "-p", port], { cwd: root, stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
