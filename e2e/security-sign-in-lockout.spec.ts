// Sign-in lockout as people see it: after too many failures from one address the
// form says so, and even the right password is refused there. The lock is per
// account and address, so these failures from 127.0.0.1 lock only this test's
// own accounts; the address itself is the socket's, whatever headers the client sends.
import type { Page } from "@playwright/test";
import { SIGN_IN_FAILED, SIGN_IN_LOCKED } from "../lib/auth/messages";
import { PAIR_MAX_FAILURES } from "../lib/auth/throttle";
import { SHOPPER_PASSWORD, createAccount, expect, test, testData } from "./support";

async function submit(page: Page, nameLabel: string, name: string, password: string, button: string, expected: string) {
  await page.getByLabel(nameLabel).fill(name);
  await page.getByLabel("Password").fill(password);
  // one sign-in request per submit, answered before the next one (the alert text may repeat)
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/callback/") && r.request().method() === "POST"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await expect(page.getByRole("alert").filter({ hasText: expected })).toBeVisible();
}

test("shopper: after repeated wrong passwords the sign-in form shows the lockout message, even for the right password", async ({ page }) => {
  const email = await createAccount(page);
  await page.getByRole("button", { name: "Sign Out" }).click();
  await expect(page.getByRole("link", { name: "Sign In" })).toBeVisible();
  await page.goto("/shop/customer/account/login");
  for (let i = 1; i < PAIR_MAX_FAILURES; i++) await submit(page, "Email", email, `wrong-${i}`, "Sign In", SIGN_IN_FAILED);
  await submit(page, "Email", email, "wrong-last", "Sign In", SIGN_IN_LOCKED);
  await page.reload();
  await submit(page, "Email", email, SHOPPER_PASSWORD, "Sign In", SIGN_IN_LOCKED);
  await page.goto("/shop/customer/account");
  await expect(page).toHaveURL(/\/shop\/customer\/account\/login/);
});

test("admin: after repeated wrong passwords the sign-in form shows the lockout message, even for the right password", async ({ page }) => {
  const admin = testData.createAdmin({ all: true });
  await page.goto("/admin/login");
  for (let i = 1; i < PAIR_MAX_FAILURES; i++) await submit(page, "Username", admin.username, `wrong-${i}`, "Sign in", SIGN_IN_FAILED);
  await submit(page, "Username", admin.username, "wrong-last", "Sign in", SIGN_IN_LOCKED);
  await page.reload();
  await submit(page, "Username", admin.username, admin.password, "Sign in", SIGN_IN_LOCKED);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("the address recorded for a sign-in is the connection's, not one the client names in its headers", async ({ page }) => {
  const admin = testData.createAdmin({ all: true });
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.50", "x-real-ip": "203.0.113.51", "x-lac-client-ip": "203.0.113.52" });
  await page.goto("/admin/login");
  await submit(page, "Username", admin.username, "wrong-once", "Sign in", SIGN_IN_FAILED);
  expect(testData.lastSignInIp(admin.username)).toMatch(/^(127\.0\.0\.1|::1)$/);
});
