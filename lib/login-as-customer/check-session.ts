// Checking a Login as Customer session on every storefront request it makes:
// still open, and every rule still holds. When one no longer does, the session
// ends here, with the reason.
import type { LacDeps } from "./deps";
import { END_REASONS, endSessions } from "./end-session";
import { consentActive } from "@/lib/customers/consent";

export type CheckedSession = {
  id: string;
  customerName: string;
  websiteName: string;
  adminUserId: number;
  adminUsername: string;
  storeViewId: number;
  /** "view" also when the role lost "Make changes as the customer" since the start */
  access: "view" | "assist";
  /** the end of the session's lifetime */
  expiresAt: Date;
  /** how long until then, from this check (the banner counts it down) */
  endsInMs: number;
};

export type SessionCheck = { active: true; session: CheckedSession } | { active: false; reason: string };

/** The last storefront request is written at most this often (a quarter of the idle timeout), never on every request. */
export function lastSeenWriteInterval(idleTimeoutMinutes: number): number {
  return (idleTimeoutMinutes * 60_000) / 4;
}

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
      access: true,
      startedAt: true,
      expiresAt: true,
      lastSeenAt: true,
    },
  });
  if (!session || session.adminUserId !== input.adminUserId || session.customerId !== input.customerId) {
    return { active: false, reason: "Unknown Login as Customer session" };
  }
  if (session.endedAt) return { active: false, reason: session.endReason ?? "Ended" };

  // a session made before lifetimes existed is bounded from its start
  const expiresAt = session.expiresAt ?? new Date(session.startedAt.getTime() + config.sessionLifetimeMinutes * 60_000);
  const lastSeenAt = session.lastSeenAt ?? session.startedAt;
  let reason: string | null = null;
  let canAssist = false;
  if (!config.loginAsCustomerEnabled) reason = END_REASONS.featureDisabled;
  else if (now.getTime() >= expiresAt.getTime()) reason = END_REASONS.sessionExpired;
  else if (now.getTime() - lastSeenAt.getTime() >= config.idleTimeoutMinutes * 60_000) reason = END_REASONS.idleTimeout;
  else {
    const [admin, customer] = await Promise.all([
      db.adminUser.findUnique({
        where: { id: session.adminUserId },
        select: {
          isActive: true,
          role: {
            select: {
              allResources: true,
              resources: { where: { resource: { in: ["customers.lac.login", "customers.lac.assist"] } }, select: { resource: true } },
            },
          },
        },
      }),
      db.customer.findUnique({ where: { id: session.customerId }, select: { assistanceAllowed: true, assistanceAllowedUntil: true } }),
    ]);
    if (!admin || !admin.isActive) reason = END_REASONS.adminDeactivated;
    else if (!admin.role.allResources && !admin.role.resources.some((r) => r.resource === "customers.lac.login")) reason = END_REASONS.permissionRevoked;
    else if (!customer) reason = END_REASONS.customerDeleted;
    else if (!customer.assistanceAllowed) reason = END_REASONS.consentWithdrawn;
    else if (!consentActive(customer, now)) reason = END_REASONS.consentExpired;
    canAssist = !!admin?.role && (admin.role.allResources || admin.role.resources.some((r) => r.resource === "customers.lac.assist"));
  }
  if (reason) {
    await db.$transaction((tx) => endSessions(tx, { id: session.id }, reason, now));
    return { active: false, reason };
  }
  // the idle clock: written only when a quarter of the idle timeout has passed since the last write,
  // so an active tab is never taken for idle and most requests write nothing
  if (now.getTime() - lastSeenAt.getTime() >= lastSeenWriteInterval(config.idleTimeoutMinutes)) {
    await db.loginAsCustomerSession.updateMany({ where: { id: session.id, endedAt: null }, data: { lastSeenAt: now } });
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
      access: session.access === "assist" && canAssist ? "assist" : "view",
      expiresAt,
      endsInMs: expiresAt.getTime() - now.getTime(),
    },
  };
}
