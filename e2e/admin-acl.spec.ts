import { ADMINS, adminSignIn, expect, test } from "./support";

const NO_PERMISSION = "Sorry, you need permissions to view this content.";

test.describe("admin ACL", () => {
  test("viewer gets the 403 page on Configuration", async ({ viewerPage: page }) => {
    const response = await page.goto("/admin/config");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("alert").filter({ hasText: NO_PERMISSION })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save Config" })).toHaveCount(0);
  });

  test("support opens All Customers but gets 403 on User Roles and All Users", async ({ supportPage: page }) => {
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "All Customers" }).click();
    await expect(page.getByRole("heading", { name: "Customers" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Customers" })).toBeVisible();
    for (const path of ["/admin/system/roles", "/admin/system/users", "/admin/system/roles/new"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("alert").filter({ hasText: NO_PERMISSION })).toBeVisible();
    }
  });

  test("admin route handlers answer 401 signed out and 403 JSON without the resource", async ({ page, playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const signedOut = await anonymous.get("/api/admin/customers");
    expect(signedOut.status()).toBe(401);
    expect((await signedOut.json()).error).toBeTruthy();
    await anonymous.dispose();

    await adminSignIn(page, ADMINS.support);
    const ok = await page.request.get("/api/admin/customers?q=roni");
    expect(ok.status()).toBe(200);
    expect((await ok.json()).rows.map((r: { email: string }) => r.email)).toContain("roni_cost@example.com");
  });

  test("a role with only View Login as Customer Log: its user's navigation shows exactly that", async ({
    superAdminPage: page,
    superAdmin: su,
    newAdminPage,
  }) => {
    const id = Date.now().toString(36);
    await page.goto("/admin/system/roles");
    await page.getByRole("link", { name: "Add New Role" }).click();
    await page.getByLabel("Role Name").fill(`Log readers ${id}`);
    await page.getByLabel("Your Password").fill(su.password);
    await page.getByRole("tab", { name: "Role Resources" }).click();
    await expect(page.getByLabel("Resource Access")).toHaveValue("custom");
    await page.getByRole("checkbox", { name: "View Login as Customer Log" }).check();
    // the path to the leaf is ticked too; siblings are not
    await expect(page.getByRole("checkbox", { name: "Customers", exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Allow Login as Customer" })).not.toBeChecked();
    await page.getByRole("button", { name: "Save Role" }).click();
    await expect(page.getByText("You saved the role.")).toBeVisible();

    await page.goto("/admin/system/users/new");
    await page.getByLabel("User Name").fill(`logreader_${id}`);
    await page.getByLabel("First Name").fill("Lou");
    await page.getByLabel("Last Name").fill("Reader");
    await page.getByLabel("Email").fill(`logreader_${id}@example.com`);
    await page.getByLabel("Password", { exact: true }).fill("Reader123!");
    await page.getByLabel("Password Confirmation").fill("Reader123!");
    await page.getByLabel("Your Password").fill(su.password);
    await page.getByRole("tab", { name: "User Role" }).click();
    await page.getByRole("combobox", { name: "User Role" }).selectOption({ label: `Log readers ${id}` });
    await page.getByRole("button", { name: "Save User" }).click();
    await expect(page.getByText("You saved the user.")).toBeVisible();

    const userPage = await newAdminPage({ username: `logreader_${id}`, password: "Reader123!" });
    const links = userPage.getByRole("navigation", { name: "Admin" }).getByRole("link");
    await expect(links).toHaveText(["Login as Customer Log"]);
    const response = await userPage.goto("/admin/customers");
    expect(response?.status()).toBe(403);
  });

  test("a role save without the right password is refused with a message next to the field", async ({ superAdminPage: page }) => {
    await page.goto("/admin/system/roles/new");
    await page.getByLabel("Role Name").fill(`Nope ${Date.now()}`);
    await page.getByLabel("Your Password").fill("wrong-password");
    await page.getByRole("button", { name: "Save Role" }).click();
    await expect(page.getByText("The password entered for the current user is invalid. Verify the password and try again.").first()).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/system\/roles\/new$/);
  });

  test("deleting a role that users hold is refused; the dialog is accessible", async ({ superAdminPage: page }) => {
    await page.goto("/admin/system/roles");
    await page.getByRole("link", { name: "Edit Support" }).click();
    const opener = page.getByRole("button", { name: "Delete Role" });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: "Delete Role" });
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
    await opener.click();
    await dialog.getByRole("button", { name: "OK" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "You cannot delete a role that is assigned to users." })).toBeVisible();
  });

  test("an admin cannot deactivate themselves", async ({ superAdminPage: page, superAdmin: su }) => {
    await page.goto(`/admin/system/users?q=${su.username}`);
    await page.getByRole("link", { name: `Edit ${su.username}` }).click();
    await page.getByLabel("This account is").selectOption("Inactive");
    // the user form's own field: one's own page also has the API token form, with its own Your Password
    await page.getByRole("form", { name: "User" }).getByLabel("Your Password").fill(su.password);
    await page.getByRole("button", { name: "Save User" }).click();
    await expect(page.getByText("You cannot deactivate your own account.").first()).toBeVisible();
  });
});
