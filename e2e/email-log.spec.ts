// System › Email Log as the store's staff use it: an administrator finds it in the menu,
// reads each message's status and filters by it; a password reset email shows with its
// subject but its details never show the link; a role without Email Log gets the 403 page.
import type { Browser, Page } from "@playwright/test";
import { SHOPPERS, expect, test } from "./support";

const NO_PERMISSION = "Sorry, you need permissions to view this content.";
const SECRET_NOTE = "This message carries a secret (a password reset link); its content is not shown.";
const roni = SHOPPERS.roni.email;

/** Forgot Your Password? on the storefront, in a browser of its own. */
async function requestPasswordReset(browser: Browser, email: string) {
  const shop = await browser.newPage();
  await shop.goto("/shop/customer/account/forgotpassword");
  await shop.getByLabel("Email").fill(email);
  await shop.getByRole("button", { name: "Reset My Password" }).click();
  await expect(shop.getByText(`If there is an account associated with ${email} you will receive an email`)).toBeVisible();
  await shop.close();
}

const log = (page: Page) => page.getByRole("table", { name: "Email Log" });
/** The newest password reset email in the grid as it is shown. */
const newestReset = (page: Page) => log(page).getByRole("row").filter({ hasText: "Reset your password" }).first();

async function searchFor(page: Page, keyword: string) {
  await page.getByRole("searchbox", { name: "Search by keyword" }).fill(keyword);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

async function filterByStatus(page: Page, status: string) {
  const filters = page.getByRole("form", { name: "Filters" });
  if (!(await filters.isVisible())) await page.getByRole("button", { name: "Filters" }).click();
  await filters.getByRole("combobox", { name: "Status" }).selectOption({ label: status });
  await filters.getByRole("button", { name: "Apply Filters" }).click();
}

test("an administrator opens System › Email Log from the menu, reads its columns and filters by status", async ({ adminPage: page, browser }) => {
  await requestPasswordReset(browser, roni);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Email Log" }).click();
  await expect(page.getByRole("heading", { name: "Email Log" })).toBeVisible();
  for (const name of ["Recipient", "Subject", "Status", "Attempts", "Last Error", "Created", "Sent"]) {
    await expect(log(page).getByRole("columnheader", { name, exact: true })).toBeVisible();
  }
  await expect(log(page).getByRole("columnheader", { name: "Created", exact: true })).toHaveAttribute("aria-sort", "descending");

  await searchFor(page, roni);
  // queued until the sender's next run (every couple of seconds), then sent
  await expect(async () => {
    await page.reload();
    await expect(newestReset(page).getByRole("cell", { name: "Sent", exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(newestReset(page)).toContainText(roni);

  await filterByStatus(page, "Sent");
  await expect(page).toHaveURL(/f_status=sent/);
  await expect(newestReset(page)).toBeVisible();
  for (const other of ["Queued", "Failed"]) await expect(log(page).getByRole("cell", { name: other, exact: true })).toHaveCount(0);

  await filterByStatus(page, "Failed");
  await expect(page).toHaveURL(/f_status=failed/);
  await expect(log(page).getByRole("row").filter({ hasText: "Reset your password" })).toHaveCount(0);

  // the sort by status is the database's, kept in the URL
  await log(page).getByRole("button", { name: "Status" }).click();
  await expect(page).toHaveURL(/sort=status/);
  await expect(log(page).getByRole("columnheader", { name: "Status", exact: true })).toHaveAttribute("aria-sort", "ascending");
});

test("a password reset email shows with its subject; its details never show the link", async ({ adminPage: page, browser }) => {
  await requestPasswordReset(browser, roni);
  await page.goto(`/admin/system/email-log?q=${encodeURIComponent(roni)}`);
  const row = newestReset(page);
  await expect(row.getByRole("cell", { name: "Reset your password", exact: true })).toBeVisible();
  await row.getByRole("link", { name: `View the email “Reset your password” to Veronica Costello <${roni}>` }).click();

  await expect(page.getByRole("heading", { name: "Email Details" })).toBeVisible();
  await expect(page.getByText("Reset your password", { exact: true })).toBeVisible();
  await expect(page.getByText(SECRET_NOTE)).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("createpassword");
  // nowhere in the page, nor in the data the page carries for the browser
  expect(await page.content()).not.toMatch(/#token=|createpassword|Set a new password/i);
  await page.getByRole("link", { name: "Back to the Email Log" }).click();
  await expect(page.getByRole("heading", { name: "Email Log" })).toBeVisible();
});

test("a Viewer has no Email Log: no menu entry, and the 403 page for the log and a message", async ({ viewerPage: page }) => {
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Email Log" })).toHaveCount(0);
  for (const path of ["/admin/system/email-log", "/admin/system/email-log/1"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("alert").filter({ hasText: NO_PERMISSION })).toBeVisible();
    await expect(page.getByRole("table", { name: "Email Log" })).toHaveCount(0);
  }
});
