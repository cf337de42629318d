// Ending the browser's own Login as Customer session from the storefront: Close Session
// in the banner, or Sign Out in the header.
import "server-only";
import { db } from "@/lib/db";
import { getConfig } from "@/lib/config";
import { END_REASONS, endLoginAsCustomerSession } from "./end-session";

type Claims = { sessionId: string; adminUserId: number; customerId: string };

/** The claims must match the row: a session id alone never ends someone else's session. */
export async function endOwnLoginAsCustomerSession(claims: Claims, reason: string): Promise<boolean> {
  const session = await db.loginAsCustomerSession.findUnique({ where: { id: claims.sessionId }, select: { adminUserId: true, customerId: true } });
  if (!session || session.adminUserId !== claims.adminUserId || String(session.customerId) !== claims.customerId) return false;
  await endLoginAsCustomerSession({ db, config: await getConfig() }, { sessionId: claims.sessionId, reason });
  return true;
}

/** Close Session in the storefront banner. */
export const closeSessionFromStorefront = (claims: Claims) => endOwnLoginAsCustomerSession(claims, END_REASONS.closedByAdmin);
