// SPEC 10.1: consent is a grant with a duration. The customer (and an admin with the right) picks how
// long in "Allow for"; the page then says until when; once it has run out it is no consent.
import type { Page } from "@playwright/test";
import { formatDateTime } from "../lib/format";
import { CustomerGrid, createAccount, expect, LoginAsCustomerDialog, loginAsCustomerButton, test, testData } from "./support";

const HOUR = 3_600_000;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * "Remote shopping assistance is allowed until <date and time>." for a grant of `ms` given between
 * `from` and `to` (the page shows minutes, UTC): any minute in that span, with a minute's slack.
 */
function allowedUntil(ms: number, from: number, to: number): RegExp {
  const minutes = new Set<string>();
  for (let t = from + ms - 60_000; t <= to + ms + 60_000; t += 30_000) minutes.add(formatDateTime(t));
  return new RegExp(`^Remote shopping assistance is allowed until (${[...minutes].map(escape).join("|")})\\.$`);
}

async function openAccountInformation(page: Page) {
  await page.getByRole("navigation", { name: "My Account" }).getByRole("link", { name: "Account Information" }).click();
  await expect(page.getByRole("heading", { name: "Edit Account Information" })).toBeVisible();
}

test.describe("Consent is a grant with a duration: storefront", () => {
  test("ticking the box for 24 hours says until when, about a day ahead, and the page keeps showing it", async ({ newShopperPage: page }) => {
    await openAccountInformation(page);
    const consent = page.getByRole("checkbox", { name: "Allow remote shopping assistance" });
    const allowFor = page.getByRole("combobox", { name: "Allow for" });
    await expect(consent).not.toBeChecked();
    // the four choices, the configured default (24 hours) preselected
    await expect(allowFor.getByRole("option")).toHaveText(["24 hours", "7 days", "30 days", "Until I turn it off"]);
    await expect(allowFor).toHaveValue("24h");
    await consent.check();
    await allowFor.selectOption({ label: "7 days" });
    await allowFor.selectOption({ label: "24 hours" });
    const from = Date.now();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "You saved the account information." })).toBeVisible();
    const sentence = allowedUntil(24 * HOUR, from, Date.now());
    await expect(page.getByText(sentence)).toBeVisible();

    // the page shows the running grant, ticked, with what fits it preselected
    await page.reload();
    await expect(page.getByText(sentence)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Allow remote shopping assistance" })).toBeChecked();
    await expect(page.getByRole("combobox", { name: "Allow for" })).toHaveValue("24h");
  });

  test("Until I turn it off says so; unticking withdraws and the sentence goes", async ({ newShopperPage: page }) => {
    await openAccountInformation(page);
    await page.getByRole("checkbox", { name: "Allow remote shopping assistance" }).check();
    await page.getByRole("combobox", { name: "Allow for" }).selectOption({ label: "Until I turn it off" });
    await page.getByRole("button", { name: "Save" }).click();
    const sentence = page.getByText("Remote shopping assistance is allowed until you turn it off.", { exact: true });
    await expect(sentence).toBeVisible();
    await page.reload();
    await expect(sentence).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Allow for" })).toHaveValue("unlimited");

    await page.getByRole("checkbox", { name: "Allow remote shopping assistance" }).uncheck();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "You saved the account information." })).toBeVisible();
    await expect(sentence).toHaveCount(0);
    await expect(page.getByText(/^Remote shopping assistance is allowed until/)).toHaveCount(0);
  });

  test("Create Account offers Allow for too, and the new account's page says until when", async ({ page }) => {
    const email = `e2e.grant.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.com`;
    await page.goto("/shop/customer/account/create");
    await expect(page.getByRole("combobox", { name: "Allow for" })).toHaveValue("24h");
    await page.getByLabel("First Name").fill("Gina");
    await page.getByLabel("Last Name").fill("Grant");
    await page.getByRole("checkbox", { name: "Allow remote shopping assistance" }).check();
    await page.getByRole("combobox", { name: "Allow for" }).selectOption({ label: "30 days" });
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("Shopper123!");
    await page.getByLabel("Confirm Password").fill("Shopper123!");
    const from = Date.now();
    await page.getByRole("button", { name: "Create an Account" }).click();
    await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();
    const to = Date.now();
    await openAccountInformation(page);
    await expect(page.getByText(allowedUntil(30 * 24 * HOUR, from, to))).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Allow for" })).toHaveValue("30d");
  });
});

