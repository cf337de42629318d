// The action log entries of a Login as Customer session itself: the login (a
// redeemed secret, or a failed attempt) and the logout (the session ended, and why).
import type { Db } from "@/lib/db-client";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";
import { LAC, REDEEM_FAILURE_REASONS } from "./messages";
import type { RedeemedSession, RedeemResult } from "./redeem";

/** Secrets that match nothing name nobody: counted per IP by redeem, never a row each here. */
const UNLOGGED: ReadonlySet<string> = new Set(["malformed", "unknown", "rate_limited"]);

/** A redeemed secret's login entry: written by the redeeming transaction itself (redeem.ts), with the session row. */
export async function recordLoginAsCustomerLogin(tx: Pick<Db, "$executeRaw">, s: RedeemedSession, ip: string): Promise<void> {
  await recordAction(tx, {
    group: ACTION_GROUPS.loginAsCustomer,
    action: "login",
    fullActionName: "loginascustomer_login_index",
    result: "success",
    adminUserId: s.adminUserId,
    username: s.adminUsername,
    customerId: s.customerId,
    storeViewId: s.storeViewId,
    lacSessionId: s.sessionId,
    ip,
    details: `Logged in as customer: ${s.customerId}, ${s.customerEmail} (${LAC.accessName(s.access)})${s.reason ? `. Reason: ${s.reason}` : ""}`,
  });
}

/** A failed redemption's entry (a redeemed one was logged by its own transaction). */
export async function recordLoginAsCustomerRedeem(db: Db, result: RedeemResult, ip: string): Promise<void> {
  if (result.ok || UNLOGGED.has(result.reason)) return;
  const admin = result.adminUserId ? await db.adminUser.findUnique({ where: { id: result.adminUserId }, select: { username: true } }) : null;
  const customer = result.customerId ? await db.customer.findUnique({ where: { id: result.customerId }, select: { email: true } }) : null;
  await recordAction(db, {
    group: ACTION_GROUPS.loginAsCustomer,
    action: "login",
    fullActionName: "loginascustomer_login_index",
    result: "failure",
    errorMessage: REDEEM_FAILURE_REASONS[result.reason],
    adminUserId: result.adminUserId ?? null,
    username: admin?.username ?? "",
    customerId: result.customerId ?? null,
    ip,
    details: result.customerId ? `Login as customer failed: ${result.customerId}, ${customer?.email ?? "(deleted)"}` : "Login as customer failed",
  });
}

type EndedSession = { id: string; adminUserId: number; adminUsername: string; customerId: number; customerEmail: string; storeViewId: number; ip: string };

/** Written with the transaction that ended the session, once per session (the caller's conditional update decides). */
export async function recordLoginAsCustomerLogout(tx: Pick<Db, "$executeRaw">, s: EndedSession, reason: string, now: Date): Promise<void> {
  await recordAction(tx, {
    group: ACTION_GROUPS.loginAsCustomer,
    action: "logout",
    fullActionName: "loginascustomer_logout_index",
    result: "success",
    adminUserId: s.adminUserId,
    username: s.adminUsername,
    customerId: s.customerId,
    storeViewId: s.storeViewId,
    lacSessionId: s.id,
    ip: s.ip,
    details: `Logged out from the customer account: ${s.customerId}, ${s.customerEmail} (${reason})`,
    at: now,
  });
}
