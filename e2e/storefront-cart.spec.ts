import { addProductToCart, createAccount, expect, miniCart, test } from "./support";

test.describe("cart", () => {
  test("a guest adds to the cart, creates an account with consent, and the cart is kept", async ({ page }) => {
    await addProductToCart(page, "joust-duffle-bag", 2);
    await expect(miniCart(page)).toHaveAccessibleName("Cart (2 items)");
    await createAccount(page, { consent: true });
    await expect(miniCart(page)).toHaveAccessibleName("Cart (2 items)");
    await page.goto("/shop/customer/account/edit");
    await expect(page.getByRole("checkbox", { name: "Allow remote shopping assistance" })).toBeChecked();
  });

  test("change qty, remove, coupons: valid, invalid and cancelled", async ({ page }) => {
    await addProductToCart(page, "joust-duffle-bag");
    await addProductToCart(page, "affirm-water-bottle", 2);
    await miniCart(page).click();
    await expect(page.getByRole("heading", { name: "Shopping Cart" })).toBeVisible();
    const summary = page.getByRole("complementary", { name: "Summary" });
    await expect(summary).toContainText("$48.00");

    await page.getByLabel("Qty for Joust Duffle Bag").fill("3");
    await page.getByRole("form", { name: "Update Joust Duffle Bag" }).getByRole("button", { name: "Update Cart" }).click();
    await expect(summary).toContainText("$116.00");
    await expect(miniCart(page)).toHaveAccessibleName("Cart (5 items)");

    await page.getByLabel("Qty for Joust Duffle Bag").fill("-1");
    await page.getByRole("form", { name: "Update Joust Duffle Bag" }).getByRole("button", { name: "Update Cart" }).click();
    await expect(page.getByText("Please enter a quantity greater than 0.")).toBeVisible();
    await expect(miniCart(page)).toHaveAccessibleName("Cart (5 items)");

    await page.getByLabel("Enter discount code").fill("NOT-A-CODE");
    await page.getByRole("button", { name: "Apply Discount" }).click();
    await expect(page.getByText('The coupon code "NOT-A-CODE" is not valid.')).toBeVisible();

    await page.getByLabel("Enter discount code").fill("WELCOME10");
    await page.getByRole("button", { name: "Apply Discount" }).click();
    await expect(summary).toContainText("-$11.60");
    await page.getByRole("button", { name: "Cancel Coupon" }).click();
    await expect(summary).not.toContainText("Discount");

    await page.getByRole("form", { name: "Remove Affirm Water Bottle" }).getByRole("button", { name: "Remove item" }).click();
    await expect(page.getByRole("list", { name: "Cart items" }).getByRole("listitem")).toHaveCount(1);
    await expect(miniCart(page)).toHaveAccessibleName("Cart (3 items)");
  });

  test("guests are asked to sign in or create an account at checkout", async ({ page }) => {
    await addProductToCart(page, "zing-jump-rope");
    await page.goto("/shop/checkout/cart");
    await page.getByRole("button", { name: "Proceed to Checkout" }).click();
    await expect(page.getByText("Please sign in or create an account to place your order.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Sign In" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Place Order" })).toHaveCount(0);
  });
});
