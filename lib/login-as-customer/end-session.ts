// Ending Login as Customer sessions, from every place that must: the admin's
// sign-out, deactivation or lost permission, the customer withdrawing consent,
// the feature disabled, Close Session and the log. Each call records the end
// time and reason on the open sessions and revokes unredeemed secrets; the
// storefront notices on the tab's next request (check-session.ts reads the row).
import type { Db } from "@/lib/db-client";
import type { LacDeps } from "./deps";
import { recordLoginAsCustomerLogout } from "./session-log";

export const END_REASONS = {
  closedByAdmin: "Closed by the admin (Close Session)",
  adminSignedOut: "Admin signed out of the admin",
  anotherSession: "Admin started another Login as Customer session",
  adminDeactivated: "Admin user deactivated",
  permissionRevoked: 'Admin lost the "Allow Login as Customer" permission',
  consentWithdrawn: "Customer withdrew remote shopping assistance consent",
  featureDisabled: "Login as Customer was disabled",
  customerDeleted: "Customer was deleted",
  endedFromLog: "Ended by an admin from the Login as Customer Log",
  signedOutOnStorefront: "Signed out on the storefront",
  adminPasswordChanged: "Admin changed their password",
  consentExpired: "Consent expired",
  endedByCustomer: "Ended by the customer",
  sessionExpired: "Session expired",
  idleTimeout: "Idle timeout",
} as const;

type Tx = Pick<Db, "loginAsCustomerSession" | "loginAsCustomerSecret" | "actionLog">;
type SessionWhere = { id?: string; adminUserId?: number; customerId?: number };

/** Ends the open sessions matching `where`, recording a logout entry for each. */
export async function endSessions(tx: Tx, where: SessionWhere, reason: string, now = new Date()): Promise<number> {
  const open = await tx.loginAsCustomerSession.findMany({
    where: { ...where, endedAt: null },
    select: { id: true, adminUserId: true, adminUsername: true, customerId: true, customerEmail: true, storeViewId: true, ip: true },
  });
  if (open.length === 0) return 0;
  let ended = 0;
  for (const s of open) {
    // conditional: a session ended meanwhile by another request was logged there, not twice
    const r = await tx.loginAsCustomerSession.updateMany({ where: { id: s.id, endedAt: null }, data: { endedAt: now, endReason: reason } });
    if (r.count !== 1) continue;
    ended += 1;
    await recordLoginAsCustomerLogout(tx, s, reason, now);
  }
  return ended;
}

export async function endSessionsForAdmin(tx: Tx, adminUserId: number, reason: string): Promise<number> {
  await tx.loginAsCustomerSecret.updateMany({ where: { adminUserId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  return endSessions(tx, { adminUserId }, reason);
}

export async function endSessionsForCustomer(tx: Tx, customerId: number, reason: string): Promise<number> {
  await tx.loginAsCustomerSecret.updateMany({ where: { customerId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  return endSessions(tx, { customerId }, reason);
}

export async function endAllSessions(tx: Tx, reason: string): Promise<number> {
  await tx.loginAsCustomerSecret.updateMany({ where: { usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  return endSessions(tx, {}, reason);
}

/** Ends one session (Close Session, or from the log). Returns false when it had already ended. */
export async function endLoginAsCustomerSession(deps: LacDeps, input: { sessionId: string; reason: string }): Promise<boolean> {
  const now = deps.now ?? new Date();
  return (await deps.db.$transaction((tx) => endSessions(tx, { id: input.sessionId }, input.reason, now))) === 1;
}
