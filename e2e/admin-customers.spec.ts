import type { Page } from "@playwright/test";
import { adminSignIn, expect, test, testData } from "./support";

const NO_PERMISSION_OPT_IN = "You have no permission to change Opt-In preference.";
const rows = (page: Page) => page.getByRole("table", { name: "Customers" }).getByRole("row");
const column = async (page: Page, index: number) => (await rows(page).all()).slice(1).map((r) => r.getByRole("cell").nth(index).innerText());

test.describe("Customers › All Customers grid", () => {
  test("search, filter, sort and paging change the URL and the rows; back restores", async ({ superAdminPage: page }) => {
    await page.goto("/admin/customers");
    await expect(rows(page)).toHaveCount(21); // header + 20
    await expect(page.getByLabel("Per page")).toHaveValue("20");

    // keyword search
    await page.getByRole("searchbox", { name: "Search by keyword" }).fill("roni");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=roni/);
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).nth(1)).toContainText("Veronica Costello");
    await expect(rows(page).nth(1)).toContainText("roni_cost@example.com");

    // a last-name keyword
    await page.getByRole("searchbox", { name: "Search by keyword" }).fill("costello");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=costello/);
    await expect(rows(page).nth(1)).toContainText("Veronica Costello");

    // back button: the previous search again
    await page.goBack();
    await expect(page).toHaveURL(/[?&]q=roni/);
    await expect(page.getByRole("searchbox", { name: "Search by keyword" })).toHaveValue("roni");
    await page.getByRole("button", { name: "Clear all" }).click();
    await expect(page).not.toHaveURL(/q=/);

    // filter: group Wholesale
    await page.getByRole("button", { name: "Filters" }).click();
    await page.getByRole("form", { name: "Filters" }).getByLabel("Group").selectOption({ label: "Wholesale" });
    await page.getByRole("button", { name: "Apply Filters" }).click();
    await expect(page).toHaveURL(/f_group=\d+/);
    const groups = await Promise.all(await column(page, 3));
    expect(groups.length).toBeGreaterThan(0);
    expect(new Set(groups)).toEqual(new Set(["Wholesale"]));

    // sort by Email ascending, then descending
    await page.getByRole("button", { name: "Email" }).click();
    await expect(page).toHaveURL(/sort=email&dir=asc|dir=asc.*sort=email/);
    await expect(page.getByRole("columnheader", { name: "Email" })).toHaveAttribute("aria-sort", "ascending");
    const asc = await Promise.all(await column(page, 2));
    expect(asc).toEqual([...asc].sort());
    await page.getByRole("button", { name: "Email" }).click();
    await expect(page.getByRole("columnheader", { name: "Email" })).toHaveAttribute("aria-sort", "descending");

    // paging without filters
    await page.goto("/admin/customers?sort=id&dir=asc");
    const firstPageIds = await Promise.all(await column(page, 0));
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText("Page 2")).toBeVisible();
    const secondPageIds = await Promise.all(await column(page, 0));
    expect(Number(secondPageIds[0])).toBeGreaterThan(Number(firstPageIds[firstPageIds.length - 1]));
    await page.getByLabel("Per page").selectOption("50");
    await expect(page).toHaveURL(/size=50/);
    await expect(page).not.toHaveURL(/page=2/);
    await expect(rows(page)).toHaveCount(51);

    // column visibility
    await page.getByText("Columns", { exact: true }).click();
    await page.getByRole("checkbox", { name: "Website" }).click();
    await expect(page).toHaveURL(/hide=website/);
    await expect(page.getByRole("columnheader", { name: "Website" })).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: "Website" })).not.toBeChecked();
  });

  test("bad grid parameters fall back to defaults instead of an error", async ({ superAdminPage: page }) => {
    const response = await page.goto("/admin/customers?page=-1&size=7&sort=passwordHash&dir=x&f_idFrom=1%20OR%201%3D1&q=%27%20OR%20%271%27%3D%271");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("We couldn't find any records.")).toBeVisible();
  });
});

