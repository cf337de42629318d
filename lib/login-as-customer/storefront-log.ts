// Recording what an administrator does on the storefront while logged in as a
// customer (SPEC 5.6, group "Login As Customer"). Called by the storefront
// action wrapper with the action's outcome; shoppers acting for themselves are
// not recorded here.
import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";
import { clientIp } from "@/lib/http/client-ip";
import type { Impersonation } from "@/lib/auth/shop-session";

export type StorefrontLogEntry = {
  action: string;
  fullActionName: string;
  details?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

export async function recordImpersonatedAction(
  imp: Impersonation,
  customerId: number,
  storeViewId: number | null,
  entry: StorefrontLogEntry,
  outcome: { ok: true } | { ok: false; error: string },
): Promise<void> {
  const [admin, h] = await Promise.all([
    db.adminUser.findUnique({ where: { id: imp.adminUserId }, select: { username: true } }),
    headers(),
  ]);
  await recordAction(db, {
    group: ACTION_GROUPS.loginAsCustomer,
    action: entry.action,
    fullActionName: entry.fullActionName,
    result: outcome.ok ? "success" : "failure",
    errorMessage: outcome.ok ? null : outcome.error,
    adminUserId: imp.adminUserId,
    username: admin?.username ?? "",
    customerId,
    storeViewId,
    lacSessionId: imp.sessionId,
    ip: clientIp(h),
    details: entry.details ?? "",
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
