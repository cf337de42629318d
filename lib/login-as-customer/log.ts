// Action log entries of the Login as Customer session itself (login / logout).
import type { Db } from "@/lib/db-client";
import { ACTION_GROUPS, recordAction } from "@/lib/action-log/record";
import { REDEEM_FAILURE_REASONS, type RedeemResult } from "./redeem";

export async function recordLoginAsCustomerRedeem(db: Db, result: RedeemResult, ip: string): Promise<void> {
  if (result.ok) {
    const s = result.session;
    await recordAction(db, {
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
      details: `Logged in as customer: ${s.customerId}, ${s.customerEmail}`,
    });
    return;
  }
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
