import { expect, type Page } from "@playwright/test";

export const PASSWORD = "Shopper123!";

/** Creates a fresh account from the storefront (optionally with consent) and lands on My Account. */
export async function createAccount(page: Page, opts: { consent?: boolean; first?: string; last?: string } = {}) {
  const email = `e2e.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.goto("/shop/customer/account/create");
  await page.getByLabel("First Name").fill(opts.first ?? "Erin");
  await page.getByLabel("Last Name").fill(opts.last ?? "Tester");
  if (opts.consent) await page.getByRole("checkbox", { name: "Allow remote shopping assistance" }).check();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create an Account" }).click();
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  return email;
}

export async function addProductToCart(page: Page, urlKey: string, qty = 1) {
  await page.goto(`/shop/product/${urlKey}`);
  await page.getByLabel("Qty").fill(String(qty));
  await page.getByRole("button", { name: "Add to Cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "to your shopping cart" })).toBeVisible();
}

export const miniCart = (page: Page) => page.getByRole("link", { name: /^Cart \(\d+ items?\)$/ });
