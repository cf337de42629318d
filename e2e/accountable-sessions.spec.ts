// Accountable sessions (SPEC 10.5–10.7) in the browser: the reason is required and lands
// in the log; a view-only session says so, counts down, and refuses a change with the
// SPEC's words, recorded as a failure; a role without "Make changes as the customer" can
// only choose View only.
import { CustomerGrid, expect, test, testData } from "./support";

const REASON_REQUIRED = "Please enter a reason (at least 5 characters).";
const VIEW_ONLY_REFUSED = "This action is not available in a view-only session.";

test.describe("Accountable Login as Customer sessions", () => {
  test("the reason is required, and a view-only session shows (view only), counts down and refuses Add to Cart", async ({ newAdminPage, adminPage }) => {
    const account = testData.createAdmin({
      resources: ["customers.all", "customers.lac.login", "customers.lac.log", "customers.lac.assist"],
      firstName: "Rhea",
      lastName: "Son",
    });
    const page = await newAdminPage(account);
    const grid = new CustomerGrid(page);
    const dialog = await grid.loginAsCustomer(await grid.find("roni", "Veronica Costello"));
    await expect(dialog.root).toBeVisible();
    // View only is the configured default for a role that may do both
    await expect(dialog.accessOption("view")).toBeChecked();
    await expect(dialog.accessOption("assist")).toBeEnabled();

    // too short: the message is next to the field and no tab opens
    await dialog.reason.fill("help");
    await dialog.confirmButton.click();
    await expect(dialog.root.getByText(REASON_REQUIRED)).toBeVisible();
    await expect(dialog.reason).toHaveAttribute("aria-invalid", "true");
    expect(page.context().pages()).toHaveLength(1);

    const reason = `Customer called about a missing parcel ${Date.now().toString(36)}`;
    const { tab, banner } = await dialog.confirm({ reason, access: "view" });
    await expect(banner.region.getByText("You are connected as Veronica Costello on Main Website (view only)")).toBeVisible();

    // the countdown starts near the lifetime (60 minutes by default) and counts down each second
    const timer = banner.region.getByRole("timer");
    await expect(timer).toHaveText(/^Session ends in (59:[0-5]\d|60:00)$/);
    const first = await timer.textContent();
    await expect.poll(async () => timer.textContent(), { timeout: 5_000 }).not.toBe(first);

    // a change is refused with the SPEC's words, and nothing is added
    await tab.goto("/shop/product/joust-duffle-bag");
    const cartBefore = await tab.getByRole("link", { name: /^Cart \(\d+ items?\)$/ }).textContent();
    await tab.getByRole("button", { name: "Add to Cart" }).click();
    await expect(tab.getByText(VIEW_ONLY_REFUSED)).toBeVisible();
    await tab.reload();
    await expect(tab.getByRole("link", { name: /^Cart \(\d+ items?\)$/ })).toHaveText(cartBefore ?? "");

    // the log shows the reason; the Actions Report the refused add_to_cart as a failure
    await page.getByRole("link", { name: "Login as Customer Log" }).click();
    await page.goto(`/admin/customers/login-as-customer-log?f_reason=${encodeURIComponent(reason)}`);
    const row = page.getByRole("row").filter({ hasText: reason });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("View only");

    await adminPage.goto(`/admin/system/action-logs?f_group=Login+As+Customer&f_username=${account.username}`);
    const entries = adminPage.getByRole("table", { name: "Action Logs" }).getByRole("row");
    const refused = entries.filter({ hasText: "add_to_cart" });
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText("Failure");
    await expect(entries.filter({ hasText: "Logged in as customer:" })).toContainText(reason);
    await tab.close();
  });

  test("a role without Make changes as the customer gets only View only, with the note", async ({ newAdminPage }) => {
    const account = testData.createAdmin({ resources: ["customers.all", "customers.lac.login"] });
    const page = await newAdminPage(account);
    const grid = new CustomerGrid(page);
    const dialog = await grid.loginAsCustomer(await grid.find("roni", "Veronica Costello"));
    await expect(dialog.accessOption("view")).toBeChecked();
    await expect(dialog.accessOption("assist")).toBeDisabled();
    await expect(dialog.root.getByText("Your role allows view-only sessions.")).toBeVisible();
    const { banner } = await dialog.confirm({ reason: "Checking the customer's wish list", access: null });
    await expect(banner.region).toContainText("(view only)");
  });
});
