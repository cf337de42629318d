"use server";

import { db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { getImpersonation, getShopToken } from "@/lib/auth/shop-session";
import { END_REASONS, endLoginAsCustomerSession } from "@/lib/login-as-customer/end-session";

/** Close Session: ends this browser's Login as Customer session (the client then signs out of the shop realm). */
export async function closeLoginAsCustomerSession(): Promise<{ ok: boolean }> {
  const [imp, token] = await Promise.all([getImpersonation(), getShopToken()]);
  if (!imp || !token) return { ok: false };
  const session = await db.loginAsCustomerSession.findUnique({ where: { id: imp.sessionId }, select: { adminUserId: true, customerId: true } });
  // the claims must match the row: a session id alone never ends someone else's session
  if (!session || session.adminUserId !== imp.adminUserId || String(session.customerId) !== token.sub) return { ok: false };
  await endLoginAsCustomerSession({ db, config: await getConfig() }, { sessionId: imp.sessionId, reason: END_REASONS.closedByAdmin });
  return { ok: true };
}
