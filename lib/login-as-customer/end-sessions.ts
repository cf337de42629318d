// Ending Login as Customer sessions from the places that must (SPEC 6 "Ending"):
// the admin's sign-out, deactivation or lost permission, the customer withdrawing
// consent, the feature disabled. Each call records the end time and reason on the
// open sessions and revokes unredeemed secrets; the storefront notices on the
// tab's next request (lib/login-as-customer checks the session row).
import type { Db } from "@/lib/db-client";

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
} as const;

type Tx = Pick<Db, "loginAsCustomerSession" | "loginAsCustomerSecret">;

export async function endSessionsForAdmin(tx: Tx, adminUserId: number, reason: string): Promise<number> {
  const now = new Date();
  await tx.loginAsCustomerSecret.updateMany({ where: { adminUserId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const r = await tx.loginAsCustomerSession.updateMany({ where: { adminUserId, endedAt: null }, data: { endedAt: now, endReason: reason } });
  return r.count;
}

export async function endSessionsForCustomer(tx: Tx, customerId: number, reason: string): Promise<number> {
  const now = new Date();
  await tx.loginAsCustomerSecret.updateMany({ where: { customerId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const r = await tx.loginAsCustomerSession.updateMany({ where: { customerId, endedAt: null }, data: { endedAt: now, endReason: reason } });
  return r.count;
}

export async function endAllSessions(tx: Tx, reason: string): Promise<number> {
  const now = new Date();
  await tx.loginAsCustomerSecret.updateMany({ where: { usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const r = await tx.loginAsCustomerSession.updateMany({ where: { endedAt: null }, data: { endedAt: now, endReason: reason } });
  return r.count;
}
