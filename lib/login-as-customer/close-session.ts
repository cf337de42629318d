// Close Session in the storefront banner: the browser's own Login as Customer session ends.
import "server-only";
import { db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { END_REASONS, endLoginAsCustomerSession } from "./end-session";

/** The claims must match the row: a session id alone never ends someone else's session. */
export async function closeSessionFromStorefront(claims: { sessionId: string; adminUserId: number; customerId: string }): Promise<boolean> {
  const session = await db.loginAsCustomerSession.findUnique({ where: { id: claims.sessionId }, select: { adminUserId: true, customerId: true } });
  if (!session || session.adminUserId !== claims.adminUserId || String(session.customerId) !== claims.customerId) return false;
  await endLoginAsCustomerSession({ db, config: await getConfig() }, { sessionId: claims.sessionId, reason: END_REASONS.closedByAdmin });
  return true;
}
