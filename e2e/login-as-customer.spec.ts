import type { Page } from "@playwright/test";
import {
  CustomerGrid,
  LoginAsCustomerDialog,
  StorefrontBanner,
  addProductToCart,
  adminSignIn,
  agent,
  createAccount,
  expect,
  loginAsCustomerButton,
  miniCart,
  test,
  testData,
  type AdminAccount,
} from "./support";

// Login as Customer, as a support agent does it. Each test starts its own admin
// session; sessions are one per admin, so tests that start one use different
// admin users where they run in parallel.

test.describe("Login as Customer", () => {
  test("admin logs in as Veronica from the customer grid, sees the banner everywhere, and closes the session", async ({ context, adminPage: page }) => {
    const { tab, banner, secretUrl } = await new CustomerGrid(page).loginAs("roni", "Veronica Costello");

    await expect(tab.getByText("You are logged in as customer: Veronica Costello")).toBeVisible();
    await expect(tab).toHaveURL(/\/shop\/customer\/account\?lac=1$/);
    expect(tab.url()).not.toContain("secret");
    await banner.expectConnectedAs("Veronica Costello");

    const response = await tab.goto("/shop");
    expect(response?.headers()["cache-control"]).toContain("no-store");
    await expect(banner.region).toBeVisible();

    // the secret is single use
    const replay = await context.newPage();
    await replay.goto(secretUrl);
    await expect(replay.getByRole("heading", { name: "Login was not successful." })).toBeVisible();
    await replay.close();

    await banner.closeSession();
    await banner.expectGone();
    await tab.goto("/shop/customer/account");
    await expect(tab).toHaveURL(/\/shop\/customer\/account\/login/);
  });

  test("from the customer page and the order page header; Cancel starts nothing", async ({ context, supportPage: page }) => {
    const row = await new CustomerGrid(page).find("marie", "Marie Dubois");
    await row.getByRole("link", { name: "Edit Marie Dubois" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Marie Dubois" })).toBeVisible();
    const cancelled = await LoginAsCustomerDialog.openFrom(loginAsCustomerButton(page).first());
    await cancelled.cancel();
    expect(context.pages()).toHaveLength(1);
    const fromCustomer = await (await LoginAsCustomerDialog.openFrom(loginAsCustomerButton(page).first())).confirm();
    await fromCustomer.banner.expectConnectedAs("Marie Dubois");
    await fromCustomer.tab.close();

    await page.goto("/admin/sales/orders");
    await page.getByRole("link", { name: "View" }).first().click();
    await expect(page).toHaveURL(/\/admin\/sales\/orders\/\d+/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("#");
    // every seeded order belongs to a registered customer, so the header has the button
    const fromOrder = await (await LoginAsCustomerDialog.openFrom(loginAsCustomerButton(page).first())).confirm();
    await expect(fromOrder.banner.region).toContainText("You are connected as");
  });

  test("starting a second session ends the first one on its next request", async ({ browser, newAdminPage }) => {
    const page = await newAdminPage(agent(2));
    const grid = new CustomerGrid(page);
    const first = await grid.loginAs("roni", "Veronica Costello");
    await first.banner.expectConnectedAs("Veronica Costello");
    // the first tab keeps the first session's cookie (the second session's tab would overwrite it in this profile)
    const firstTabCookies = await page.context().cookies();
    const second = await grid.loginAs("marie", "Marie Dubois");
    await second.banner.expectConnectedAs("Marie Dubois");
    const firstTab = await browser.newContext();
    await firstTab.addCookies(firstTabCookies);
    const stale = await firstTab.newPage();
    await stale.goto("/shop");
    await expect(stale).toHaveURL(/\/shop\/customer\/account\/login/);
    await new StorefrontBanner(stale).expectGone();
    await second.tab.reload();
    await expect(second.banner.region).toContainText("Marie Dubois");
    await firstTab.close();
  });

  test("a customer who has not consented gets the not-enabled dialog", async ({ adminPage: page }) => {
    const grid = new CustomerGrid(page);
    const dialog = await grid.loginAsCustomer(await grid.find("john.smith", "John Smith"), "notEnabled");
    await expect(dialog.root).toContainText('The user has not enabled the "Allow remote shopping assistance" functionality.');
    await dialog.close();
  });

  test("the viewer role sees no Login as Customer button", async ({ viewerPage: page }) => {
    await new CustomerGrid(page).find("roni", "Veronica Costello");
    await expect(loginAsCustomerButton(page)).toHaveCount(0);
  });

  test("the admin signing out of the admin ends the storefront session on its next request", async ({ newAdminPage }) => {
    const page = await newAdminPage(agent(1));
    const { tab, banner } = await new CustomerGrid(page).loginAs("roni", "Veronica Costello");
    await expect(banner.region).toBeVisible();

    await page.getByRole("button", { name: "Sign Out" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await tab.goto("/shop");
    await expect(tab).toHaveURL(/\/shop\/customer\/account\/login/);
    await banner.expectGone();
  });
});

test.describe("Login as Customer: what the admin does is real and recorded", () => {
  test("cart changes, a refused coupon and an order are recorded in order; the order carries both comments", async ({ page, newAdminPage }) => {
    await adminSignIn(page, agent(4));
    const { tab, banner } = await new CustomerGrid(page).loginAs("roni", "Veronica Costello");
    await expect(banner.region).toBeVisible();

    for (const product of ["joust-duffle-bag", "affirm-water-bottle"]) {
      await tab.goto(`/shop/product/${product}`);
      await expect(banner.region).toBeVisible();
      await tab.getByRole("button", { name: "Add to Cart" }).click();
      await expect(
        tab
          .getByRole("status")
          .filter({ hasText: /added|updated/i })
          .first(),
      ).toBeVisible();
    }
    await tab.goto("/shop/checkout/cart");
    await tab.waitForLoadState("networkidle"); // hydrated: the form posts what was typed
    await tab.getByLabel("Qty for Joust Duffle Bag").fill("3");
    await tab.getByRole("form", { name: "Update Joust Duffle Bag" }).getByRole("button", { name: "Update Cart" }).click();
    await expect(tab.getByText("Subtotal $102.00")).toBeVisible();
    await tab.getByRole("form", { name: "Remove Affirm Water Bottle" }).getByRole("button", { name: "Remove item" }).click();
    await expect(tab.getByRole("form", { name: "Remove Affirm Water Bottle" })).toHaveCount(0);
    await tab.getByLabel("Enter discount code").fill("NOT-A-CODE");
    await tab.getByRole("button", { name: "Apply Discount" }).click();
    await expect(tab.getByText('The coupon code "NOT-A-CODE" is not valid.')).toBeVisible();

    await tab.getByRole("button", { name: "Proceed to Checkout" }).click();
    await expect(tab.getByRole("heading", { name: "Checkout" })).toBeVisible();
    const saved = tab.getByRole("radio", { name: /6146 Honey Bluff Parkway/ });
    if ((await saved.count()) > 0) await saved.check(); // Veronica's address book entry
    await tab.getByRole("button", { name: "Place Order" }).click();
    await expect(tab.getByRole("heading", { name: "Thank you for your purchase!" })).toBeVisible();
    const number = (await tab.getByRole("link", { name: /^\d{9}$/ }).textContent())!.trim();

    // the storefront shows only the customer-visible comment
    await tab.getByRole("link", { name: number }).click();
    await expect(tab.getByRole("heading", { name: `Order # ${number}` })).toBeVisible();
    await expect(tab.getByText("Order Placed by Store Administrator")).toBeVisible();
    await expect(tab.getByText("using Login as Customer")).toHaveCount(0);
    await banner.closeSession();

    // an administrator reads the report and the order
    const admin = await newAdminPage();
    await admin.goto("/admin/system/action-logs?f_group=Login+As+Customer&f_username=agent4&dir=asc");
    const table = admin.getByRole("table", { name: "Action Logs" });
    const rows = table.getByRole("row").filter({ hasText: "agent4" });
    const sequence = [];
    for (let i = 0; i < (await rows.count()); i++) sequence.push((await rows.nth(i).getByRole("cell").nth(2).textContent())?.trim());
    expect(sequence).toEqual(["login", "add_to_cart", "add_to_cart", "update_qty", "remove_cart_item", "apply_coupon_code", "place_order", "logout"]);
    const couponRow = rows.filter({ hasText: "apply_coupon_code" });
    await expect(couponRow).toContainText("Failure");
    await expect(rows.filter({ hasText: "place_order" })).toContainText(`Order #${number}:`);
    await expect(rows.filter({ hasText: "place_order" })).toContainText("24-MB01 × 3");
    await rows.filter({ hasText: "update_qty" }).getByRole("link").click();
    await expect(admin.getByText("SKU 24-MB01: 1 → 3")).toBeVisible();

    await admin.goto(`/admin/sales/orders?q=${number}`);
    await admin.getByRole("link", { name: "View" }).first().click();
    await expect(admin.getByText("Order Placed by Store Administrator")).toBeVisible();
    await expect(admin.getByText("Order Placed by Agent Number4 using Login as Customer")).toBeVisible();
  });
});

test.describe("Login as Customer: the customer stays in control", () => {
  test("guest cart is not merged, email change is refused, and withdrawing consent ends the session", async ({ browser }) => {
    // the customer creates an account with consent, in their own browser
    const shopperContext = await browser.newContext();
    const shopper = await shopperContext.newPage();
    const last = `Consent${Date.now().toString(36)}`;
    const email = await createAccount(shopper, { consent: true, first: "Cora", last });

    // the agent's browser has a guest cart with one item
    const agentContext = await browser.newContext();
    const page = await agentContext.newPage();
    await addProductToCart(page, "zing-jump-rope");
    await expect(miniCart(page)).toHaveAccessibleName("Cart (1 item)");
    await adminSignIn(page, agent(5));
    const { tab, banner } = await new CustomerGrid(page).loginAs(email, `Cora ${last}`);
    await banner.expectConnectedAs(`Cora ${last}`);
    await expect(miniCart(tab)).toHaveAccessibleName("Cart (0 items)");

    await tab.goto("/shop/customer/account/edit");
    await tab.getByRole("checkbox", { name: "Change Email" }).check();
    await tab.getByLabel("Email", { exact: true }).fill("hijacked@example.com");
    await tab.getByLabel("Current Password").fill("Shopper123!");
    await tab.getByRole("button", { name: "Save" }).click();
    await expect(tab.getByText("This action is not available while logged in as customer.")).toBeVisible();

    // the customer unticks the consent: the agent's tab is signed out on its next request
    await shopper.goto("/shop/customer/account/edit");
    await shopper.getByRole("checkbox", { name: "Allow remote shopping assistance" }).uncheck();
    await shopper.getByRole("button", { name: "Save" }).click();
    await expect(shopper.getByText("You saved the account information.")).toBeVisible();
    await tab.goto("/shop/checkout/cart");
    await expect(tab).toHaveURL(/\/shop\/customer\/account\/login/);
    await banner.expectGone();
    await expect(shopper.getByRole("checkbox", { name: "Allow remote shopping assistance" })).not.toBeChecked();
    await agentContext.close();
    await shopperContext.close();
  });
});

test.describe("Login as Customer: headless API", () => {
  /** An admin's own token, made on their own Edit User page with the default expiry and their password. */
  async function ownToken(page: Page, account: AdminAccount): Promise<string> {
    await page.goto(`/admin/system/users?q=${account.username}`);
    await page.getByRole("link", { name: `Edit ${account.username}`, exact: true }).click();
    await expect(page.getByRole("heading", { name: "API Tokens" })).toBeVisible();
    const form = page.getByRole("form", { name: "Create API token" });
    await form.getByLabel("Token Name").fill(`e2e ${Date.now()}`);
    await expect(form.getByLabel("Expires After")).toHaveValue("90");
    await form.getByLabel("Your Password").fill(account.password);
    await form.getByRole("button", { name: "Create Token" }).click();
    const field = page.getByLabel("New API token (shown once)");
    await expect(field).toHaveValue(/^lac_at_/);
    return field.inputValue();
  }

  test("a token of a role with the permission gets a one-time URL; one without it is refused; a revoked token is refused", async ({ newAdminPage }) => {
    // tokens are made by their owner: an admin who may manage users, with and without Allow Login as Customer
    const withoutLogin = testData.createAdmin({ resources: ["system.permissions.users", "customers.all"] });
    const viewerPage = await newAdminPage(withoutLogin);
    const viewerToken = await ownToken(viewerPage, withoutLogin);
    const refused = await viewerPage.request.post("/api/admin/login-as-customer", {
      headers: { authorization: `Bearer ${viewerToken}` },
      data: { customerEmail: "roni_cost@example.com" },
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error).toBe("You are not allowed to login as customer.");

    const agentAccount = testData.createAdmin({ resources: ["system.permissions.users", "customers.all", "customers.lac.login"] });
    const page = await newAdminPage(agentAccount);
    const agentToken = await ownToken(page, agentAccount);
    const ok = await page.request.post("/api/admin/login-as-customer", {
      headers: { authorization: `Bearer ${agentToken}` },
      data: { customerEmail: "roni_cost@example.com" },
    });
    // Require a Reason is Yes in the demo: the API says so as the dialog does
    expect(ok.status()).toBe(422);
    expect((await ok.json()).error).toBe("Please enter a reason (at least 5 characters).");
    const withReason = await page.request.post("/api/admin/login-as-customer", {
      headers: { authorization: `Bearer ${agentToken}` },
      data: { customerEmail: "roni_cost@example.com", reason: "Checking an order for the customer" },
    });
    expect(withReason.status()).toBe(200);
    expect((await withReason.json()).url).toMatch(/\/shop\/login-as-customer#secret=[A-Za-z0-9_-]{43}$/);
    const noConsent = await page.request.post("/api/admin/login-as-customer", {
      headers: { authorization: `Bearer ${agentToken}` },
      data: { customerEmail: "john.smith@example.com", reason: "Checking an order for the customer" },
    });
    expect(noConsent.status()).toBe(403);
    expect((await noConsent.json()).error).toBe("Login as Customer assistance is disabled for this Customer.");
    const bad = await page.request.post("/api/admin/login-as-customer", {
      headers: { authorization: `Bearer ${agentToken}` },
      data: { customerId: "1; DROP TABLE" },
    });
    expect(bad.status()).toBe(400);

    await page
      .getByRole("form", { name: /^Revoke e2e/ })
      .first()
      .getByRole("button", { name: "Revoke" })
      .click();
    await expect(page.getByText("The API token was revoked.")).toBeVisible();
    const revoked = await page.request.post("/api/admin/login-as-customer", {
      headers: { authorization: `Bearer ${agentToken}` },
      data: { customerEmail: "roni_cost@example.com" },
    });
    expect(revoked.status()).toBe(401);
  });
});
