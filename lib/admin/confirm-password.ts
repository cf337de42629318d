import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";

export const ADMIN_WRONG_CURRENT_PASSWORD = "The password entered for the current user is invalid. Verify the password and try again.";

/** "Your Password" on role, user and API token forms: the acting admin confirms with their own password. */
export async function confirmCurrentAdminPassword(adminId: number, password: string, client: Db = appDb): Promise<boolean> {
  const admin = await client.adminUser.findUnique({ where: { id: adminId }, select: { passwordHash: true } });
  return !!admin && !!password && (await verifyPassword(password, admin.passwordHash));
}
