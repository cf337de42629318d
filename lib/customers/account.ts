// Account Information: names, email and password (each needing the current password) and the
// Login as Customer consent, saved in one transaction; withdrawing consent ends open sessions.
import type { Db } from "@/lib/db-client";
import type { Audit } from "@/lib/action-log/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { LAC } from "@/lib/login-as-customer/messages";
import { END_REASONS, endSessionsForCustomer } from "@/lib/login-as-customer/end-session";
import { customerSearchText, CUSTOMER_EMAIL_TAKEN } from "./create";
import { consentActive, consentData, DEFAULT_CONSENT_DURATION, type ConsentDuration } from "./consent";

export const CUSTOMER_WRONG_CURRENT_PASSWORD = "The password doesn't match this account. Verify the password and try again.";
export const ACCOUNT_SAVED = "You saved the account information.";

export type AccountInfoInput = {
  firstName: string;
  lastName: string;
  changeEmail: boolean;
  changePassword: boolean;
  email?: string | null;
  currentPassword?: string | null;
  password?: string | null;
  assistanceAllowed: boolean;
  /** the "Allow for" choice; absent: the configured default */
  assistanceDuration?: ConsentDuration;
};

/**
 * sessionVersion: set when the change ended the customer's other sessions (the caller re-issues this browser's cookie).
 * assistanceAllowedUntil: the end of the grant this save gave (null: until turned off), when it gave one.
 */
export type AccountInfoResult =
  | { ok: true; message: string; sessionVersion?: number; assistanceAllowedUntil?: Date | null }
  | { ok: false; error?: string; fieldErrors?: Record<string, string> };

export async function updateAccountInfo(
  db: Db,
  args: {
    customerId: number;
    input: AccountInfoInput;
    impersonating: boolean;
    consentShown: boolean;
    shareAccountsPerWebsite: boolean;
    /** Configuration › Default Consent Duration, for a save without an "Allow for" choice */
    defaultConsentDuration?: ConsentDuration;
    onCommit?: Audit;
    now?: Date;
  },
): Promise<AccountInfoResult> {
  const { input } = args;
  const now = args.now ?? new Date();
  const current = await db.customer.findUniqueOrThrow({
    where: { id: args.customerId },
    select: { email: true, passwordHash: true, websiteId: true, assistanceAllowed: true, assistanceAllowedUntil: true },
  });
  // the box shows whether a grant holds now (a lapsed one shows unticked): a change is against that
  const wasActive = consentActive(current, now);
  const consentChanged = args.consentShown && input.assistanceAllowed !== wasActive;
  // During Login as Customer the password, email and consent stay the customer's own decision: the admin cannot change them.
  if (args.impersonating && (input.changeEmail || input.changePassword || consentChanged)) return { ok: false, error: LAC.actionNotAllowed };
  // Saving with the box ticked gives a new grant from now for the chosen duration; unticked withdraws.
  // (Not while impersonating: the admin's save keeps the customer's grant as it is.)
  const consent =
    args.consentShown && !args.impersonating
      ? consentData(input.assistanceAllowed, input.assistanceDuration ?? args.defaultConsentDuration ?? DEFAULT_CONSENT_DURATION, now)
      : null;
  if ((input.changeEmail || input.changePassword) && !(await verifyPassword(input.currentPassword ?? "", current.passwordHash)))
    return { ok: false, fieldErrors: { currentPassword: CUSTOMER_WRONG_CURRENT_PASSWORD } };

  const email = input.changeEmail ? (input.email ?? "").trim().toLowerCase() : current.email;
  if (email !== current.email) {
    const clash = await db.customer.findFirst({
      where: args.shareAccountsPerWebsite ? { email, websiteId: current.websiteId, NOT: { id: args.customerId } } : { email, NOT: { id: args.customerId } },
      select: { id: true },
    });
    if (clash) return { ok: false, fieldErrors: { email: CUSTOMER_EMAIL_TAKEN } };
  }
  const passwordHash = input.changePassword ? await hashPassword(input.password ?? "") : undefined;
  // a new password or email signs out every other session of the customer
  const endsSessions = Boolean(passwordHash) || email !== current.email;
  let sessionVersion: number | undefined;
  try {
    await db.$transaction(async (tx) => {
      const updated = await tx.customer.update({
        where: { id: args.customerId },
        data: {
          firstName: input.firstName,
          lastName: input.lastName,
          email,
          searchText: customerSearchText(input.firstName, input.lastName, email),
          ...(passwordHash ? { passwordHash } : {}),
          ...(consent ?? {}),
          ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}),
        },
        select: { sessionVersion: true },
      });
      if (endsSessions) sessionVersion = updated.sessionVersion;
      // withdrawing ends running sessions at once (a lapsed grant: they end as expired)
      if (consent && !consent.assistanceAllowed && current.assistanceAllowed)
        await endSessionsForCustomer(tx, args.customerId, wasActive ? END_REASONS.consentWithdrawn : END_REASONS.consentExpired);
      await args.onCommit?.(tx);
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") return { ok: false, fieldErrors: { email: CUSTOMER_EMAIL_TAKEN } };
    throw e;
  }
  return {
    ok: true,
    message: ACCOUNT_SAVED,
    sessionVersion,
    ...(consent?.assistanceAllowed ? { assistanceAllowedUntil: consent.assistanceAllowedUntil } : {}),
  };
}
