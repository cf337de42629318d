"use server";

import { getImpersonation, getShopToken } from "@/lib/auth/shop-session";
import { closeSessionFromStorefront } from "@/lib/login-as-customer/close-session";

/** Close Session: ends this browser's Login as Customer session (the client then signs out of the shop realm). */
export async function closeLoginAsCustomerSession(): Promise<{ ok: boolean }> {
  const [imp, token] = await Promise.all([getImpersonation(), getShopToken()]);
  if (!imp || !token?.sub) return { ok: false };
  return { ok: await closeSessionFromStorefront({ sessionId: imp.sessionId, adminUserId: imp.adminUserId, customerId: token.sub }) };
}
