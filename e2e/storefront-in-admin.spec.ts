import { addProductToCart, createAccount, expect, fillAddress, test } from "./support";

// What a shopper does on the storefront is what the back office shows.
test("a shopper's consent and order show in the admin customer and order grids", async ({ browser, newAdminPage }) => {
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  const last = `Grid${Date.now().toString(36)}`;
  const email = await createAccount(shopper, { first: "Gina", last });
  await shopper.goto("/shop/customer/account/edit");
  await shopper.getByRole("checkbox", { name: "Allow remote shopping assistance" }).check();
  await shopper.getByRole("button", { name: "Save" }).click();
  await expect(shopper.getByText("You saved the account information.")).toBeVisible();

  await addProductToCart(shopper, "zing-jump-rope");
  await shopper.goto("/shop/checkout/cart");
  await shopper.getByRole("button", { name: "Proceed to Checkout" }).click();
  await fillAddress(shopper, { phone: "555-0102", street: "5 Grid Street" });
  await shopper.getByRole("button", { name: "Place Order" }).click();
  await expect(shopper.getByRole("heading", { name: "Thank you for your purchase!" })).toBeVisible();
  const number = (await shopper.getByRole("link", { name: /^\d{9}$/ }).textContent())!.trim();
  await shopperContext.close();

  const admin = await newAdminPage();
  await admin.goto(`/admin/customers?q=${encodeURIComponent(email)}`);
  const row = admin.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText(`Gina ${last}`);
  await expect(row.getByRole("cell", { name: "Yes", exact: true })).toBeVisible();

  await admin.goto(`/admin/sales/orders?q=${number}`);
  const orderRow = admin.getByRole("row").filter({ hasText: number });
  await expect(orderRow).toContainText(`Gina ${last}`);
  await expect(orderRow).toContainText("$17.00"); // 12.00 + 5.00 flat rate
});
