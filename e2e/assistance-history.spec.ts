import type { Browser, Page } from "@playwright/test";
import { CustomerGrid, addProductToCart, createAccount, expect, test, testData } from "./support";

// The customer's side of Login as Customer (SPEC 10.2, 10.3): Assistance History lists every
// session on their account with what was done, and while one is live every storefront page
// says who is assisting, with End assistance. Each test makes its own customer (with consent),
// signed in on their own in a browser context of their own.

async function customerContext(browser: Browser): Promise<{ customer: Page; email: string }> {
  const context = await browser.newContext();
  const customer = await context.newPage();
  const email = await createAccount(customer, { consent: true });
  return { customer, email };
}

/** The live notice of the storefront page, for this staff name. */
const notice = (page: Page, staffName: string) => page.getByRole("status").filter({ hasText: `${staffName} from the store is assisting you now.` });

test.describe("Assistance History", () => {
  test("the customer sees the session an admin closed, with the product added to the cart in plain words", async ({ browser, supportPage }) => {
    const { customer, email } = await customerContext(browser);
    await customer.getByRole("navigation", { name: "My Account" }).getByRole("link", { name: "Assistance History" }).click();
    await expect(customer.getByRole("heading", { level: 1, name: "Assistance History" })).toBeVisible();
    await expect(customer.getByText("No one from the store has accessed your account.")).toBeVisible();

    const { tab, banner } = await new CustomerGrid(supportPage).loginAs(email);
    await banner.expectConnectedAs("Erin Tester");
    await addProductToCart(tab, "joust-duffle-bag");
    await banner.closeSession();

    await customer.reload();
    const sessions = customer.getByRole("list", { name: "Sessions" });
    const entry = sessions.getByRole("article");
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("Sam S.");
    await expect(entry).toContainText("Closed by the admin (Close Session)");
    await expect(entry.getByRole("listitem")).toHaveText(["Added Joust Duffle Bag (24-MB01) to the cart, quantity 0 → 1."]);
    await expect(customer.getByText("No one from the store has accessed your account.")).toHaveCount(0);

    // one session on its own page; another customer asking for it gets a 404
    await entry.getByRole("link", { name: /^Sam S\./ }).click();
    await expect(customer).toHaveURL(/\/shop\/customer\/account\/assistance\/[\w-]+$/);
    await expect(customer.getByRole("article")).toContainText("Added Joust Duffle Bag (24-MB01) to the cart, quantity 0 → 1.");
    const sessionUrl = customer.url();
    const other = await customerContext(browser);
    const refused = await other.customer.goto(sessionUrl);
    expect(refused?.status()).toBe(404);
    await other.customer.context().close();

    // signed out: the sign-in page, like the other account pages
    const guest = await browser.newContext();
    const guestPage = await guest.newPage();
    await guestPage.goto("/shop/customer/account/assistance");
    await expect(guestPage).toHaveURL(/\/shop\/customer\/account\/login/);
    await guest.close();
    await customer.context().close();
  });

  test("while a session is live the customer sees who is assisting and ends it; the admin's tab is signed out", async ({ browser, newAdminPage }) => {
    const staff = testData.createAdmin({ all: true, firstName: "Hana", lastName: "Helper" });
    const admin = await newAdminPage(staff);
    const { customer, email } = await customerContext(browser);
    await expect(notice(customer, "Hana H.")).toHaveCount(0);

    const { tab, banner } = await new CustomerGrid(admin).loginAs(email);
    await banner.expectConnectedAs("Erin Tester");
    // the admin's own tab shows the banner, not the customer's notice
    await expect(notice(tab, "Hana H.")).toHaveCount(0);

    // every storefront page of the customer's says so; such a page is never shared-cacheable
    const home = await customer.goto("/shop");
    expect(home?.headers()["cache-control"]).not.toContain("public");
    await expect(notice(customer, "Hana H.")).toBeVisible();
    const product = await customer.goto("/shop/product/joust-duffle-bag");
    expect(product?.headers()["cache-control"]).toBe("private, no-store");
    await expect(notice(customer, "Hana H.")).toBeVisible();

    await notice(customer, "Hana H.").getByRole("button", { name: "End assistance" }).click();
    await expect(customer.getByRole("status").filter({ hasText: "You ended the assistance session." })).toBeVisible();
    await expect(notice(customer, "Hana H.")).toHaveCount(0);
    await customer.reload();
    await expect(notice(customer, "Hana H.")).toHaveCount(0);

    // the admin's tab, at its next request: signed out, shown the sign-in page
    await tab.goto("/shop/customer/account");
    await expect(tab).toHaveURL(/\/shop\/customer\/account\/login/);
    await expect(tab.getByRole("heading", { name: "Customer Login" })).toBeVisible();
    await banner.expectGone();

    // recorded: the Login as Customer Log and the Actions Report say how it ended; so does the history
    await admin.goto(`/admin/customers/login-as-customer-log?f_customerEmail=${encodeURIComponent(email)}`);
    await expect(admin.getByRole("row").filter({ hasText: email })).toContainText("Ended by the customer");
    await admin.goto(`/admin/system/action-logs?f_group=Login+As+Customer&f_details=${encodeURIComponent(email)}`);
    await expect(admin.getByRole("table", { name: "Action Logs" }).getByRole("row").filter({ hasText: "(Ended by the customer)" })).toHaveCount(1);
    await customer.goto("/shop/customer/account/assistance");
    await expect(customer.getByRole("article")).toContainText("Ended by the customer");
    await customer.context().close();
  });
});
