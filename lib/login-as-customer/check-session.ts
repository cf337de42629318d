// Checking a Login as Customer session on every storefront request it makes:
// still open, and every rule still holds. When one no longer does, the session
// ends here, with the reason.
import type { LacDeps } from "./deps";
import { END_REASONS, endSessions } from "./end-session";
import { consentActive } from "@/lib/customers/consent";

export type SessionCheck =
  | { active: true; session: { id: string; customerName: string; websiteName: string; adminUserId: number; adminUsername: string; storeViewId: number } }
  | { active: false; reason: string };

/**
 * Is this impersonation session still active? Run on every storefront request of
 * such a session. Ends the session (with the reason) when a rule says so.
 */
export async function checkLoginAsCustomerSession(deps: LacDeps, input: { sessionId: string; adminUserId: number; customerId: number }): Promise<SessionCheck> {
  const { db, config } = deps;
  const now = deps.now ?? new Date();
  const session = await db.loginAsCustomerSession.findUnique({
    where: { id: input.sessionId },
    select: {
      id: true,
      adminUserId: true,
      adminUsername: true,
      customerId: true,
      endedAt: true,
      endReason: true,
      customerName: true,
      websiteName: true,
      storeViewId: true,
    },
  });
  if (!session || session.adminUserId !== input.adminUserId || session.customerId !== input.customerId) {
    return { active: false, reason: "Unknown Login as Customer session" };
  }
  if (session.endedAt) return { active: false, reason: session.endReason ?? "Ended" };

  let reason: string | null = null;
  if (!config.loginAsCustomerEnabled) reason = END_REASONS.featureDisabled;
  else {
    const [admin, customer] = await Promise.all([
      db.adminUser.findUnique({
        where: { id: session.adminUserId },
        select: {
          isActive: true,
          role: { select: { allResources: true, resources: { where: { resource: "customers.lac.login" }, select: { resource: true } } } },
        },
      }),
      db.customer.findUnique({ where: { id: session.customerId }, select: { assistanceAllowed: true, assistanceAllowedUntil: true } }),
    ]);
    if (!admin || !admin.isActive) reason = END_REASONS.adminDeactivated;
    else if (!admin.role.allResources && admin.role.resources.length === 0) reason = END_REASONS.permissionRevoked;
    else if (!customer) reason = END_REASONS.customerDeleted;
    else if (!customer.assistanceAllowed) reason = END_REASONS.consentWithdrawn;
    else if (!consentActive(customer, now)) reason = END_REASONS.consentExpired;
  }
  if (reason) {
    await db.$transaction((tx) => endSessions(tx, { id: session.id }, reason, now));
    return { active: false, reason };
  }
  return {
    active: true,
    session: {
      id: session.id,
      customerName: session.customerName,
      websiteName: session.websiteName,
      adminUserId: session.adminUserId,
      adminUsername: session.adminUsername,
      storeViewId: session.storeViewId,
    },
  };
}
