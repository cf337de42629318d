// The customer's emails about a Login as Customer session (SPEC 10.4), as they
// arrive: an admin logs in as a new customer, adds a product to the cart and
// closes the session; the customer's inbox (the e2e server's SMTP receiver, fed
// by the app's email sender) gets "A store associate is assisting you", then
// "Summary of your assisted session" listing what was done.
import { CustomerGrid, addProductToCart, createAccount, expect, test, testData } from "./support";

const START = "A store associate is assisting you";
const SUMMARY = "Summary of your assisted session";

/** Waits for the newest email with this subject to reach the address, and returns it. */
async function emailTo(email: string, subject: string) {
  let mail: ReturnType<typeof testData.lastEmailTo> = null;
  await expect
    .poll(
      () => {
        mail = testData.lastEmailTo(email, subject);
        return mail !== null;
      },
      { timeout: 20_000, message: `"${subject}" to ${email}` },
    )
    .toBe(true);
  return mail!;
}

test("the customer is told when an admin logs in as them, and gets a summary of what was done", async ({ browser, superAdminPage: page }) => {
  // a customer of this test alone, who allows remote shopping assistance
  const shopper = await browser.newContext();
  const email = await createAccount(await shopper.newPage(), { consent: true, first: "Mila", last: "Mailer" });
  await shopper.close();

  const { tab, banner } = await new CustomerGrid(page).loginAs(email);
  await banner.expectConnectedAs("Mila Mailer");

  const start = await emailTo(email, START);
  expect(start.text).toMatch(/from Main Website started assisting you in your account on \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M UTC\./);
  expect(start.text).toContain("the notice on every page has an End assistance button");
  expect(start.text).toContain('turn off "Allow remote shopping assistance" in Account Information');
  expect(start.text).toMatch(/https?:\/\/\S+\/shop\/customer\/account\/assistance/);
  expect(testData.lastEmailTo(email, SUMMARY)).toBeNull();

  await addProductToCart(tab, "joust-duffle-bag");
  await banner.closeSession();

  const summary = await emailTo(email, SUMMARY);
  expect(summary.text).toContain("How it ended: Closed by the admin (Close Session)");
  expect(summary.text).toMatch(/- Added Joust Duffle Bag \(24-MB01\) to the cart, quantity 0 → 1\./);
  expect(summary.text).not.toContain("No changes were made.");
  expect(summary.html).toContain("<li>Added Joust Duffle Bag (24-MB01) to the cart, quantity 0 → 1.</li>");
  expect(summary.text).toMatch(/https?:\/\/\S+\/shop\/customer\/account\/assistance/);
});
