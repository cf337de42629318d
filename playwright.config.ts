import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
// browser if `npx playwright install chromium` was run on this machine.
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const own = require("@playwright/test").chromium.executablePath() as string;
    if (own && fs.existsSync(own)) return undefined; // Playwright finds its own browser
  } catch {
    /* fall through */
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one: `apt-get install -y chromium` (Debian), " +
      "or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.",
  );
}

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
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
