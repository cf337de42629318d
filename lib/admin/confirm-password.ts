import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

export const ADMIN_WRONG_CURRENT_PASSWORD = "The password entered for the current user is invalid. Verify the password and try again.";

/** "Your Password" on role and user forms: the acting admin confirms with their own password. */
export async function confirmCurrentAdminPassword(adminId: number, password: string): Promise<boolean> {
  const admin = await db.adminUser.findUnique({ where: { id: adminId }, select: { passwordHash: true } });
  return !!admin && !!password && (await verifyPassword(password, admin.passwordHash));
}
