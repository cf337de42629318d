// The storefront's password reset: a link sent by email (Forgot Your Password?, or the
// admin's Reset Password), whose token is kept only as a hash, valid for an hour and
// used once. Setting the new password ends every session of the customer.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db, DbTx } from "@/lib/db-client";
import type { Audit } from "@/lib/action-log/audit";
import { hashPassword } from "@/lib/auth/password";
import { enqueueEmail } from "@/lib/mail/outbox";
import { passwordResetEmail } from "./password-reset-email";

export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000;
export const SET_PASSWORD_PATH = "/shop/customer/account/createpassword";
export const forgotPasswordAnswer = (email: string) =>
  `If there is an account associated with ${email} you will receive an email with a link to reset your password.`;
export const ADMIN_RESET_SENT = "The customer will receive an email with a link to reset password.";
export const RESET_LINK_INVALID = "This password reset link has expired or was already used. Ask for a new one below.";
export const PASSWORD_RESET_DONE = "You saved your new password. Please sign in.";

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

type Recipient = { id: number; firstName: string; lastName: string; email: string };

/** Writes the link and its email in the caller's transaction; the token appears only in the email. */
async function issueResetLink(tx: DbTx, customer: Recipient, appUrl: string, now: Date): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  await tx.passwordResetToken.create({
    data: { customerId: customer.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + RESET_LINK_LIFETIME_MS) },
  });
  // in the fragment: the token never reaches a server or proxy log when the link is opened
  const link = `${appUrl.replace(/\/$/, "")}${SET_PASSWORD_PATH}#token=${token}`;
  await enqueueEmail(tx, { ...passwordResetEmail(customer, link), kind: "password-reset", carriesSecret: true });
}

/** Forgot Your Password?: a link when the account exists; the caller answers the same either way. */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; websiteId: number; shareAccountsPerWebsite: boolean; appUrl: string; now?: Date },
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const customer = await db.customer.findFirst({
    where: input.shareAccountsPerWebsite ? { email, websiteId: input.websiteId } : { email },
    select: { id: true, firstName: true, lastName: true, email: true },
    orderBy: { id: "asc" },
  });
  if (!customer) return;
  await db.$transaction((tx) => issueResetLink(tx, customer, input.appUrl, input.now ?? new Date()));
}

/** The admin's Reset Password: the customer gets the link; nobody else sees a password. */
export async function sendPasswordResetByAdmin(db: Db, input: { customerId: number; appUrl: string; now?: Date }, audit: Audit): Promise<boolean> {
  const customer = await db.customer.findUnique({ where: { id: input.customerId }, select: { id: true, firstName: true, lastName: true, email: true } });
  if (!customer) return false;
  await db.$transaction(async (tx) => {
    await issueResetLink(tx, customer, input.appUrl, input.now ?? new Date());
    await audit(tx, { customerId: customer.id, details: `Password reset email sent to customer #${customer.id}` });
  });
  return true;
}

/** Set a New Password: the link's token, once, within its hour; every session of the customer ends. */
export async function setPasswordWithResetLink(
  db: Db,
  input: { token: string; password: string; now?: Date },
): Promise<{ ok: true } | { ok: false; error: string }> {
  const now = input.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const link = await tx.passwordResetToken.findUnique({ where: { tokenHash: hashToken(input.token) }, select: { id: true, customerId: true } });
    if (!link) return { ok: false as const, error: RESET_LINK_INVALID };
    // conditional: of two submissions of one link, only one sets the password
    const used = await tx.passwordResetToken.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count !== 1) return { ok: false as const, error: RESET_LINK_INVALID };
    await tx.customer.update({ where: { id: link.customerId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // the other links sent to this customer are void now
    await tx.passwordResetToken.updateMany({ where: { customerId: link.customerId, usedAt: null }, data: { usedAt: now } });
    return { ok: true as const };
  });
}
