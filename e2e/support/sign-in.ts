// Signing in through the forms, as a person does: admin at /admin, shopper at /shop.
import { expect, type Page } from "@playwright/test";
import { ADMINS, SHOPPERS, type AdminAccount } from "./accounts";

/** Fills and submits the admin sign-in form of the page it is on; checks nothing. */
export async function submitAdminSignIn(page: Page, { username, password }: AdminAccount) {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in to the admin (the seeded "admin" unless told) and waits for the signed-in shell. */
export async function adminSignIn(page: Page, account: AdminAccount = ADMINS.admin) {
  await page.goto("/admin");
  await submitAdminSignIn(page, account);
  await expect(page.getByRole("button", { name: "Sign Out" })).toBeVisible();
}

/** Fills and submits the storefront sign-in form of the page it is on; checks nothing. */
export async function submitShopSignIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign In" }).click();
}

/** Signs in to the storefront from its Sign In link (Veronica unless told) and waits for My Account. */
export async function shopSignIn(page: Page, account: { email: string; password: string } = SHOPPERS.roni) {
  await page.goto("/shop");
  await page.getByRole("link", { name: "Sign In" }).click();
  await submitShopSignIn(page, account);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
}
