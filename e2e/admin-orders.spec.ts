import { expect, test } from "./support";

test.describe("Sales › Orders", () => {
  test("the grid sorts and pages through the URL; the order view shows items, totals, addresses and comments", async ({ supportPage: page }) => {
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Orders" }).click();
    const grid = page.getByRole("table", { name: "Orders" });
    await expect(grid.getByRole("row")).toHaveCount(21);
    await page.getByRole("button", { name: "Grand Total" }).click();
    await expect(page).toHaveURL(/sort=grandTotal/);
    await expect(page.getByRole("columnheader", { name: "Grand Total" })).toHaveAttribute("aria-sort", "ascending");
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL(/page=2/);

    await page.goto("/admin/sales/orders?q=veronica");
    await expect(grid.getByRole("row")).toHaveCount(3); // Veronica's two orders
    await grid
      .getByRole("link", { name: /^View order/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { name: /^# \d{9}$/ })).toBeVisible();
    await expect(page.getByRole("table", { name: "Items Ordered" })).toBeVisible();
    await expect(page.getByText("Grand Total", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Billing Address" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Comments History" })).toBeVisible();
    await page.getByRole("link", { name: "Veronica Costello" }).click();
    await expect(page).toHaveURL(/\/admin\/customers\/\d+$/);
  });

  test("viewer opens the grid; bad grid parameters fall back to defaults", async ({ viewerPage: page }) => {
    const ok = await page.goto("/admin/sales/orders");
    expect(ok?.status()).toBe(200);
    const bad = await page.goto("/admin/sales/orders?sort=x;DROP&page=abc&f_status=nope");
    expect(bad?.status()).toBe(200);
  });
});
