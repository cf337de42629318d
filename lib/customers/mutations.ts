// Admin-side customer changes. Plain arguments in, plain results out; each
// change is one transaction (the consent rule and ending sessions included).
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { END_REASONS, endSessionsForCustomer } from "@/lib/login-as-customer/end-session";
import { LAC } from "@/lib/login-as-customer/messages";
import { customerSearchText, CUSTOMER_EMAIL_TAKEN } from "./create";
import { noAudit, type Audit } from "@/lib/action-log/audit";
import { describeChanges, onlyChanged } from "@/lib/action-log/diff";

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
};

export type MutationResult = { ok: true } | { ok: false; error: string; field?: string };

export const CUSTOMER_NOT_FOUND = "This customer no longer exists.";

export async function updateCustomerByAdmin(
  opts: { customerId: number; canChangeAssistance: boolean; shareAccountsPerWebsite: boolean },
  input: AdminCustomerInput,
  client: Db = appDb,
  audit: Audit = noAudit,
): Promise<MutationResult> {
  return client.$transaction(async (tx) => {
    const current = await tx.customer.findUnique({
      where: { id: opts.customerId },
      select: {
        websiteId: true,
        assistanceAllowed: true,
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
    const wanted = input.assistanceAllowed ?? current.assistanceAllowed;
    if (wanted !== current.assistanceAllowed && !opts.canChangeAssistance) {
      return { ok: false, error: LAC.noPermissionOptIn, field: "assistanceAllowed" };
    }
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
      assistanceAllowed: wanted,
    };
    // a new email signs the customer out everywhere (their sign-in name changed)
    const endsSessions = email !== current.email ? { sessionVersion: { increment: 1 } } : {};
    await tx.customer.update({
      where: { id: opts.customerId },
      data: { ...fields, ...endsSessions, searchText: customerSearchText(input.firstName, input.lastName, email) },
    });
    if (current.assistanceAllowed && !wanted) await endSessionsForCustomer(tx, opts.customerId, END_REASONS.consentWithdrawn);
    const { websiteId: _w, ...before } = current;
    void _w;
    await audit(tx, {
      customerId: opts.customerId,
      details: `Customer #${opts.customerId}: ${describeChanges(before, fields)}`,
      ...onlyChanged(before, fields),
    });
    if (wanted !== current.assistanceAllowed) {
      await audit(tx, {
        customerId: opts.customerId,
        action: "allow_remote_assistance",
        fullActionName: "customer_index_save_assistance",
        details: `Allow remote shopping assistance: ${yesNo(current.assistanceAllowed)} → ${yesNo(wanted)}`,
        before: { assistanceAllowed: current.assistanceAllowed },
        after: { assistanceAllowed: wanted },
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
