import { expect, test } from "./support";

const TITLE = "Title for Login as Customer opt-in checkbox";
const EXPIRATION = "Authentication Data Expiration Time (seconds)";

// Tests of this file change global configuration: run them one after another and restore.
test.describe.configure({ mode: "serial" });

test.describe("Stores › Configuration", () => {
  test("shows the Login as Customer fields with their notes and Share Customer Accounts", async ({ superAdminPage: page }) => {
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Configuration" }).click();
    await expect(page.getByLabel("Enable Login as Customer")).toHaveValue("1");
    await expect(page.getByLabel("Disable Page Cache For Admin User")).toBeVisible();
    await expect(page.getByLabel("Store View To Login To").getByRole("option")).toHaveText(["Auto-Detection", "Manual Selection"]);
    await expect(page.getByText('If set to "Yes", page caching is disabled when the Admin user is logged in as a customer.')).toBeVisible();
    await expect(page.getByLabel("Login as Customer checkbox tooltip")).toBeVisible();
    await expect(page.getByLabel("Share Customer Accounts").getByRole("option")).toHaveText(["Global", "Per Website"]);
  });

  test("saves, and the saved values are shown after a reload", async ({ superAdminPage: page }) => {
    await page.goto("/admin/config");
    const oldTitle = await page.getByLabel(TITLE).inputValue();
    const oldExpiration = await page.getByLabel(EXPIRATION).inputValue();
    try {
      await page.getByLabel(TITLE).fill("Let our team help you");
      await page.getByLabel(EXPIRATION).fill("90");
      await page.getByRole("button", { name: "Save Config" }).click();
      await expect(page.getByText("You saved the configuration.")).toBeVisible();
      await page.reload();
      await expect(page.getByLabel(TITLE)).toHaveValue("Let our team help you");
      await expect(page.getByLabel(EXPIRATION)).toHaveValue("90");
    } finally {
      await page.goto("/admin/config");
      await page.getByLabel(TITLE).fill(oldTitle);
      await page.getByLabel(EXPIRATION).fill(oldExpiration);
      await page.getByRole("button", { name: "Save Config" }).click();
      await expect(page.getByText("You saved the configuration.")).toBeVisible();
    }
  });

  test("an invalid expiration time shows the error next to the field and saves nothing", async ({ superAdminPage: page }) => {
    await page.goto("/admin/config");
    const oldTitle = await page.getByLabel(TITLE).inputValue();
    const oldExpiration = await page.getByLabel(EXPIRATION).inputValue();
    await page.getByLabel(TITLE).fill("Should not be saved");
    await page.getByLabel(EXPIRATION).fill("5");
    await page.getByRole("button", { name: "Save Config" }).click();
    await expect(page.getByText("Enter a number from 10 to 3600.")).toBeVisible();
    await expect(page.getByLabel(EXPIRATION)).toHaveAccessibleDescription(/Enter a number from 10 to 3600\./);
    await page.reload();
    await expect(page.getByLabel(TITLE)).toHaveValue(oldTitle);
    await expect(page.getByLabel(EXPIRATION)).toHaveValue(oldExpiration);
  });
});
