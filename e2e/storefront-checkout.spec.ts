import { addProductToCart, expect, fillAddress, miniCart, test } from "./support";

test.describe("checkout and orders", () => {
  test("a customer checks out with a new address, sees the order in My Orders and reorders it", async ({ newShopperPage: page }) => {
    await addProductToCart(page, "crown-summit-backpack", 2);
    await page.goto("/shop/checkout/cart");
    await page.getByRole("button", { name: "Proceed to Checkout" }).click();
    await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();

    // a missing field is refused next to it, and no order is placed
    await expect(page.getByRole("radio", { name: "New Address" })).toBeChecked();
    await page.getByLabel("Street Address").fill("");
    await page.getByRole("button", { name: "Place Order" }).click();
    await expect(page.getByText("Street Address is required.")).toBeVisible();

    await fillAddress(page, { phone: "555-0101", street: "10 Checkout Lane" });
    await expect(page.getByRole("complementary", { name: "Order Summary" })).toContainText("$86.00"); // 2 × 38 + 2 × 5
    await expect(page.getByRole("radio", { name: "Check / Money order" })).toBeChecked();
    await page.getByRole("button", { name: "Place Order" }).click();

    await expect(page.getByRole("heading", { name: "Thank you for your purchase!" })).toBeVisible();
    const number = (await page.getByRole("link", { name: /^\d{9}$/ }).textContent())!.trim();
    expect(number).toMatch(/^\d{9}$/);
    await expect(miniCart(page)).toHaveAccessibleName("Cart (0 items)");

    await page.goto("/shop/customer/account");
    await page.getByRole("navigation", { name: "My Account" }).getByRole("link", { name: "My Orders" }).click();
    await expect(page.getByRole("cell", { name: number, exact: true })).toBeVisible();
    await page.getByRole("link", { name: `View Order ${number}` }).click();
    await expect(page.getByRole("heading", { name: `Order # ${number}` })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Crown Summit Backpack" })).toBeVisible();
    await expect(page.getByText("10 Checkout Lane").first()).toBeVisible();
    await expect(page.getByText("Order placed.")).toHaveCount(0); // admin-only comment

    await page.getByRole("button", { name: "Reorder" }).click();
    await expect(page.getByRole("heading", { name: "Shopping Cart" })).toBeVisible();
    await expect(miniCart(page)).toHaveAccessibleName("Cart (2 items)");

    // the saved address is offered at the next checkout
    await page.getByRole("button", { name: "Proceed to Checkout" }).click();
    await expect(page.getByRole("radio", { name: /10 Checkout Lane/ })).toBeChecked();
  });
});