test.describe("Customer edit: Allow remote shopping assistance", () => {
  test("admin toggles the consent and it is saved", async ({ superAdminPage: page }) => {
    const customer = testData.customerWithoutConsent(0);
    await page.goto(`/admin/customers/${customer.id}`);
    await page.getByRole("tab", { name: "Account Information" }).click();
    const toggle = page.getByRole("switch", { name: "Allow remote shopping assistance" });
    await expect(toggle).toBeEnabled();
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await page.getByRole("button", { name: "Save Customer" }).click();
    await expect(page.getByText("You saved the customer.")).toBeVisible();
    expect(testData.assistance(customer.id)).toBe(true);
    await page.reload();
    await page.getByRole("tab", { name: "Account Information" }).click();
    await expect(page.getByRole("switch", { name: "Allow remote shopping assistance" })).toBeChecked();
    testData.setAssistance(customer.id, false);
  });

  test("without the resource the toggle is disabled with the note, and a forced change is refused", async ({ page }) => {
    const agent = testData.createAdmin({ resources: ["dashboard", "customers", "customers.all", "customers.actions", "customers.edit"] });
    const john = testData.customer("john.smith@example.com");
    expect(john.assistanceAllowed).toBe(false);
    await adminSignIn(page, agent);
    await page.goto(`/admin/customers/${john.id}`);
    await page.getByRole("tab", { name: "Account Information" }).click();
    const toggle = page.getByRole("switch", { name: "Allow remote shopping assistance" });
    await expect(toggle).toBeDisabled();
    await expect(page.getByText(NO_PERMISSION_OPT_IN)).toBeVisible();
    await expect(toggle).toHaveAccessibleDescription(NO_PERMISSION_OPT_IN);

    // force it: enable the checkbox in the DOM, tick it, submit
    await toggle.evaluate((el: HTMLInputElement) => {
      el.disabled = false;
      el.checked = true;
    });
    await page.getByRole("button", { name: "Save Customer" }).click();
    await expect(page.getByRole("alert").filter({ hasText: NO_PERMISSION_OPT_IN })).toBeVisible();
    expect(testData.assistance(john.id)).toBe(false);
  });

  test("viewer (no Edit) sees the customer read-only without Save Customer", async ({ viewerPage: page }) => {
    await page.goto("/admin/customers?q=roni");
    await page.getByRole("link", { name: "Edit Veronica Costello" }).click();
    await expect(page.getByRole("heading", { name: "Veronica Costello" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save Customer" })).toHaveCount(0);
    for (const tab of ["Customer View", "Account Information", "Addresses", "Orders", "Shopping Cart", "Wish List", "Newsletter"])
      await expect(page.getByRole("tab", { name: tab })).toBeVisible();
  });
});

test.describe("Customer edit: Addresses", () => {
  test("an admin adds, edits and deletes an address; a bad field is refused next to it", async ({ superAdminPage: page }) => {
    const customer = testData.customerWithoutConsent(7);
    const street = `${Date.now().toString(36)} Harbor Lane`;
    await page.goto(`/admin/customers/${customer.id}`);
    await page.getByRole("tab", { name: "Addresses" }).click();
    await page.getByText("Add New Address").click();
    const form = page.getByRole("form", { name: "New address" });
    await form.getByRole("textbox", { name: "First Name" }).fill("Ada");
    await form.getByRole("textbox", { name: "Last Name" }).fill("Harbor");
    await form.getByRole("textbox", { name: "Phone Number" }).fill("555-0142");
    await form.getByRole("textbox", { name: "Street Address" }).fill(street);
    await form.getByRole("textbox", { name: "Zip/Postal Code" }).fill("49628");
    await form.getByRole("button", { name: "Save Address" }).click();
    // City left empty: refused next to the field, the typed values kept
    await expect(form.getByText("City is required.")).toBeVisible();
    await expect(form.getByRole("textbox", { name: "Street Address" })).toHaveValue(street);
    await form.getByRole("textbox", { name: "City" }).fill("Calder");
    await form.getByRole("button", { name: "Save Address" }).click();
    await expect(form.getByText("You saved the address.")).toBeVisible();

    const card = page.getByRole("list", { name: "Customer addresses" }).getByRole("listitem").filter({ hasText: street });
    await expect(card).toContainText("Calder");
    await card.getByText("Edit Address").click();
    const edit = card.getByRole("form", { name: `Edit address ${street}` });
    await edit.getByRole("textbox", { name: "City" }).fill("Springfield");
    await edit.getByRole("button", { name: "Save Address" }).click();
    await expect(edit.getByText("You saved the address.")).toBeVisible();
    await expect(card.locator("address")).toContainText("Springfield");

    await card.getByRole("button", { name: "Delete Address" }).click();
    await page.getByRole("dialog", { name: "Delete Address" }).getByRole("button", { name: "OK" }).click();
    await expect(page.getByRole("list", { name: "Customer addresses" }).getByRole("listitem").filter({ hasText: street })).toHaveCount(0);
  });
});
