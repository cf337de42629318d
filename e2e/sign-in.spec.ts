import { ADMINS, SHOPPERS, adminSignIn, expect, shopSignIn, submitAdminSignIn, submitShopSignIn, test } from "./support";

test.describe("admin sign-in", () => {
  test("admin signs in with admin / Admin123! and sees the dashboard and navigation", async ({ adminPage: page }) => {
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Admin" });
    for (const name of ["Dashboard", "Orders", "All Customers", "Login as Customer Log", "Configuration", "User Roles", "All Users", "Action Logs Report"]) {
      await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
    }
  });

  test("a wrong password shows a clear message and no session", async ({ page }) => {
    await page.goto("/admin");
    await submitAdminSignIn(page, { username: ADMINS.admin.username, password: "not-the-password" });
    await expect(page.getByRole("alert").filter({ hasText: "The account sign-in was incorrect" })).toBeVisible();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/login/);
  });

  test("signed-out visitors are sent to the sign-in page from any admin page", async ({ page }) => {
    for (const path of ["/admin", "/admin/customers", "/admin/config", "/admin/system/roles"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/admin\/login/);
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    }
  });

  test("sign out ends the admin session", async ({ adminPage: page }) => {
    await page.getByRole("button", { name: "Sign Out" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/login/);
  });

  test("the Viewer role sees only its navigation entries", async ({ viewerPage: page }) => {
    const nav = page.getByRole("navigation", { name: "Admin" });
    await expect(nav.getByRole("link", { name: "All Customers" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Orders" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Configuration" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Login as Customer Log" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "User Roles" })).toHaveCount(0);
  });
});

test.describe("shopper sign-in", () => {
  test("a shopper signs in and out", async ({ shopperPage: page }) => {
    await expect(page.getByText(`Welcome, ${SHOPPERS.roni.name}!`)).toBeVisible();
    await expect(page.getByRole("link", { name: "My Account" })).toBeVisible();
    await page.getByRole("button", { name: "Sign Out" }).click();
    await expect(page.getByRole("link", { name: "Sign In" })).toBeVisible();
    await page.goto("/shop/customer/account");
    await expect(page).toHaveURL(/\/shop\/customer\/account\/login/);
  });

  test("a wrong shopper password is refused with a message", async ({ page }) => {
    await page.goto("/shop/customer/account/login");
    await submitShopSignIn(page, { email: SHOPPERS.roni.email, password: "wrong-password" });
    await expect(page.getByRole("alert").filter({ hasText: "The account sign-in was incorrect" })).toBeVisible();
  });

  test("a Second Website shopper cannot sign in on the Main Website", async ({ page }) => {
    await page.goto("/shop/customer/account/login");
    await submitShopSignIn(page, SHOPPERS.sam);
    await expect(page.getByRole("alert").filter({ hasText: "This account belongs to another website. Please sign in on Second Website." })).toBeVisible();
  });

  test("a visitor creates an account with the consent checkbox and is signed in", async ({ page }) => {
    const email = `new.shopper.${Date.now()}@example.com`;
    await page.goto("/shop");
    await page.getByRole("link", { name: "Create an Account" }).click();
    await page.getByRole("button", { name: "Create an Account" }).click();
    await expect(page.getByText("First Name is required.")).toBeVisible();
    await page.getByLabel("First Name").fill("Nora");
    await page.getByLabel("Last Name").fill("Newman");
    await page.getByRole("checkbox", { name: "Allow remote shopping assistance" }).check();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("Shopper123!");
    await page.getByLabel("Confirm Password").fill("Shopper123!");
    await page.getByRole("button", { name: "Create an Account" }).click();
    await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
    await expect(page.getByText("Welcome, Nora Newman!")).toBeVisible();
  });
});

test.describe("two realms", () => {
  test("an admin session is not a shopper session, and a shopper session grants nothing in /admin", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await adminSignIn(page);
    await page.goto("/shop");
    await expect(page.getByRole("link", { name: "Sign In" })).toBeVisible();
    await shopSignIn(page);
    // both sessions side by side, each in its own cookie
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    const names = (await context.cookies()).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["lac_admin_session", "lac_shop_session"]));
    await context.close();

    const shopperOnly = await browser.newContext();
    const shopperPage = await shopperOnly.newPage();
    await shopSignIn(shopperPage);
    await shopperPage.goto("/admin");
    await expect(shopperPage).toHaveURL(/\/admin\/login/);
    await shopperOnly.close();
  });

  test("auth cookies are HttpOnly and SameSite=Lax", async ({ adminPage: page, context }) => {
    await shopSignIn(page);
    const cookies = (await context.cookies()).filter((c) => c.name.endsWith("_session"));
    expect(cookies).toHaveLength(2);
    for (const c of cookies) {
      expect(c.httpOnly).toBe(true);
      expect(c.sameSite).toBe("Lax");
    }
  });
});
