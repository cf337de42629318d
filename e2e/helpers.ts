import { expect, type Page } from "@playwright/test";

export const ADMIN = { username: "admin", password: "Admin123!" };
export const RONI = { email: "roni_cost@example.com", password: "Shopper123!", name: "Veronica Costello" };

export async function adminSignIn(page: Page, username = ADMIN.username, password = ADMIN.password) {
  await page.goto("/admin");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign Out" })).toBeVisible();
}

export async function shopSignIn(page: Page, email = RONI.email, password = RONI.password) {
  await page.goto("/shop");
  await page.getByRole("link", { name: "Sign In" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
}
