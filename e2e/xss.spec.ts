import type { BrowserContext, Page } from "@playwright/test";
import { CustomerGrid, LoginAsCustomerDialog, adminSignIn, createAccount, expect, loginAsCustomerButton, test, testData } from "./support";

// Stored XSS (issue 8): names carrying script payloads are stored through the
// normal forms and must show as literal text wherever they appear — storefront,
// admin customer grid and edit page, the Login as Customer banner, the Login as
// Customer Log and the Actions Report. Any dialog (alert) fails the test, and
// no element of a payload may exist in the page.

const FIRST = "<img src=x onerror=alert(1)>";
const LAST = '"><script>alert(2)</script>';
const RENAMED = "<svg onload=alert(3)>";
const ADMIN_FIRST = "<img src=y onerror=alert(4)>";
const ADMIN_LAST = "'\"><b onmouseover=alert(5)>x</b>";
const INJECTED = 'img[src="x"], img[src="y"], svg[onload], b[onmouseover]';

/** Every dialog in any page of these contexts is recorded: the test expects none. */
function watchDialogs(...contexts: BrowserContext[]) {
  const dialogs: string[] = [];
  const watch = (p: Page) =>
    p.on("dialog", (d) => {
      dialogs.push(`${d.type()}: ${d.message()} on ${p.url()}`);
      void d.dismiss();
    });
  for (const c of contexts) {
    c.pages().forEach(watch);
    c.on("page", watch);
  }
  return dialogs;
}

async function expectLiteral(page: Page, text: string) {
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  await expect(page.locator(INJECTED)).toHaveCount(0);
}

test("script payloads in customer and admin names show as text in the storefront, the admin, the banner and the logs", async ({ browser }) => {
  const shop = await browser.newContext();
  const admin = await browser.newContext();
  const reader = await browser.newContext();
  const dialogs = watchDialogs(shop, admin, reader);

  // the customer signs up with payloads as first and last name, and consents
  const shopper = await shop.newPage();
  const email = await createAccount(shopper, { consent: true, first: FIRST, last: LAST });
  await expectLiteral(shopper, FIRST);

  // an agent whose own name is a payload (it shows in the Login as Customer Log)
  const agent = testData.createAdmin({
    resources: [
      "dashboard",
      "customers",
      "customers.all",
      "customers.actions",
      "customers.edit",
      "customers.lac",
      "customers.lac.login",
      "customers.lac.log",
      "customers.lac.assist",
    ],
    firstName: ADMIN_FIRST,
    lastName: ADMIN_LAST,
  });
  const page = await admin.newPage();
  await adminSignIn(page, agent);

  // customer grid
  const row = await new CustomerGrid(page).find(email);
  await expect(row).toContainText(`${FIRST} ${LAST}`);
  await expect(page.locator(INJECTED)).toHaveCount(0);

  // customer edit page
  await row.getByRole("link", { name: /^Edit / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${FIRST} ${LAST}`);
  await expect(page.locator(INJECTED)).toHaveCount(0);

  // Login as Customer: the banner and the welcome message
  const dialog = await LoginAsCustomerDialog.openFrom(loginAsCustomerButton(page).first());
  const { tab, banner } = await dialog.confirm();
  await expect(tab.getByText(`You are logged in as customer: ${FIRST} ${LAST}`)).toBeVisible();
  await banner.expectConnectedAs(`${FIRST} ${LAST}`);
  await expect(tab.locator(INJECTED)).toHaveCount(0);

  // a save while logged in as the customer: the before → after values go to the Actions Report
  await tab.goto("/shop/customer/account/edit");
  await tab.getByLabel("First Name").fill(RENAMED);
  await tab.getByRole("button", { name: "Save" }).click();
  await expect(tab.getByText("You saved the account information.")).toBeVisible();
  // the banner keeps the name the session started with
  await banner.expectConnectedAs(`${FIRST} ${LAST}`);
  await expect(tab.getByLabel("First Name")).toHaveValue(RENAMED);
  await expect(tab.locator(INJECTED)).toHaveCount(0);
  await banner.closeSession();

  // Login as Customer Log: the agent's name
  await page.goto(`/admin/customers/login-as-customer-log?f_customerEmail=${encodeURIComponent(email)}`);
  const logRow = page.getByRole("row").filter({ hasText: email });
  await expect(logRow).toHaveCount(1);
  await expect(logRow).toContainText(`${ADMIN_FIRST} ${ADMIN_LAST}`);
  await expect(page.locator(INJECTED)).toHaveCount(0);

  // Actions Report (an administrator): the row and its details view
  const report = await reader.newPage();
  await adminSignIn(report, testData.createAdmin({ all: true }));
  await report.goto(`/admin/system/action-logs?f_group=Login+As+Customer&f_username=${agent.username}`);
  const saveRow = report.getByRole("table", { name: "Action Logs" }).getByRole("row").filter({ hasText: "customer_account_editPost" });
  await expect(saveRow).toHaveCount(1);
  await expect(saveRow).toContainText(RENAMED);
  await expect(report.locator(INJECTED)).toHaveCount(0);
  await saveRow.getByRole("link").click();
  await expect(report.getByRole("heading", { name: "Action Log Details" })).toBeVisible();
  await expectLiteral(report, `${FIRST} → ${RENAMED}`);

  // the grid again, after the rename
  await page.goto(`/admin/customers?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText(`${RENAMED} ${LAST}`);
  await expect(page.locator(INJECTED)).toHaveCount(0);

  expect(dialogs).toEqual([]);
  await Promise.all([shop.close(), admin.close(), reader.close()]);
});
