#!/usr/bin/env node
// npm start: build if needed, apply migrations, seed an empty database, say where email goes, serve on PORT (default 3000)
// with one server process per core (WEB_CONCURRENCY, default auto).
import { spawn } from "node:child_process";
import path from "node:path";
import { prepareEnv, root } from "./env.mjs";
import { ensurePostgresDatabase, migrate, seed } from "./db.mjs";
import { buildIfNeeded } from "./build.mjs";
import { resolveDatabaseUrl } from "../lib/db-url.mjs";
import { describeEmailMode } from "../lib/mail/mode.mjs";
import { insecureCookiesNotice } from "../lib/auth/secure-cookies.mjs";

prepareEnv();

buildIfNeeded();

const url = resolveDatabaseUrl();
await ensurePostgresDatabase(url);
migrate(url);
seed(url);

const port = process.env.PORT ?? "3000";
process.env.APP_URL ||= `http://localhost:${port}`;
// the demo is a production server on plain http: cookies marked Secure would never come back,
// so say it explicitly (behind HTTPS, APP_URL=https://… keeps them Secure)
if (process.env.APP_URL.startsWith("http:")) process.env.COOKIE_SECURE ||= "false";
// one server process per core (scripts/server.mjs): a page's JavaScript runs on one core
process.env.WEB_CONCURRENCY ||= "auto";
console.log(describeEmailMode(process.env.SMTP_URL));
const cookieNotice = insecureCookiesNotice(process.env.NODE_ENV || "production", process.env.COOKIE_SECURE);
if (cookieNotice) console.log(cookieNotice);
console.log(`start: serving on http://localhost:${port}/shop and http://localhost:${port}/admin`);
const child = spawn(process.execPath, [path.join(root, "scripts/server.mjs"), "-p", port], { cwd: root, stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
