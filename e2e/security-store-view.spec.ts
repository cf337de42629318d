// "Share Customer Accounts" is Per Website (the seeded setting): a signed-in customer stays
// on their own website's store views, whether they use the switcher, edit the store cookie
// or send the store view header themselves.
import { expect, SHOPPERS, submitShopSignIn, test } from "./support";

test("Sam, signed in on the Second Website, cannot switch to a Main Website store view by any means", async ({ page, context, baseURL }) => {
  // Sam's account belongs to the Second Website: a guest on its store view first, then signed in
  await page.goto("/shop");
  await page.getByLabel("Store View", { exact: true }).selectOption({ label: "Second Store View" });
  await page.getByRole("button", { name: "Switch Store" }).click();
  await expect(page.getByRole("contentinfo")).toContainText("Second Store View");
  await page.getByRole("link", { name: "Sign In" }).click();
  await submitShopSignIn(page, SHOPPERS.sam);
  await expect(page.getByRole("heading", { name: "My Account" })).toBeVisible();

  // the switcher offers the Main Website's store views disabled, and refuses them if sent anyway
  await page.goto("/shop");
  const select = page.getByLabel("Store View", { exact: true });
  await expect(select.locator("option", { hasText: "Default Store View" })).toBeDisabled();
  await select.evaluate((el: HTMLSelectElement) => el.querySelectorAll("option").forEach((o) => (o.disabled = false)));
  await select.selectOption({ label: "Default Store View" });
  await page.getByRole("button", { name: "Switch Store" }).click();
  await expect(page.getByText("Your account belongs to another website; Default Store View is not available.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("contentinfo")).toContainText("Second Website · Second Store View");

  // the store cookie edited by hand: the page stays on Sam's own store view
  await context.addCookies([{ name: "lac_store", value: "default", url: baseURL! }]);
  await page.reload();
  await expect(page.getByRole("contentinfo")).toContainText("Second Website · Second Store View");
  await expect(page.getByRole("button", { name: "Sign Out" })).toBeVisible();

  // the header the middleware passes on, sent by the client: replaced, and checked anyway
  const html = await (await page.request.get("/shop", { headers: { "x-store-view": "default" } })).text();
  const footer = /<footer[^>]*>([\s\S]*?)<\/footer>/.exec(html)?.[1].replace(/<!-- -->/g, "");
  expect(footer).toBe("Second Website · Second Store View");
});

test("a guest still goes to any website's store view through the cookie", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "lac_store", value: "second", url: baseURL! }]);
  await page.goto("/shop");
  await expect(page.getByRole("contentinfo")).toContainText("Second Website · Second Store View");
});
