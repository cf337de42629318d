// "Your Password" on role, user and API token forms: the acting admin confirms with their
// own password, rate-limited like sign-in (5 wrong in 15 minutes lock the confirmation), so a
// signed-in session cannot be used to guess the password behind it.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { beginLimitedAttempt, LOCKOUT_MINUTES, PAIR_MAX_FAILURES } from "@/lib/auth/throttle";

export const ADMIN_WRONG_CURRENT_PASSWORD = "The password entered for the current user is invalid. Verify the password and try again.";
export const ADMIN_CONFIRM_LOCKED = `Too many wrong passwords. Please wait ${LOCKOUT_MINUTES} minutes and try again.`;

/** null when the password is the admin's own; otherwise the message for the field. */
export async function checkCurrentAdminPassword(adminId: number, password: string, client: Db = appDb, now = new Date()): Promise<string | null> {
  const attempt = await beginLimitedAttempt(client, `admin:confirm:${adminId}`, PAIR_MAX_FAILURES, now);
  if (attempt.lockedBy) return ADMIN_CONFIRM_LOCKED;
  const admin = await client.adminUser.findUnique({ where: { id: adminId }, select: { passwordHash: true } });
  const ok = !!admin && !!password && (await verifyPassword(password, admin.passwordHash));
  const lockedNow = await attempt.finish(ok);
  return ok ? null : lockedNow ? ADMIN_CONFIRM_LOCKED : ADMIN_WRONG_CURRENT_PASSWORD;
}
