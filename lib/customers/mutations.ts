// Admin-side customer changes. Plain arguments in, plain results out; each
// change is one transaction (the consent rule and ending sessions included).
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { END_REASONS, endSessionsForCustomer } from "@/lib/login-as-customer/end-session";
import { LAC } from "@/lib/login-as-customer/messages";
import { customerSearchText, CUSTOMER_EMAIL_TAKEN } from "./create";
import { noAudit, type Audit } from "@/lib/action-log/audit";
import { describeChanges, onlyChanged } from "@/lib/action-log/diff";
import { consentActive, consentData, DEFAULT_CONSENT_DURATION, describeConsent, type ConsentDuration } from "./consent";

const yesNo = (v: boolean) => (v ? "Yes" : "No");

export type AdminCustomerInput = {
  firstName: string;
  lastName: string;
  email: string;
  groupId: number;
  dob?: string | null;
  gender?: string | null;
  newsletter: boolean;
  /** undefined: the form did not offer the toggle, keep the current value */
  assistanceAllowed?: boolean;
  /** the "Allow for" choice next to the toggle; absent: the configured default */
  assistanceDuration?: ConsentDuration;
};

export type MutationResult = { ok: true } | { ok: false; error: string; field?: string };

export const CUSTOMER_NOT_FOUND = "This customer no longer exists.";

export async function updateCustomerByAdmin(
  opts: { customerId: number; canChangeAssistance: boolean; shareAccountsPerWebsite: boolean; defaultConsentDuration?: ConsentDuration; now?: Date },
  input: AdminCustomerInput,
  client: Db = appDb,
  audit: Audit = noAudit,
): Promise<MutationResult> {
  const now = opts.now ?? new Date();
  return client.$transaction(async (tx) => {
    const current = await tx.customer.findUnique({
      where: { id: opts.customerId },
      select: {
        websiteId: true,
        assistanceAllowed: true,
        assistanceAllowedUntil: true,
        firstName: true,
        lastName: true,
        email: true,
        groupId: true,
        dob: true,
        gender: true,
        newsletterSubscribed: true,
      },
    });
    if (!current) return { ok: false, error: CUSTOMER_NOT_FOUND };
    // the toggle shows whether a grant holds now (a lapsed one shows off): a change is against that
    const wasActive = consentActive(current, now);
    const wanted = input.assistanceAllowed ?? wasActive;
    if (wanted !== wasActive && !opts.canChangeAssistance) {
      return { ok: false, error: LAC.noPermissionOptIn, field: "assistanceAllowed" };
    }
    // with the toggle offered (and the right to use it), on is a new grant from now for the chosen duration,
    // off withdraws; otherwise the grant stays exactly as it is
    const consent =
      input.assistanceAllowed !== undefined && opts.canChangeAssistance
        ? consentData(wanted, input.assistanceDuration ?? opts.defaultConsentDuration ?? DEFAULT_CONSENT_DURATION, now)
        : { assistanceAllowed: current.assistanceAllowed, assistanceAllowedUntil: current.assistanceAllowedUntil };
    const email = input.email.toLowerCase();
    const clash = await tx.customer.findFirst({
      where: { email, id: { not: opts.customerId }, ...(opts.shareAccountsPerWebsite ? { websiteId: current.websiteId } : {}) },
      select: { id: true },
    });
    if (clash) return { ok: false, error: CUSTOMER_EMAIL_TAKEN, field: "email" };
    const group = await tx.customerGroup.findUnique({ where: { id: input.groupId }, select: { id: true } });
    if (!group) return { ok: false, error: "Choose a customer group.", field: "groupId" };
    const fields = {
      firstName: input.firstName,
      lastName: input.lastName,
      email,
      groupId: input.groupId,
      dob: input.dob || null,
      gender: input.gender || null,
      newsletterSubscribed: input.newsletter,
      assistanceAllowed: consent.assistanceAllowed,
      assistanceAllowedUntil: consent.assistanceAllowedUntil?.toISOString() ?? null,
    };
    // a new email signs the customer out everywhere (their sign-in name changed)
    const endsSessions = email !== current.email ? { sessionVersion: { increment: 1 } } : {};
    await tx.customer.update({
      where: { id: opts.customerId },
      // (fields name the grant's end as text for the log; consent writes it as a date)
      data: { ...fields, ...consent, ...endsSessions, searchText: customerSearchText(input.firstName, input.lastName, email) },
    });
    // withdrawing ends running sessions at once (a lapsed grant: they end as expired)
    if (current.assistanceAllowed && !consent.assistanceAllowed)
      await endSessionsForCustomer(tx, opts.customerId, wasActive ? END_REASONS.consentWithdrawn : END_REASONS.consentExpired);
    const { websiteId: _w, assistanceAllowedUntil: until, ...rest } = current;
    void _w;
    const before = { ...rest, assistanceAllowedUntil: until?.toISOString() ?? null };
    await audit(tx, {
      customerId: opts.customerId,
      details: `Customer #${opts.customerId}: ${describeChanges(before, fields)}`,
      ...onlyChanged(before, fields),
    });
    // a consent entry when the toggle changed, or a new grant replaced a running one
    if (wanted !== wasActive || (wanted && before.assistanceAllowedUntil !== fields.assistanceAllowedUntil)) {
      await audit(tx, {
        customerId: opts.customerId,
        action: "allow_remote_assistance",
        fullActionName: "customer_index_save_assistance",
        details: `Allow remote shopping assistance: ${yesNo(wasActive)} → ${describeConsent(consent, now)}`,
        before: { assistanceAllowed: current.assistanceAllowed, assistanceAllowedUntil: before.assistanceAllowedUntil },
        after: { assistanceAllowed: consent.assistanceAllowed, assistanceAllowedUntil: fields.assistanceAllowedUntil },
      });
    }
    return { ok: true };
  });
}

export async function deleteCustomerByAdmin(customerId: number, client: Db = appDb, audit: Audit = noAudit): Promise<MutationResult> {
  return client.$transaction(async (tx) => {
    const found = await tx.customer.findUnique({ where: { id: customerId }, select: { id: true, email: true, firstName: true, lastName: true } });
    if (!found) return { ok: false, error: CUSTOMER_NOT_FOUND };
    await endSessionsForCustomer(tx, customerId, END_REASONS.customerDeleted);
    await tx.customer.delete({ where: { id: customerId } });
    await audit(tx, { customerId, details: `Deleted customer #${customerId}: ${found.firstName} ${found.lastName}, ${found.email}`, before: found });
    return { ok: true };
  });
}
