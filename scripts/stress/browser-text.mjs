// What a person would read on a page: its visible text in headless Chromium, with the session's
// cookies (null when no Chromium is installed, so the check is skipped rather than failed).
import fs from "node:fs";
import { createRequire } from "node:module";
import { BASE } from "./config.mjs";

const require = createRequire(import.meta.url);
const { CHROMIUM_ARGS } = require("../chromium.cjs");

/** The visible text of a page in headless Chromium (null when no Chromium is installed). */
export async function browserText(url, jar) {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) return null;
  const { chromium } = require("@playwright/test");
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext();
    const cookies = jar.header().split("; ").filter(Boolean);
    await context.addCookies(cookies.map((c) => ({ name: c.slice(0, c.indexOf("=")), value: c.slice(c.indexOf("=") + 1), url: BASE })));
    const page = await context.newPage();
    await page.goto(url, { timeout: 15_000 });
    await page
      .getByRole("alert")
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
    return (await page.locator("body").innerText()).replace(/\s+/g, " ").trim();
  } finally {
    await browser.close();
  }
}
