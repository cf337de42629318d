import type { Page } from "@playwright/test";
import { CustomerGrid, adminSignIn, agent, expect, test } from "./support";

test.describe("Login as Customer Log and Actions Report", () => {
  test("a closed session shows in the log with its end reason, and its login/logout in the Actions Report", async ({ page, newAdminPage }) => {
    await adminSignIn(page, agent(3));
    const { banner } = await new CustomerGrid(page).loginAs("roni", "Veronica Costello");
    await expect(banner.region).toBeVisible();

    // while active, the log marks the session
    await page.getByRole("link", { name: "Login as Customer Log" }).click();
    await page.getByRole("textbox", { name: "Admin Name" }).fill("Agent Number3");
    await page.getByRole("button", { name: "Apply Filters" }).click();
    await expect(page).toHaveURL(/f_adminName=Agent/);
    const activeRow = page.getByRole("row").filter({ hasText: "roni_cost@example.com" });
    await expect(activeRow.getByText("Active")).toBeVisible();

    await banner.closeSession();

    await page.reload();
    const endedRow = page.getByRole("row").filter({ hasText: "roni_cost@example.com" }).first();
    await expect(endedRow).toContainText("Closed by the admin (Close Session)");
    await expect(endedRow).toContainText("Default Store View");

    // Support agents have no Action Logs Report: an administrator reads it
    await expect(page.getByRole("link", { name: "Action Logs Report" })).toHaveCount(0);
    await reportFor(await newAdminPage());
  });

  async function reportFor(page: Page) {
    await page.getByRole("link", { name: "Action Logs Report" }).click();
    await page.getByRole("combobox", { name: "Action Group" }).selectOption("Login As Customer");
    await page.getByRole("combobox", { name: "Username" }).selectOption("agent3");
    await page.getByRole("button", { name: "Apply Filters" }).click();
    await expect(page).toHaveURL(/f_group=Login\+As\+Customer/);
    const rows = page.getByRole("table", { name: "Action Logs" }).getByRole("row");
    await expect(rows.filter({ hasText: "logout" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "Logged in as customer:" })).toHaveCount(1);
    await rows.filter({ hasText: "logout" }).getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Action Log Details" })).toBeVisible();
    await expect(page.getByText("Logged out from the customer account:")).toBeVisible();
  }

  test("a customer created and consented by an admin shows in the Actions Report under Customers, with the details view", async ({ adminPage: page }) => {
    const stamp = Date.now().toString(36);
    await page.goto("/admin/customers/new");
    await page.getByRole("textbox", { name: "First Name" }).fill("Audit");
    await page.getByRole("textbox", { name: "Last Name" }).fill(`Trail${stamp}`);
    await page.getByRole("textbox", { name: "Email" }).fill(`audit.${stamp}@example.com`);
    await page.getByRole("button", { name: "Save Customer" }).click();
    await expect(page.getByRole("heading", { name: `Audit Trail${stamp}` })).toBeVisible();

    // tick "Allow remote shopping assistance" on the saved customer: a save and a consent entry
    await page.getByRole("tab", { name: "Account Information" }).click();
    await page.getByRole("switch", { name: "Allow remote shopping assistance" }).check();
    await page.getByRole("button", { name: "Save Customer" }).click();
    // (the page also says it after the redirect from New Customer: the form's own message)
    await expect(page.getByRole("form", { name: "Account Information" }).getByText("You saved the customer.")).toBeVisible();

    await page.goto(`/admin/system/action-logs?f_group=Customers&f_details=Trail${stamp}`);
    const rows = page.getByRole("table", { name: "Action Logs" }).getByRole("row");
    await expect(rows.filter({ hasText: "customer_index_new" })).toHaveCount(1);
    await page.goto(`/admin/system/action-logs?f_group=Customers&f_action=allow_remote_assistance`);
    await rows.filter({ hasText: "Allow remote shopping assistance: No → Yes" }).first().getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Action Log Details" })).toBeVisible();
    await expect(page.getByText("admin", { exact: true }).first()).toBeVisible();
  });

  test("the CSV export answers with the filtered rows", async ({ adminPage: page }) => {
    const res = await page.request.get("/api/admin/action-logs/export?f_group=Login+As+Customer");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    const body = await res.text();
    expect(body.split("\r\n")[0]).toBe("ID,Time,Action Group,Action,IP Address,Username,Result,Error,Full Action Name,Customer ID,Details");
    for (const line of body.trim().split("\r\n").slice(1)) expect(line).toContain("Login As Customer");
  });

  test("a role without the resources gets 403 for both pages and the export", async ({ viewerPage: page }) => {
    const log = await page.goto("/admin/customers/login-as-customer-log");
    expect(log?.status()).toBe(403);
    await expect(page.getByText("Sorry, you need permissions to view this content.")).toBeVisible();
    const report = await page.goto("/admin/system/action-logs");
    expect(report?.status()).toBe(403);
    const csv = await page.request.get("/api/admin/action-logs/export");
    expect(csv.status()).toBe(403);
  });
});