test.describe("Consent is a grant with a duration: admin", () => {
  test("an admin switches the toggle on with Allow for 7 days and the customer page shows the end", async ({ page, newAdminPage, superAdmin }) => {
    const email = await createAccount(page);
    const customer = testData.customer(email);
    const admin = await newAdminPage(superAdmin);
    await admin.goto(`/admin/customers/${customer.id}`);
    await admin.getByRole("tab", { name: "Account Information" }).click();
    const form = admin.getByRole("form", { name: "Account Information" });
    await form.getByRole("switch", { name: "Allow remote shopping assistance" }).check();
    await expect(form.getByRole("combobox", { name: "Allow for" })).toHaveValue("24h");
    await form.getByRole("combobox", { name: "Allow for" }).selectOption({ label: "7 days" });
    const from = Date.now();
    await admin.getByRole("button", { name: "Save Customer" }).click();
    await expect(form.getByText("You saved the customer.")).toBeVisible();
    const sentence = allowedUntil(7 * 24 * HOUR, from, Date.now());
    await expect(form.getByText(sentence)).toBeVisible();
    expect(testData.assistance(customer.id)).toBe(true);

    // the Customer View tab says it too, and the grid says Yes
    await admin.getByRole("tab", { name: "Customer View" }).click();
    await expect(admin.getByRole("tabpanel").getByText(sentence)).toBeVisible();
    const grid = new CustomerGrid(admin);
    const row = await grid.find(email);
    await expect(row.getByRole("cell", { name: "Yes", exact: true })).toBeVisible();

    // and the customer sees the same end on their own page
    await openAccountInformation(page);
    await expect(page.getByText(sentence)).toBeVisible();
  });

  test("an expired grant is no consent: the grid says No, the Yes filter leaves it out, the button shows the not-enabled dialog", async ({
    page,
    newAdminPage,
    superAdmin,
  }) => {
    const email = await createAccount(page, { consent: true });
    const customer = testData.customer(email);
    const admin = await newAdminPage(superAdmin);
    const grid = new CustomerGrid(admin);
    await expect((await grid.find(email)).getByRole("cell", { name: "Yes", exact: true })).toBeVisible();

    // the grant ran out an hour ago
    const ended = new Date(Date.now() - HOUR);
    testData.setAssistance(customer.id, true, ended);
    const row = await grid.find(email);
    await expect(row.getByRole("cell", { name: "No", exact: true })).toBeVisible();
    await grid.filter({ "Allow Remote Shopping Assistance": "Yes" });
    await expect(grid.row(email)).toHaveCount(0);
    await grid.filter({ "Allow Remote Shopping Assistance": "No" });
    await expect(grid.row(email)).toHaveCount(1);

    const dialog = await LoginAsCustomerDialog.openFrom(loginAsCustomerButton(grid.row(email)), "notEnabled");
    await expect(dialog.root).toBeVisible();
    await dialog.close();

    // the customer edit page says when it ended; the customer's own box shows unticked
    await admin.goto(`/admin/customers/${customer.id}`);
    const endedText = `Remote shopping assistance was allowed until ${formatDateTime(ended)}; that permission has ended.`;
    await expect(admin.getByRole("tabpanel").getByText(endedText)).toBeVisible();
    await openAccountInformation(page);
    await expect(page.getByRole("checkbox", { name: "Allow remote shopping assistance" })).not.toBeChecked();
    await expect(page.getByText(endedText)).toBeVisible();
  });
});
