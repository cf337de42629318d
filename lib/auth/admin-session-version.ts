// Ending an admin's sessions: every admin cookie carries the admin's session
// version at sign-in ("sv"); bumping the version in the database signs out every
// cookie issued before, at its next request, and their Login as Customer
// sessions end with it. The browser that made its own password change keeps a
// fresh cookie with the new version.
import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import type { Db, DbTx } from "@/lib/db-client";
import { endSessionsForAdmin } from "@/lib/login-as-customer/end-session";
import { ADMIN_SESSION_COOKIE, adminAuthSecret, secureCookiesEnabled } from "./cookies";

export const ADMIN_SESSION_MAX_AGE = 8 * 60 * 60;

type Tx = Pick<Db | DbTx, "adminUser" | "$queryRaw" | "$executeRaw">;

/** Signs out every session of the admin and ends their Login as Customer sessions; returns the new version. */
export async function endAdminSessions(tx: Tx, adminUserId: number, reason: string): Promise<{ sessionVersion: number; endedSessions: number }> {
  const { sessionVersion } = await tx.adminUser.update({
    where: { id: adminUserId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return { sessionVersion, endedSessions: await endSessionsForAdmin(tx, adminUserId, reason) };
}

/** After the admin's own change ended their sessions: this browser's cookie is re-issued with the new version. */
export async function reissueAdminCookie(adminUserId: number, sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const raw = jar.get(ADMIN_SESSION_COOKIE)?.value;
  const secret = adminAuthSecret();
  if (!raw) return;
  const token = await decode({ token: raw, secret }).catch(() => null);
  // only the cookie of the very admin who changed the password is carried over
  if (!token || token.realm !== "admin" || token.sub !== String(adminUserId)) return;
  const value = await encode({ secret, maxAge: ADMIN_SESSION_MAX_AGE, token: { ...token, sv: sessionVersion } });
  jar.set(ADMIN_SESSION_COOKIE, value, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookiesEnabled(), maxAge: ADMIN_SESSION_MAX_AGE });
}
