import { SHOPPERS, addProductToCart, expect, miniCart, shopSignIn, test } from "./support";

test.describe("catalog", () => {
  test("a Wholesale customer sees $30.00 for Joust Duffle Bag, a General customer $34.00", async ({ browser }) => {
    const wholesale = await browser.newPage();
    await shopSignIn(wholesale, SHOPPERS.john);
    await wholesale.goto("/shop/product/joust-duffle-bag");
    await expect(wholesale.getByRole("heading", { name: "Joust Duffle Bag" })).toBeVisible();
    await expect(wholesale.getByText("$30.00", { exact: true })).toBeVisible();
    await wholesale.close();

    const general = await browser.newPage();
    await shopSignIn(general, SHOPPERS.roni);
    await general.goto("/shop/product/joust-duffle-bag");
    await expect(general.getByText("$34.00", { exact: true })).toBeVisible();
    await expect(general.getByText("$30.00", { exact: true })).toHaveCount(0);
    await general.close();
  });

  test("guests browse categories and product pages", async ({ page }) => {
    await page.goto("/shop");
    await page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: "Bags" }).click();
    await expect(page.getByRole("heading", { name: "Bags" })).toBeVisible();
    await page.getByRole("link", { name: "Joust Duffle Bag" }).click();
    await expect(page.getByRole("heading", { name: "Joust Duffle Bag" })).toBeVisible();
    await expect(page.getByText("$34.00", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add to Cart" })).toBeVisible();
    const missing = await page.goto("/shop/product/no-such-product");
    expect(missing?.status()).toBe(404);
  });

  test("an out-of-stock product is shown as such and Add to Cart is refused", async ({ page }) => {
    await page.goto("/shop/product/pursuit-lumaflex-tone-band");
    await expect(page.getByText("Out of stock", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Add to Cart" }).click();
    await expect(page.getByText("This product is out of stock.")).toBeVisible();
    await expect(miniCart(page)).toHaveAccessibleName("Cart (0 items)");
  });

  test("bad quantities are refused next to the field", async ({ page }) => {
    await page.goto("/shop/product/zing-jump-rope");
    await page.getByLabel("Qty").fill("0");
    await page.getByRole("button", { name: "Add to Cart" }).click();
    await expect(page.getByText("Please enter a quantity greater than 0.")).toBeVisible();
    await page.getByLabel("Qty").fill("9999");
    await page.getByRole("button", { name: "Add to Cart" }).click();
    await expect(page.getByText('The requested qty of "Zing Jump Rope" is not available')).toBeVisible();
    await expect(miniCart(page)).toHaveAccessibleName("Cart (0 items)");
  });

  test("the store view switcher changes the store view", async ({ page }) => {
    await page.goto("/shop");
    await expect(page.getByRole("contentinfo")).toContainText("Default Store View");
    await page.getByLabel("Store View", { exact: true }).selectOption({ label: "French Store View" });
    await page.getByRole("button", { name: "Switch Store" }).click();
    await expect(page.getByRole("contentinfo")).toContainText("French Store View");
    await page.getByLabel("Store View", { exact: true }).selectOption({ label: "Default Store View" });
    await page.getByRole("button", { name: "Switch Store" }).click();
    await expect(page.getByRole("contentinfo")).toContainText("Default Store View");
    // the guest cart survives the switch
    await addProductToCart(page, "affirm-water-bottle");
    await expect(miniCart(page)).toHaveAccessibleName("Cart (1 item)");
  });
});

test.describe("page cache", () => {
  test("catalog pages are publicly cacheable only for visitors without shopper state", async ({ playwright, baseURL }) => {
    const guest = await playwright.request.newContext({ baseURL });
    const anonymous = await guest.get("/shop/product/joust-duffle-bag");
    expect(anonymous.headers()["cache-control"]).toBe("public, s-maxage=60");
    expect((await guest.get("/shop/category/bags")).headers()["cache-control"]).toBe("public, s-maxage=60");
    expect((await guest.get("/shop/customer/account/login")).headers()["cache-control"]).not.toContain("public");
    await guest.dispose();
    for (const cookie of ["lac_shop_session=anything", "lac_cart=token", "lac_store=fr"]) {
      const stateful = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
      const res = await stateful.get("/shop/product/joust-duffle-bag");
      expect(res.headers()["cache-control"], cookie).toBe("private, no-store");
      await stateful.dispose();
    }
  });

  test("a signed-in shopper's product page is private and shows their own price and cart", async ({ page }) => {
    await shopSignIn(page, SHOPPERS.john);
    const res = await page.goto("/shop/product/joust-duffle-bag");
    expect(res?.headers()["cache-control"]).toBe("private, no-store");
    await expect(page.getByText("$30.00", { exact: true })).toBeVisible();
    await expect(page.getByText("Welcome, John Smith!")).toBeVisible();
  });
});
