// The kit's `test`: Playwright's, plus pages already signed in. Ask for one by
// name in a test's arguments: `async ({ supportPage: page }) => …`.
// (A fixture hands its value on with `provide`, Playwright's `use`: that name
// would read as React's use() to the hooks lint rule.)
import { test as base, type BrowserContext, type Page } from "@playwright/test";
import { ADMINS, SHOPPERS, type AdminAccount } from "./accounts";
import { adminSignIn, shopSignIn } from "./sign-in";
import { createAccount } from "./storefront";
import { testData } from "./test-data";

type PageFixtures = {
  /** The test's page, signed in to the admin as the seeded "admin" (Administrators). */
  adminPage: Page;
  /** The test's page, signed in as "support" (role Support). */
  supportPage: Page;
  /** The test's page, signed in as "viewer" (role Viewer). */
  viewerPage: Page;
  /** The test's page, signed in as this worker's own Administrators user (see superAdmin). */
  superAdminPage: Page;
  /** The test's page, signed in to the storefront as Veronica Costello (roni_cost@example.com). */
  shopperPage: Page;
  /** The test's page, signed in to the storefront as a shopper created for this test. */
  newShopperPage: Page;
  /** Another person in the same test: a new browser context (its own cookies) signed in to the admin; closed after the test. */
  newAdminPage: (account?: AdminAccount) => Promise<Page>;
};

type WorkerFixtures = {
  /**
   * An Administrators user made for this worker. Use it where another spec could
   * end the seeded admin's sessions (sign-in.spec.ts signs "admin" out, which ends
   * them everywhere) or where the test needs the account's password.
   */
  superAdmin: AdminAccount;
};

const signedInAdmin =
  (account: AdminAccount) =>
  async ({ page }: { page: Page }, provide: (page: Page) => Promise<void>) => {
    await adminSignIn(page, account);
    await provide(page);
  };

export const test = base.extend<PageFixtures, WorkerFixtures>({
  superAdmin: [async ({}, provide) => provide(testData.createAdmin({ all: true })), { scope: "worker" }],
  adminPage: signedInAdmin(ADMINS.admin),
  supportPage: signedInAdmin(ADMINS.support),
  viewerPage: signedInAdmin(ADMINS.viewer),
  superAdminPage: async ({ page, superAdmin }, provide) => {
    await adminSignIn(page, superAdmin);
    await provide(page);
  },
  shopperPage: async ({ page }, provide) => {
    await shopSignIn(page, SHOPPERS.roni);
    await provide(page);
  },
  newShopperPage: async ({ page }, provide) => {
    await createAccount(page);
    await provide(page);
  },
  newAdminPage: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (account = ADMINS.admin) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await adminSignIn(page, account);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect } from "@playwright/test";
