// The storefront's password reset as a shopper uses it: Forgot Your Password? on the
// sign-in page, the email's link, Set a New Password; and the admin's Reset Password,
// which sends that email instead of showing a password.
import { SHOPPER_PASSWORD, createAccount, expect, test, testData } from "./support";

const ANSWER = (email: string) => `If there is an account associated with ${email} you will receive an email with a link to reset your password.`;

/** Waits for the reset email the app's sender delivers, and returns its link. */
async function resetLinkFor(email: string): Promise<string> {
  let link = "";
  await expect
    .poll(
      () => {
        const mail = testData.lastEmailTo(email, "Reset your password");
        link = /https?:\/\/\S+#token=[\w-]+/.exec(mail?.text ?? "")?.[0] ?? "";
        return link;
      },
      { timeout: 20_000 },
    )
    .not.toBe("");
  return link;
}

test("a shopper resets a forgotten password from the sign-in page; the link works once", async ({ page }) => {
  const email = await createAccount(page);
  await page.getByRole("button", { name: "Sign Out" }).click();
  await expect(page.getByRole("link", { name: "Sign In" })).toBeVisible();
  await page.goto("/shop/customer/account/login");
  await page.getByRole("link", { name: "Forgot Your Password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot Your Password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Reset My Password" }).click();
  await expect(page.getByText(ANSWER(email))).toBeVisible();

  const link = await resetLinkFor(email);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Set a New Password" })).toBeVisible();
  // a mismatch is refused next to the field, and the link still works afterwards
  await page.getByLabel("New Password", { exact: true }).fill("Brand-New-456");
  await page.getByLabel("Confirm New Password").fill("Something-else-1");
  await page.getByRole("button", { name: "Set a New Password" }).click();
  await expect(page.getByText("Please enter the same value again.")).toBeVisible();
  await page.getByLabel("New Password", { exact: true }).fill("Brand-New-456");
  await page.getByLabel("Confirm New Password").fill("Brand-New-456");
  await page.getByRole("button", { name: "Set a New Password" }).click();
  await expect(page.getByText("You saved your new password. Please sign in.")).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(SHOPPER_PASSWORD);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();
  await page.getByLabel("Password").fill("Brand-New-456");
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
  await page.getByRole("button", { name: "Sign Out" }).click();
  await expect(page.getByRole("link", { name: "Sign In" })).toBeVisible();

  // the same link again: refused
  await page.goto(link);
  await page.getByLabel("New Password", { exact: true }).fill("Third-Pass-789");
  await page.getByLabel("Confirm New Password").fill("Third-Pass-789");
  await page.getByRole("button", { name: "Set a New Password" }).click();
  await expect(page.getByText("This password reset link has expired or was already used.")).toBeVisible();
});

test("an unknown email gets the same answer, and no email", async ({ page }) => {
  const email = `nobody.${Date.now()}@example.com`;
  await page.goto("/shop/customer/account/forgotpassword");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Reset My Password" }).click();
  await expect(page.getByText(ANSWER(email))).toBeVisible();
  expect(testData.lastEmailTo(email)).toBeNull();
});

test("the admin's Reset Password emails the customer a link and shows no password", async ({ adminPage, browser }) => {
  const shopper = await browser.newPage();
  const email = await createAccount(shopper);
  const { id } = testData.customer(email);
  await adminPage.goto(`/admin/customers/${id}`);
  await adminPage.getByRole("button", { name: "Reset Password" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "The customer will receive an email with a link to reset password." })).toBeVisible();
  await expect(adminPage.getByText(/new password is/i)).toHaveCount(0);
  expect(await resetLinkFor(email)).toContain("/shop/customer/account/createpassword#token=");
  await shopper.close();
});
