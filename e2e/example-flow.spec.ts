// The example of README "Writing your own end-to-end flows", run with the suite so that it keeps working.
import { CustomerGrid, expect, test } from "./support";

test("an administrator finds Veronica among General customers, opens her storefront and closes the session", async ({ superAdminPage: page }) => {
  const grid = new CustomerGrid(page);
  await grid.open();
  await grid.search("costello");
  await grid.filter({ Group: "General" });
  const row = grid.row("Veronica Costello");
  await expect(row).toHaveCount(1);

  await (await grid.loginAsCustomer(row)).cancel();
  const { tab, banner } = await (await grid.loginAsCustomer(row)).confirm();
  await banner.expectConnectedAs("Veronica Costello");
  await expect(tab).toHaveURL(/\/shop\/customer\/account/);
  await banner.closeSession();
});
