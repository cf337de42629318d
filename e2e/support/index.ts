// The end-to-end kit. A spec imports what it needs from here:
//   import { CustomerGrid, expect, test } from "./support";
// - test, expect: Playwright's, with signed-in pages as fixtures (fixtures.ts)
// - ADMINS, agent(n), SHOPPERS: the seeded accounts (accounts.ts)
// - adminSignIn, shopSignIn and the bare form submits (sign-in.ts)
// - CustomerGrid, LoginAsCustomerDialog, StorefrontBanner: page objects
// - createAccount, addProductToCart, miniCart, fillAddress: storefront steps (storefront.ts)
// - testData: rows made or read in the e2e database (test-data.ts)
// Elements are found by role and accessible name, as a person finds them.
export { expect, test } from "./fixtures";
export { ADMINS, SHOPPERS, SHOPPER_PASSWORD, agent, type AdminAccount, type ShopperAccount } from "./accounts";
export { adminSignIn, shopSignIn, submitAdminSignIn, submitShopSignIn } from "./sign-in";
export { CustomerGrid } from "./customer-grid";
export { LAC_WARNING, LoginAsCustomerDialog, loginAsCustomerButton, type LoginAsCustomerDialogKind } from "./login-as-customer-dialog";
export { StorefrontBanner } from "./storefront-banner";
export { addProductToCart, createAccount, fillAddress, miniCart } from "./storefront";
export { testData } from "./test-data";
