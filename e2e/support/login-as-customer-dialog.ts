// The dialogs behind an admin's Login as Customer button: the confirmation, the
// store view choice (configuration "Store View To Login To" = Manual Selection),
// and "not enabled" for a customer who has not consented.
import { expect, type Locator, type Page } from "@playwright/test";
import { StorefrontBanner } from "./storefront-banner";

const TITLES = {
  confirm: "You are about to Login as Customer",
  selectStore: "Login as Customer: Select Store",
  notEnabled: "Login as Customer not enabled",
} as const;
export type LoginAsCustomerDialogKind = keyof typeof TITLES;

export const LAC_WARNING = 'Actions taken while in "Login as Customer" will affect actual customer data.';

/** The Login as Customer buttons in a page or a part of it (a grid row, a header). */
export const loginAsCustomerButton = (scope: Page | Locator) => scope.getByRole("button", { name: "Login as Customer" });

export class LoginAsCustomerDialog {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    kind: LoginAsCustomerDialogKind = "confirm",
  ) {
    this.root = page.getByRole("dialog", { name: TITLES[kind] });
  }

  /** Clicks a Login as Customer button and returns the dialog it should open. */
  static async openFrom(button: Locator, kind: LoginAsCustomerDialogKind = "confirm") {
    await button.click();
    return new LoginAsCustomerDialog(button.page(), kind);
  }

  get confirmButton() {
    return this.root.getByRole("button", { name: "Login as Customer" });
  }

  /** The store view select (Manual Selection only). */
  get storeView() {
    return this.root.getByRole("combobox", { name: "Store View" });
  }

  async selectStoreView(label: string) {
    await this.storeView.selectOption({ label });
  }

  get reason() {
    return this.root.getByRole("textbox", { name: "Reason" });
  }

  /** The Access radio buttons: "View only" and "Assist (make changes)". */
  accessOption(access: "view" | "assist") {
    return this.root.getByRole("radio", { name: access === "view" ? "View only" : "Assist (make changes)" });
  }

  /**
   * Checks the warning, gives the reason and access (by default a reason and Assist, so the
   * session can make changes; `access: null` / `reason: null` leave the dialog's own choice),
   * confirms, and resolves to the storefront tab that opens, its banner, and the one-time URL
   * the tab loaded (to try it again).
   */
  async confirm(
    options: { reason?: string | null; access?: "view" | "assist" | null } = {},
  ): Promise<{ tab: Page; banner: StorefrontBanner; secretUrl: string }> {
    await expect(this.root).toBeVisible();
    await expect(this.root).toContainText(LAC_WARNING);
    const { reason = "Helping the customer with their order", access = "assist" } = options;
    if (reason !== null) await this.reason.fill(reason);
    if (access !== null) {
      const option = this.accessOption(access);
      await expect(option, `the role may choose ${access} (Assist needs "Make changes as the customer")`).toBeEnabled();
      await option.check();
    }
    const context = this.page.context();
    // the one-time URL is what the button hands to window.open; its secret is in the
    // fragment, which no request (and so no request event) ever carries
    await this.page.evaluate(() => {
      const w = window as Window & { __lacOpened?: string };
      const open = window.open.bind(window);
      window.open = (url?: string | URL, ...rest) => {
        w.__lacOpened = String(url);
        return open(url, ...rest);
      };
    });
    const newTab = context.waitForEvent("page");
    await this.confirmButton.click();
    const tab = await newTab;
    const opened = await this.page.evaluate(() => (window as Window & { __lacOpened?: string }).__lacOpened ?? "");
    expect(opened, "the button opens the storefront URL with its secret").toMatch(/\/shop\/login-as-customer#secret=[\w-]+$/);
    return { tab, banner: new StorefrontBanner(tab), secretUrl: new URL(opened, this.page.url()).toString() };
  }

  /** Cancel (the confirmation and store view dialogs): the dialog closes. */
  async cancel() {
    await this.root.getByRole("button", { name: "Cancel" }).click();
    await expect(this.root).toBeHidden();
  }

  /** Close (the "not enabled" dialog): the dialog closes. */
  async close() {
    await this.root.getByRole("button", { name: "Close" }).click();
    await expect(this.root).toBeHidden();
  }
}
