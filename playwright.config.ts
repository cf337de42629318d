import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from "./scripts/chromium.cjs";

// Chromium: CHROMIUM_PATH, else the system's /usr/bin/chromium, else Playwright's own
// (scripts/chromium.cjs; `npm test` installs Playwright's own when there is none).
const chromium = findChromium();
if (!chromium) throw new Error(NO_CHROMIUM);

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // three at once on 2 cores: a test spends much of its time waiting (for the server, a poll, the
  // mail or seal worker), so a third worker keeps the cores busy (measured: 10.1 → 9.1 min under load)
  workers: 3,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: chromium.executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "main", testIgnore: /global-config\.spec\.ts/ },
    // specs that change global configuration run last, alone
    { name: "global-config", testMatch: /global-config\.spec\.ts/, dependencies: ["main"] },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/shop`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
