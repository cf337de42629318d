// Recording what an administrator does on the storefront while logged in as a
// customer (group "Login As Customer"). The storefront action wrapper
// loads the session's context once, then writes the entry with the same
// transaction client as the change (success) or on its own (a refused action
// changes nothing). Shoppers acting for themselves are not recorded here.
import "server-only";
import { headers } from "next/headers";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";
import { clientIp } from "@/lib/http/client-ip";
import type { ActiveImpersonation } from "@/lib/auth/shop-session";
import type { Db } from "@/lib/db-client";
import { storableCopy } from "@/lib/validation/fields";

export type StorefrontLogEntry = {
  action: string;
  fullActionName: string;
  details?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Who acts, from where, in which store view: from the session checked for this request (no query of its own). */
export type ImpersonationLogContext = { adminUserId: number; username: string; sessionId: string; storeViewId: number | null; ip: string };

export async function impersonationLogContext(imp: ActiveImpersonation): Promise<ImpersonationLogContext> {
  return { adminUserId: imp.adminUserId, username: imp.adminUsername, sessionId: imp.sessionId, storeViewId: imp.storeViewId, ip: clientIp(await headers()) };
}

export async function recordImpersonatedAction(
  client: Pick<Db, "$executeRaw">,
  ctx: ImpersonationLogContext,
  customerId: number,
  entry: StorefrontLogEntry,
  outcome: { ok: true } | { ok: false; error: string },
): Promise<void> {
  await recordAction(client, {
    group: ACTION_GROUPS.loginAsCustomer,
    action: entry.action,
    fullActionName: entry.fullActionName,
    result: outcome.ok ? "success" : "failure",
    errorMessage: outcome.ok ? null : storableCopy(outcome.error),
    adminUserId: ctx.adminUserId,
    username: ctx.username,
    customerId,
    storeViewId: ctx.storeViewId,
    lacSessionId: ctx.sessionId,
    ip: ctx.ip,
    // the details may quote what was sent (a refused coupon code): PostgreSQL cannot store a NUL
    details: storableCopy(entry.details ?? ""),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
