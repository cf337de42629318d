import { expect, test, type Page } from "@playwright/test";
import { adminSignIn } from "./helpers";

// These tests change global configuration, so they run after every other spec
// (playwright.config.ts: project "global-config" depends on "main"), one at a time,
// and put the configuration back.
test.describe.configure({ mode: "serial" });

async function setConfig(page: Page, label: string, option: string) {
  await page.goto("/admin/config");
  await page.getByRole("combobox", { name: label }).selectOption({ label: option });
  await page.getByRole("button", { name: "Save Config" }).click();
  await expect(page.getByText("You saved the configuration.")).toBeVisible();
}

async function openCustomer(page: Page, keyword: string, name: string) {
  await page.goto(`/admin/customers?q=${encodeURIComponent(keyword)}`);
  return page.getByRole("row").filter({ hasText: name });
}

test("with Manual Selection the admin picks the store view, which must be chosen and valid for the customer", async ({ browser, context, page }) => {
  await adminSignIn(page, "agent6", "Agent123!");
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await adminSignIn(adminPage);
  await setConfig(adminPage, "Store View To Login To", "Manual Selection");
  try {
    const row = await openCustomer(page, "marie", "Marie Dubois");
    await row.getByRole("button", { name: "Login as Customer" }).click();
    const dialog = page.getByRole("dialog", { name: "Login as Customer: Select Store" });
    await expect(dialog).toBeVisible();
    const select = dialog.getByRole("combobox", { name: "Store View" });
    await expect(select).toHaveValue((await select.locator("option", { hasText: "French Store View" }).getAttribute("value")) ?? "");
    await expect(select.locator("option", { hasText: "Second Store View" })).toBeDisabled();
    await select.selectOption({ label: "-- Please Select --" });
    await dialog.getByRole("button", { name: "Login as Customer" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Please select a Store View to login in.");
    await select.selectOption({ label: "Default Store View" });
    const newTab = context.waitForEvent("page");
    await dialog.getByRole("button", { name: "Login as Customer" }).click();
    const tab = await newTab;
    await expect(tab.getByRole("region", { name: "Login as Customer" })).toContainText("You are connected as Marie Dubois on Main Website");
    await expect(tab.getByRole("contentinfo")).toContainText("Default Store View");
    await tab.close();
  } finally {
    await setConfig(adminPage, "Store View To Login To", "Auto-Detection");
    await adminContext.close();
  }
});

test("with the feature disabled there is no button, no log menu, and the log page says so", async ({ context, page }) => {
  await adminSignIn(page);
  await setConfig(page, "Enable Login as Customer", "No");
  try {
    const fresh = await context.newPage();
    await fresh.goto("/admin/customers?q=roni");
    await expect(fresh.getByRole("row").filter({ hasText: "Veronica Costello" })).toBeVisible();
    await expect(fresh.getByRole("button", { name: "Login as Customer" })).toHaveCount(0);
    await expect(fresh.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Login as Customer Log" })).toHaveCount(0);
    const log = await fresh.goto("/admin/customers/login-as-customer-log");
    expect(log?.status()).toBe(403);
    await expect(fresh.getByRole("alert").filter({ hasText: "Login as Customer is disabled." })).toBeVisible();
    const api = await fresh.request.post("/api/admin/login-as-customer", { data: { customerId: 1 } });
    expect(api.status()).toBe(403);
    expect((await api.json()).error).toBe("Login as Customer is disabled.");
    await fresh.close();
  } finally {
    await setConfig(page, "Enable Login as Customer", "Yes");
  }
});

test("with Disable Page Cache For Admin User = No, a Login as Customer page is cached exactly as for the shopper", async ({ browser, context, page }) => {
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await adminSignIn(adminPage);
  await setConfig(adminPage, "Disable Page Cache For Admin User", "No");
  try {
    await adminSignIn(page, "agent6", "Agent123!");
    const row = await openCustomer(page, "roni", "Veronica Costello");
    await row.getByRole("button", { name: "Login as Customer" }).click();
    const newTab = context.waitForEvent("page");
    await page.getByRole("dialog", { name: "You are about to Login as Customer" }).getByRole("button", { name: "Login as Customer" }).click();
    const tab = await newTab;
    await expect(tab.getByRole("region", { name: "Login as Customer" })).toBeVisible();
    const during = await tab.goto("/shop/product/joust-duffle-bag");
    expect(during?.headers()["x-lac-page-cache"]).toBeUndefined();

    // the same page for the customer signed in normally
    const own = await browser.newContext();
    const ownPage = await own.newPage();
    await ownPage.goto("/shop/customer/account/login");
    await ownPage.getByLabel("Email").fill("roni_cost@example.com");
    await ownPage.getByLabel("Password").fill("Shopper123!");
    await ownPage.getByRole("button", { name: "Sign In" }).click();
    await expect(ownPage.getByRole("heading", { name: "My Account" })).toBeVisible();
    const normal = await ownPage.goto("/shop/product/joust-duffle-bag");
    expect(during?.headers()["cache-control"]).toBe(normal?.headers()["cache-control"]);
    await own.close();
    await tab.close();
  } finally {
    await setConfig(adminPage, "Disable Page Cache For Admin User", "Yes");
    await adminContext.close();
  }
});
