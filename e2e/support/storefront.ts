// Storefront steps a shopper repeats: a new account, a product in the cart, an address form.
import { expect, type Page } from "@playwright/test";
import { SHOPPER_PASSWORD } from "./accounts";

/** Creates a fresh account from the storefront (optionally with consent), lands on My Account, and returns its email. */
export async function createAccount(page: Page, opts: { consent?: boolean; first?: string; last?: string } = {}) {
  const email = `e2e.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.goto("/shop/customer/account/create");
  await page.getByLabel("First Name").fill(opts.first ?? "Erin");
  await page.getByLabel("Last Name").fill(opts.last ?? "Tester");
  if (opts.consent) await page.getByRole("checkbox", { name: "Allow remote shopping assistance" }).check();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(SHOPPER_PASSWORD);
  await page.getByLabel("Confirm Password").fill(SHOPPER_PASSWORD);
  await page.getByRole("button", { name: "Create an Account" }).click();
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  return email;
}

/** Adds qty of a product from its page and waits for the storefront's confirmation. */
export async function addProductToCart(page: Page, urlKey: string, qty = 1) {
  await page.goto(`/shop/product/${urlKey}`);
  await page.getByLabel("Qty").fill(String(qty));
  await page.getByRole("button", { name: "Add to Cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "to your shopping cart" })).toBeVisible();
}

/** The header's cart link; its accessible name counts the items: "Cart (2 items)". */
export const miniCart = (page: Page) => page.getByRole("link", { name: /^Cart \(\d+ items?\)$/ });

/** Fills the address form on the page (checkout or address book); city and zip default to a valid pair. */
export async function fillAddress(page: Page, address: { phone: string; street: string; city?: string; zip?: string }) {
  await page.getByLabel("Phone Number").fill(address.phone);
  await page.getByLabel("Street Address").fill(address.street);
  await page.getByLabel("City").fill(address.city ?? "Calder");
  await page.getByLabel("Zip/Postal Code").fill(address.zip ?? "49628");
}
