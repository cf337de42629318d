// What happens when an admin signs out: every copy of their JWT stops working
// (sessionVersion bump), and their Login as Customer sessions end.
import "server-only";
import { db } from "@/lib/db";
import { END_REASONS, endSessionsForAdmin } from "@/lib/login-as-customer/end-session";

export async function onAdminSignedOut(adminUserId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.adminUser.updateMany({ where: { id: adminUserId }, data: { sessionVersion: { increment: 1 } } });
    await endSessionsForAdmin(tx, adminUserId, END_REASONS.adminSignedOut);
  });
}
