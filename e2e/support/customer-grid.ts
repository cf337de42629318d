// Customers › All Customers, as a person uses it: search, filters, a row's Login as Customer.
import { expect, type Locator, type Page } from "@playwright/test";
import { LoginAsCustomerDialog, loginAsCustomerButton, type LoginAsCustomerDialogKind } from "./login-as-customer-dialog";

export class CustomerGrid {
  readonly table: Locator;
  readonly searchbox: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole("table", { name: "Customers" });
    this.searchbox = page.getByRole("searchbox", { name: "Search by keyword" });
  }

  async open() {
    await this.page.goto("/admin/customers");
  }

  /** Types a keyword into the search box and submits it. */
  async search(keyword: string) {
    await this.searchbox.fill(keyword);
    await this.page.getByRole("button", { name: "Search", exact: true }).click();
  }

  /** Opens the Filters panel if it is closed, sets each field (by label: a select by option label, else typed), applies. */
  async filter(values: Record<string, string>) {
    const form = this.page.getByRole("form", { name: "Filters" });
    if (!(await form.isVisible())) await this.page.getByRole("button", { name: "Filters" }).click();
    for (const [label, value] of Object.entries(values)) {
      const field = form.getByRole("combobox", { name: label, exact: true }).or(form.getByRole("textbox", { name: label, exact: true }));
      if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption({ label: value });
      else await field.fill(value);
    }
    await form.getByRole("button", { name: "Apply Filters" }).click();
  }

  /** The grid's rows showing this text (a name, an email). */
  row(text: string): Locator {
    return this.table.getByRole("row").filter({ hasText: text });
  }

  /** Opens the grid, searches for keyword, and expects exactly one row showing text. */
  async find(keyword: string, text = keyword): Promise<Locator> {
    await this.open();
    await this.search(keyword);
    const row = this.row(text);
    await expect(row).toHaveCount(1);
    return row;
  }

  /** Finds the one row (as find), clicks its Login as Customer and confirms: resolves to the storefront tab, as LoginAsCustomerDialog.confirm. */
  async loginAs(keyword: string, text = keyword) {
    const dialog = await this.loginAsCustomer(await this.find(keyword, text));
    return dialog.confirm();
  }

  /** Clicks the row's Login as Customer button and returns the dialog it should open. */
  async loginAsCustomer(row: Locator, kind: LoginAsCustomerDialogKind = "confirm"): Promise<LoginAsCustomerDialog> {
    return LoginAsCustomerDialog.openFrom(loginAsCustomerButton(row), kind);
  }
}
