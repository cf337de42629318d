import { addProductToCart, expect, fillAddress, miniCart, test } from "./support";

test.describe("my account", () => {
  test("the account navigation has every section", async ({ newShopperPage: page }) => {
    const nav = page.getByRole("navigation", { name: "My Account" });
    for (const name of ["My Orders", "My Wish List", "Address Book", "Account Information", "Newsletter Subscriptions"]) {
      await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
    }
  });

  test("the consent checkbox saves, with the configured tooltip", async ({ newShopperPage: page }) => {
    await page.getByRole("navigation", { name: "My Account" }).getByRole("link", { name: "Account Information" }).click();
    const consent = page.getByRole("checkbox", { name: "Allow remote shopping assistance" });
    await expect(consent).not.toBeChecked();
    await page.getByRole("button", { name: "About: Allow remote shopping assistance" }).focus();
    await page.getByRole("button", { name: "About: Allow remote shopping assistance" }).click();
    await expect(page.getByRole("tooltip")).toContainText('This allows merchants to "see what you see"');
    await consent.check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("You saved the account information.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Allow remote shopping assistance" })).toBeChecked();
  });

  test("email change needs the current password; names are saved", async ({ newShopperPage: page }) => {
    await page.goto("/shop/customer/account/edit");
    await page.getByLabel("First Name").fill("Renamed");
    await page.getByRole("checkbox", { name: "Change Email" }).check();
    await page.getByLabel("Email", { exact: true }).fill("someone.else@example.com");
    await page.getByLabel("Current Password").fill("wrong-password");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("The password doesn't match this account.")).toBeVisible();
    await page.getByRole("checkbox", { name: "Change Email" }).uncheck();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("You saved the account information.")).toBeVisible();
    await expect(page.getByText("Welcome, Renamed Tester!")).toBeVisible();
  });

  test("address book: add, validation message, edit, delete", async ({ newShopperPage: page }) => {
    await page.goto("/shop/customer/account/address");
    await expect(page.getByText("You have no addresses in your address book.")).toBeVisible();
    await page.getByRole("link", { name: "Add New Address" }).click();
    await page.getByRole("button", { name: "Save Address" }).click();
    await expect(page.getByText("Street Address is required.")).toBeVisible();
    await fillAddress(page, { phone: "555-0102", street: "1 First Street" });
    await page.getByRole("button", { name: "Save Address" }).click();
    await expect(page.getByText("You saved the address.")).toBeVisible();
    const addresses = page.getByRole("list", { name: "Addresses" });
    await expect(addresses).toContainText("1 First Street");
    await expect(addresses).toContainText("Default Billing Address");

    await page.getByRole("link", { name: "Edit Address 1 First Street" }).click();
    await page.getByLabel("Street Address").fill("2 Second Street");
    await page.getByRole("button", { name: "Save Address" }).click();
    await expect(addresses).toContainText("2 Second Street");
    await expect(addresses).not.toContainText("1 First Street");

    await page.getByRole("form", { name: "Delete Address 2 Second Street" }).getByRole("button", { name: "Delete Address" }).click();
    await expect(page.getByText("You deleted the address.").or(page.getByText("You have no addresses in your address book."))).toBeVisible();
    await expect(addresses).not.toContainText("2 Second Street");
  });

  test("wish list: add from the product page, move to cart, remove", async ({ newShopperPage: page }) => {
    await page.goto("/shop/product/aim-analog-watch");
    await page.getByRole("button", { name: "Add to Wish List" }).click();
    await expect(page.getByText("Aim Analog Watch has been added to your Wish List.")).toBeVisible();
    await page.goto("/shop/product/endurance-watch");
    await page.getByRole("button", { name: "Add to Wish List" }).click();
    await expect(page.getByText("Endurance Watch has been added to your Wish List.")).toBeVisible();

    await page.goto("/shop/customer/account/wishlist");
    const items = page.getByRole("list", { name: "Wish List items" });
    await expect(items.getByRole("listitem")).toHaveCount(2);
    await page.getByRole("form", { name: "Add Aim Analog Watch to Cart" }).getByRole("button", { name: "Add to Cart" }).click();
    await expect(miniCart(page)).toHaveAccessibleName("Cart (1 item)");
    await expect(items.getByRole("listitem")).toHaveCount(1);
    await page.getByRole("form", { name: "Remove Endurance Watch" }).getByRole("button", { name: "Remove item" }).click();
    await expect(page.getByText("You have no items in your wish list.")).toBeVisible();
  });

  test("guests get no Add to Wish List button", async ({ page }) => {
    await addProductToCart(page, "aim-analog-watch");
    await expect(page.getByRole("button", { name: "Add to Wish List" })).toHaveCount(0);
  });

  test("newsletter subscription saves", async ({ newShopperPage: page }) => {
    await page.getByRole("navigation", { name: "My Account" }).getByRole("link", { name: "Newsletter Subscriptions" }).click();
    const box = page.getByRole("checkbox", { name: "General Subscription" });
    await expect(box).not.toBeChecked();
    await box.check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("We have saved your subscription.")).toBeVisible();
    await page.goto("/shop/customer/account");
    await expect(page.getByText('You are subscribed to "General Subscription".')).toBeVisible();
  });
});
