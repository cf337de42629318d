// The Login as Customer banner the storefront shows while an admin is logged in as a customer.
import { expect, type Locator, type Page } from "@playwright/test";

export class StorefrontBanner {
  /** The banner: a region named "Login as Customer". */
  readonly region: Locator;

  constructor(readonly tab: Page) {
    this.region = tab.getByRole("region", { name: "Login as Customer" });
  }

  /** The banner shows "You are connected as <name> on <website>". */
  async expectConnectedAs(name: string, website = "Main Website") {
    await expect(this.region.getByText(`You are connected as ${name} on ${website}`)).toBeVisible();
  }

  /** No banner on the page (the session ended, or never started). */
  async expectGone() {
    await expect(this.region).toHaveCount(0);
  }

  /** Close Session: the tab lands on the storefront's sign-in page. */
  async closeSession() {
    await this.tab.getByRole("button", { name: "Close Session" }).click();
    await expect(this.tab.getByRole("heading", { name: "Customer Login" })).toBeVisible();
  }
}
