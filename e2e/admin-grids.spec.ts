// The four admin grids, as a person uses them: the column headers they read, sorting
// by a header and paging (both change the URL and the rows), and a hand-edited URL
// with bad values that falls back to the defaults instead of an error page.
import type { Page } from "@playwright/test";
import { adminSignIn, expect, test, testData, type AdminAccount } from "./support";

const tag = `g${Date.now().toString(36)}`;
// rows made before today: the seeded ones, which no other spec running alongside adds to
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
let agent: AdminAccount;

type GridCase = {
  name: string;
  /** the grid's page, filtered to rows of its own where other specs add rows */
  url: string;
  table: string;
  headers: string[];
  /** a header to sort by, its column id, and the direction the first click gives */
  sortBy: { header: string; id: string; dir: "asc" | "desc" };
  /** the page size the grid falls back to */
  pageSize: string;
};

const GRIDS: GridCase[] = [
  {
    name: "Customers › All Customers",
    url: `/admin/customers?f_sinceTo=${yesterday}`,
    table: "Customers",
    headers: ["ID", "Name", "Email", "Group", "Website", "Customer Since", "Allow Remote Shopping Assistance", "Action"],
    sortBy: { header: "Email", id: "email", dir: "asc" },
    pageSize: "20",
  },
  {
    name: "Sales › Orders",
    url: `/admin/sales/orders?f_dateTo=${yesterday}`,
    table: "Orders",
    headers: ["ID", "Purchase Date", "Bill-to Name", "Grand Total", "Status", "Store View", "Action"],
    sortBy: { header: "Grand Total", id: "grandTotal", dir: "asc" },
    pageSize: "20",
  },
  {
    name: "Customers › Login as Customer Log",
    url: `/admin/customers/login-as-customer-log?f_adminName=${encodeURIComponent(`Grid ${tag}`)}`,
    table: "Login as Customer Log",
    headers: ["ID", "Customer ID", "Customer Email", "Admin ID", "Admin Name", "Logged In", "Store View", "Access", "Reason", "Ended", "End Reason"],
    // newest first by default: the first click on Logged In turns it around
    sortBy: { header: "Logged In", id: "startedAt", dir: "asc" },
    pageSize: "20",
  },
  {
    name: "System › Action Logs › Report",
    url: `/admin/system/action-logs?f_details=${tag}&size=20`,
    table: "Action Logs",
    headers: ["Time", "Action Group", "Action", "IP Address", "Username", "Result", "Full Action Name", "Details"],
    sortBy: { header: "Time", id: "createdAt", dir: "asc" },
    pageSize: "50",
  },
];

const bodyRows = (page: Page, table: string) =>
  page
    .getByRole("table", { name: table })
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });

test.beforeAll(() => {
  // 25 rows of the log and the report for this run (two pages of 20), and one open session of a fresh admin
  agent = testData.createAdmin({ all: true });
  testData.gridRows(tag, 25, agent.username);
});

for (const grid of GRIDS) {
  test.describe(grid.name, () => {
    test("shows its column headers; sorting by a header and paging change the URL and the rows", async ({ superAdminPage: page }) => {
      await page.goto(grid.url);
      const table = page.getByRole("table", { name: grid.table });
      const headers = table.getByRole("columnheader");
      await expect(headers).toHaveCount(grid.headers.length);
      for (const [i, name] of grid.headers.entries()) await expect(headers.nth(i)).toHaveAccessibleName(name);
      await expect(bodyRows(page, grid.table)).toHaveCount(20);

      // sort by a header
      const before = await bodyRows(page, grid.table).allInnerTexts();
      await table.getByRole("button", { name: grid.sortBy.header, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]sort=${grid.sortBy.id}(&|$)`));
      await expect(page).toHaveURL(new RegExp(`[?&]dir=${grid.sortBy.dir}(&|$)`));
      const header = table.getByRole("columnheader", { name: grid.sortBy.header, exact: true });
      await expect(header).toHaveAttribute("aria-sort", grid.sortBy.dir === "asc" ? "ascending" : "descending");
      await expect.poll(() => bodyRows(page, grid.table).allInnerTexts()).not.toEqual(before);

      // next page
      const firstPage = await bodyRows(page, grid.table).allInnerTexts();
      await page.getByRole("navigation", { name: "Pagination" }).getByRole("button", { name: "Next page" }).click();
      await expect(page).toHaveURL(/[?&]page=2(&|$)/);
      await expect(page.getByText(/^Page 2( of \d+)?$/)).toBeVisible();
      await expect(header).toHaveAttribute("aria-sort", grid.sortBy.dir === "asc" ? "ascending" : "descending");
      const secondPage = await bodyRows(page, grid.table).allInnerTexts();
      expect(secondPage.length).toBeGreaterThan(0);
      for (const row of secondPage) expect(firstPage).not.toContain(row);

      // back: the first page again
      await page.goBack();
      await expect(page).not.toHaveURL(/[?&]page=2/);
      await expect.poll(() => bodyRows(page, grid.table).allInnerTexts()).toEqual(firstPage);
    });

    test("falls back to its defaults on bad URL values instead of an error page", async ({ superAdminPage: page }) => {
      const bad = `${grid.url}${grid.url.includes("?") ? "&" : "?"}sort=passwordHash&dir=sideways&page=abc&size=7&hide=%00`;
      const response = await page.goto(bad.replace("&size=20", ""));
      expect(response?.status()).toBe(200);
      const table = page.getByRole("table", { name: grid.table });
      await expect(table.getByRole("columnheader")).toHaveCount(grid.headers.length);
      await expect(page.getByText(/^Page 1( of \d+)?$/)).toBeVisible();
      await expect(page.getByLabel("Per page")).toHaveValue(grid.pageSize);
      await expect(bodyRows(page, grid.table).first()).toBeVisible();
      await expect(page.getByText("We couldn't find any records.")).toHaveCount(0);
    });
  });
}

test("an open session in the log offers End session of <email>, which ends it", async ({ page }) => {
  await adminSignIn(page, agent);
  await page.goto(GRIDS[2].url);
  const row = bodyRows(page, "Login as Customer Log").filter({ hasText: `active.${tag}@example.com` });
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  // the ended sessions of this run offer nothing
  await expect(page.getByRole("button", { name: /^End session of / })).toHaveCount(1);
  await row.getByRole("button", { name: `End session of active.${tag}@example.com` }).click();
  await expect(page.getByRole("status").filter({ hasText: "The session was ended." })).toBeVisible();
  await expect(row).toContainText(`Ended by an admin from the Login as Customer Log (${agent.username})`);
  await expect(page.getByRole("button", { name: /^End session of / })).toHaveCount(0);
});
