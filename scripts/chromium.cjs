#!/usr/bin/env node
// The Chromium the end-to-end tests run in, looked up in one place for
// playwright.config.ts and scripts/test.mjs. In order: CHROMIUM_PATH, the
// system's Chromium (/usr/bin/chromium, /usr/bin/chromium-browser), then
// Playwright's own browser (`npx playwright install chromium`).
// `node scripts/chromium.cjs` finds one or installs Playwright's, and says which.
// CommonJS, so that Playwright's config loader and plain Node both load it as it is.
/* eslint-disable @typescript-eslint/no-require-imports -- require() is how a CommonJS module imports */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

const ASK = "install a browser: `apt-get install -y chromium` (Debian, as root), or set CHROMIUM_PATH to a Chromium binary.";
const NO_CHROMIUM = `No Chromium found for the end-to-end tests. Run \`npx playwright install chromium\` (npm test runs it for you), or ${ASK}`;
const INSTALL_FAILED = `No Chromium found for the end-to-end tests, and \`npx playwright install chromium\` could not install one: ${ASK}`;

/**
 * The system paths to try after CHROMIUM_PATH. CHROMIUM_CANDIDATES (paths
 * separated by ":") replaces them, so a test can hide the machine's browser.
 */
function systemCandidates(env) {
  if (env.CHROMIUM_CANDIDATES === undefined) return SYSTEM_CHROMIUM;
  return env.CHROMIUM_CANDIDATES.split(path.delimiter).filter(Boolean);
}

/** Playwright's own Chromium, if `npx playwright install chromium` put it on this machine. */
function playwrightChromium() {
  try {
    const own = require("@playwright/test").chromium.executablePath();
    return own && fs.existsSync(own) ? own : null;
  } catch {
    return null;
  }
}

/**
 * The browser to launch: `{ executablePath }` names a binary; `{ executablePath: undefined }`
 * means Playwright's own (Playwright finds it itself); null means there is none.
 * @returns {{ executablePath: string | undefined, source: string } | null}
 */
function findChromium(env = process.env) {
  const listed = [env.CHROMIUM_PATH, ...systemCandidates(env)].filter(Boolean);
  const found = listed.find((p) => fs.existsSync(p));
  if (found) return { executablePath: found, source: found === env.CHROMIUM_PATH ? "CHROMIUM_PATH" : "system" };
  const own = playwrightChromium();
  return own ? { executablePath: undefined, source: `Playwright's own (${own})` } : null;
}

/** Finds a Chromium, or runs `npx playwright install chromium` once and looks again; throws if there is still none. */
function ensureChromium(env = process.env, log = console.log) {
  const found = findChromium(env);
  if (found) return found;
  log("No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright's own): running `npx playwright install chromium`");
  const install = spawnSync(path.join(root, "node_modules/.bin/playwright"), ["install", "chromium"], { cwd: root, stdio: "inherit", env });
  if (install.status !== 0) log(`npx playwright install chromium: failed (${install.error?.message ?? `exit code ${install.status}`})`);
  const installed = findChromium(env);
  if (!installed) throw new Error(INSTALL_FAILED);
  return installed;
}

/** Flags for a headless Chromium on these machines (no sandbox as root; no background calls to a closed network). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

module.exports = { NO_CHROMIUM, CHROMIUM_ARGS, findChromium, ensureChromium };

if (require.main === module) {
  try {
    const { executablePath, source } = ensureChromium();
    console.log(`Chromium for the end-to-end tests: ${executablePath ?? "Playwright's own"} (${source})`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
