// SPEC 10.8: the Actions Report shows what the latest `npm run log:verify` found: the entry the
// chain is verified through, or, after an entry was edited in the database, an alert naming it.
import { expect, test, testData } from "./support";

test.describe.serial("the Actions Report's integrity line", () => {
  test("verified through the last sealed entry; an edited entry makes it an alert until it is put back", async ({ adminPage: page }) => {
    // it runs the log:verify command four times or more (a process loading the app's database code each time)
    test.setTimeout(120_000);
    const report = () => page.goto("/admin/system/action-logs");

    // the server's sealer (every second) seals this admin's sign-in; until then the chain may be empty
    let run: ReturnType<typeof testData.logVerify> = { code: null, output: "" };
    await expect
      .poll(() => {
        run = testData.logVerify();
        return testData.latestVerification()?.throughEntryId ?? null;
      })
      .not.toBeNull();
    expect(run.output).toMatch(/^Action log verified: \d+ entries, head [0-9a-f]{64}$/m);
    expect(run.code).toBe(0);
    const verified = testData.latestVerification();
    expect(verified?.ok).toBe(true);
    await report();
    await expect(page.getByRole("status").filter({ hasText: "Integrity verified through entry" })).toContainText(
      `Integrity verified through entry ${verified!.throughEntryId}`,
    );
    await expect(page.getByRole("alert").filter({ hasText: "Integrity" })).toHaveCount(0);

    // someone with database access rewrites what an entry says
    const edited = testData.tamperActionLog("Logged in as customer: 1, someone-else@example.com");
    try {
      run = testData.logVerify();
      expect(run.output).toContain(`Action log tampered at entry ${edited.id}: field details was changed (seal does not match)`);
      expect(run.code).toBe(1);
      await report();
      await expect(page.getByRole("alert").filter({ hasText: "Integrity check failed" })).toContainText(`Integrity check failed at entry ${edited.id}`);
    } finally {
      testData.tamperActionLog(edited.details, edited.id);
    }

    run = testData.logVerify();
    expect(run.code).toBe(0);
    await report();
    await expect(page.getByRole("alert").filter({ hasText: "Integrity" })).toHaveCount(0);
    await expect(page.getByText(/^Integrity verified through entry \d+$/)).toBeVisible();
  });
});
