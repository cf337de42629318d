import type { Page } from "@playwright/test";
import { CustomerGrid, SHOPPERS, adminSignIn, agent, expect, loginAsCustomerButton, shopSignIn, test } from "./support";

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

test("with Manual Selection the admin picks the store view, which must be chosen and valid for the customer", async ({ page, newAdminPage }) => {
  await adminSignIn(page, agent(6));
  const adminPage = await newAdminPage();
  await setConfig(adminPage, "Store View To Login To", "Manual Selection");
  try {
    const grid = new CustomerGrid(page);
    const dialog = await grid.loginAsCustomer(await grid.find("marie", "Marie Dubois"), "selectStore");
    await expect(dialog.root).toBeVisible();
    const select = dialog.storeView;
    await expect(select).toHaveValue((await select.locator("option", { hasText: "French Store View" }).getAttribute("value")) ?? "");
    await expect(select.locator("option", { hasText: "Second Store View" })).toBeDisabled();
    await dialog.selectStoreView("-- Please Select --");
    await dialog.confirmButton.click();
    await expect(dialog.root.getByRole("alert")).toHaveText("Please select a Store View to login in.");
    await dialog.selectStoreView("Default Store View");
    const { tab, banner } = await dialog.confirm();
    await banner.expectConnectedAs("Marie Dubois");
    await expect(tab.getByRole("contentinfo")).toContainText("Default Store View");
    await tab.close();
  } finally {
    await setConfig(adminPage, "Store View To Login To", "Auto-Detection");
  }
});

test("with the feature disabled there is no button, no log menu, and the log page says so", async ({ context, adminPage: page }) => {
  await setConfig(page, "Enable Login as Customer", "No");
  try {
    const fresh = await context.newPage();
    await fresh.goto("/admin/customers?q=roni");
    await expect(fresh.getByRole("row").filter({ hasText: "Veronica Costello" })).toBeVisible();
    await expect(loginAsCustomerButton(fresh)).toHaveCount(0);
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

test("with Disable Page Cache For Admin User = No, a Login as Customer page is cached exactly as for the shopper", async ({ browser, page, newAdminPage }) => {
  const adminPage = await newAdminPage();
  await setConfig(adminPage, "Disable Page Cache For Admin User", "No");
  try {
    await adminSignIn(page, agent(6));
    const grid = new CustomerGrid(page);
    const dialog = await grid.loginAsCustomer(await grid.find("roni", "Veronica Costello"));
    const { tab, banner } = await dialog.confirm();
    await expect(banner.region).toBeVisible();
    const during = await tab.goto("/shop/product/joust-duffle-bag");
    expect(during?.headers()["x-lac-page-cache"]).toBeUndefined();

    // the same page for the customer signed in normally
    const own = await browser.newContext();
    const ownPage = await own.newPage();
    await shopSignIn(ownPage, SHOPPERS.roni);
    const normal = await ownPage.goto("/shop/product/joust-duffle-bag");
    expect(during?.headers()["cache-control"]).toBe(normal?.headers()["cache-control"]);
    await own.close();
    await tab.close();
  } finally {
    await setConfig(adminPage, "Disable Page Cache For Admin User", "Yes");
  }
});
