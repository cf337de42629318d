// The storefront's password reset: the same answer whether the account exists or not,
// a link whose token is stored only as a hash, valid for one hour and used once; the
// new password ends every session. The admin's Reset Password sends the link and
// never sees, returns or records a password.
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { testDb, provider } from "../helpers/db";
import { makeCustomer as makeTestCustomer } from "../helpers/storefront-fixtures";
import { verifyPassword } from "@/lib/auth/password";
import { noAudit } from "@/lib/action-log/audit";
import {
  RESET_LINK_INVALID,
  RESET_LINK_LIFETIME_MS,
  requestPasswordReset,
  sendPasswordResetByAdmin,
  setPasswordWithResetLink,
} from "@/lib/customers/password-reset";

const db = testDb();
const APP_URL = "https://shop.example.test";

const makeCustomer = () => makeTestCustomer(db, undefined, { password: "Old12345!" });

/** The link of the newest reset email to this address, and the email itself. */
async function lastResetEmail(email: string) {
  const msg = await db.emailMessage.findFirstOrThrow({ where: { to: { contains: `<${email}>` }, kind: "password-reset" }, orderBy: { id: "desc" } });
  const link = /https:\/\/\S+#token=([\w-]+)/.exec(msg.text)!;
  return { msg, url: link[0], token: link[1] };
}

describe(`password reset (${provider()})`, () => {
  it("Forgot Your Password? queues one email with a one-hour link; the token is stored only as its hash", async () => {
    const c = await makeCustomer();
    const website = await db.website.findUniqueOrThrow({ where: { code: "base" } });
    await requestPasswordReset(db, { email: c.email.toUpperCase(), websiteId: website.id, shareAccountsPerWebsite: true, appUrl: APP_URL });
    const { msg, url, token } = await lastResetEmail(c.email);
    expect(msg.subject).toBe("Reset your password");
    expect(msg.carriesSecret).toBe(true);
    expect(url.startsWith(`${APP_URL}/shop/customer/account/createpassword#token=`)).toBe(true);
    expect(msg.html).toContain(token);
    const rows = await db.passwordResetToken.findMany({ where: { customerId: c.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()).toBeGreaterThan(RESET_LINK_LIFETIME_MS - 5000);
    expect(rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()).toBeLessThanOrEqual(RESET_LINK_LIFETIME_MS + 5000);
  });

  it("an unknown email, or one of another website, gets no email and no link", async () => {
    const c = await makeCustomer();
    const other = await db.website.findFirst({ where: { NOT: { code: "base" } } });
    // only these addresses: other test files queue email (Login as Customer sessions) meanwhile
    const toEither = { where: { OR: [{ to: { contains: `<nobody.${c.email}>` } }, { to: { contains: `<${c.email}>` } }] } };
    await requestPasswordReset(db, { email: `nobody.${c.email}`, websiteId: c.websiteId, shareAccountsPerWebsite: true, appUrl: APP_URL });
    if (other) await requestPasswordReset(db, { email: c.email, websiteId: other.id, shareAccountsPerWebsite: true, appUrl: APP_URL });
    expect(await db.emailMessage.count(toEither)).toBe(0);
    expect(await db.passwordResetToken.count({ where: { customerId: c.id } })).toBe(0);
  });

  it("the link sets the password once, ends every session and voids the other links", async () => {
    const c = await makeCustomer();
    await requestPasswordReset(db, { email: c.email, websiteId: c.websiteId, shareAccountsPerWebsite: true, appUrl: APP_URL });
    const first = await lastResetEmail(c.email);
    await requestPasswordReset(db, { email: c.email, websiteId: c.websiteId, shareAccountsPerWebsite: true, appUrl: APP_URL });
    const second = await lastResetEmail(c.email);

    expect(await setPasswordWithResetLink(db, { token: second.token, password: "New12345!" })).toEqual({ ok: true });
    const after = await db.customer.findUniqueOrThrow({ where: { id: c.id } });
    expect(await verifyPassword("New12345!", after.passwordHash)).toBe(true);
    expect(after.sessionVersion).toBe(c.sessionVersion + 1);
    // used once; and the earlier link is void too
    expect(await setPasswordWithResetLink(db, { token: second.token, password: "Other12345!" })).toEqual({ ok: false, error: RESET_LINK_INVALID });
    expect(await setPasswordWithResetLink(db, { token: first.token, password: "Other12345!" })).toEqual({ ok: false, error: RESET_LINK_INVALID });
    expect(await setPasswordWithResetLink(db, { token: "made-up-token-made-up-token", password: "Other12345!" })).toEqual({
      ok: false,
      error: RESET_LINK_INVALID,
    });
    expect(await verifyPassword("New12345!", (await db.customer.findUniqueOrThrow({ where: { id: c.id } })).passwordHash)).toBe(true);
  });

  it("a link older than one hour no longer works (clock moved, no sleep)", async () => {
    const c = await makeCustomer();
    const sentAt = new Date();
    await requestPasswordReset(db, { email: c.email, websiteId: c.websiteId, shareAccountsPerWebsite: true, appUrl: APP_URL, now: sentAt });
    const { token } = await lastResetEmail(c.email);
    const late = new Date(sentAt.getTime() + RESET_LINK_LIFETIME_MS + 1000);
    expect(await setPasswordWithResetLink(db, { token, password: "New12345!", now: late })).toEqual({ ok: false, error: RESET_LINK_INVALID });
    const inTime = new Date(sentAt.getTime() + RESET_LINK_LIFETIME_MS - 1000);
    expect(await setPasswordWithResetLink(db, { token, password: "New12345!", now: inTime })).toEqual({ ok: true });
  });

  it("two submissions of one link at once: exactly one sets the password", async () => {
    const c = await makeCustomer();
    await requestPasswordReset(db, { email: c.email, websiteId: c.websiteId, shareAccountsPerWebsite: true, appUrl: APP_URL });
    const { token } = await lastResetEmail(c.email);
    const results = await Promise.all([
      setPasswordWithResetLink(db, { token, password: "First12345!" }),
      setPasswordWithResetLink(db, { token, password: "Second12345!" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("the admin's Reset Password sends the link, records that it did, and never handles a password", async () => {
    const c = await makeCustomer();
    const audited: string[] = [];
    const sent = await sendPasswordResetByAdmin(db, { customerId: c.id, appUrl: APP_URL }, async (_tx, change) => void audited.push(change?.details ?? ""));
    expect(sent).toBe(true);
    const { msg } = await lastResetEmail(c.email);
    expect(msg.subject).toBe("Reset your password");
    expect(audited).toEqual([`Password reset email sent to customer #${c.id}`]);
    // the password is unchanged: only the customer sets a new one
    expect(await verifyPassword("Old12345!", (await db.customer.findUniqueOrThrow({ where: { id: c.id } })).passwordHash)).toBe(true);
    expect(await sendPasswordResetByAdmin(db, { customerId: 2_000_000_000, appUrl: APP_URL }, noAudit)).toBe(false);
  });
});
