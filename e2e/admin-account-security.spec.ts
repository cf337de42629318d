import { expect, test, testData } from "./support";

// An admin's own account: a new password signs out their other browsers but not
// this one; a role beyond one's own resources cannot be given without User
// Roles; API tokens are made on one's own page only.

test.describe("admin account security", () => {
  test("one's own new password keeps this browser signed in and signs out the others", async ({ newAdminPage }) => {
    const me = testData.createAdmin({ all: true });
    const laptop = await newAdminPage(me);
    const phone = await newAdminPage(me);
    await laptop.goto(`/admin/system/users?q=${me.username}`);
    await laptop.getByRole("link", { name: `Edit ${me.username}`, exact: true }).click();
    const form = laptop.getByRole("form", { name: "User" });
    await form.getByLabel("Password", { exact: true }).fill("Changed-456!");
    await form.getByLabel("Password Confirmation").fill("Changed-456!");
    await form.getByLabel("Your Password").fill(me.password);
    await laptop.getByRole("button", { name: "Save User" }).click();
    await expect(laptop.getByText("You saved the user.")).toBeVisible();

    await laptop.goto("/admin/customers");
    await expect(laptop.getByRole("button", { name: "Sign Out" })).toBeVisible();
    await phone.goto("/admin/customers");
    await expect(phone).toHaveURL(/\/admin\/login/);
  });

  test("with All Users but not User Roles, Administrators cannot be given: the message stands next to the role", async ({ newAdminPage }) => {
    const usersOnly = testData.createAdmin({ resources: ["system.permissions.users"] });
    const page = await newAdminPage(usersOnly);
    const id = Date.now().toString(36);
    await page.goto("/admin/system/users/new");
    await page.getByLabel("User Name").fill(`escalate_${id}`);
    await page.getByLabel("First Name").fill("Esca");
    await page.getByLabel("Last Name").fill("Late");
    await page.getByLabel("Email").fill(`escalate_${id}@example.com`);
    await page.getByLabel("Password", { exact: true }).fill("Escalate123!");
    await page.getByLabel("Password Confirmation").fill("Escalate123!");
    await page.getByLabel("Your Password").fill(usersOnly.password);
    await page.getByRole("tab", { name: "User Role" }).click();
    const role = page.getByRole("combobox", { name: "User Role" });
    await role.selectOption({ label: "Administrators" });
    await page.getByRole("button", { name: "Save User" }).click();
    const message = "You can give only a role whose resources you have yourself. An admin with User Roles can give this one.";
    await page.getByRole("tab", { name: "User Role" }).click();
    await expect(role).toHaveAccessibleDescription(message);
    await expect(page).toHaveURL(/\/admin\/system\/users\/new$/);
  });

  test("another user's page lists their API tokens without a form; one's own page has the form", async ({ superAdminPage: page, superAdmin }) => {
    await page.goto("/admin/system/users?q=viewer");
    await page.getByRole("link", { name: "Edit viewer", exact: true }).click();
    await expect(page.getByRole("heading", { name: "API Tokens" })).toBeVisible();
    await expect(page.getByText("Only this user can create or revoke their own tokens.")).toBeVisible();
    await expect(page.getByRole("form", { name: "Create API token" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Create Token" })).toHaveCount(0);

    await page.goto(`/admin/system/users?q=${superAdmin.username}`);
    await page.getByRole("link", { name: `Edit ${superAdmin.username}`, exact: true }).click();
    const form = page.getByRole("form", { name: "Create API token" });
    await form.getByLabel("Token Name").fill("Wrong password");
    await form.getByLabel("Your Password").fill("not-my-password");
    await form.getByRole("button", { name: "Create Token" }).click();
    await expect(form.getByText("The password entered for the current user is invalid. Verify the password and try again.")).toBeVisible();
    await expect(page.getByRole("table", { name: "API tokens" }).getByRole("columnheader")).toHaveText([
      "Name",
      "Created",
      "Expires",
      "Last Used",
      "Status",
      "Action",
    ]);
  });
});
