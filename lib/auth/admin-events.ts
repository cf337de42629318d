// What happens when an admin signs out: every copy of their JWT stops working
// (sessionVersion bump), and their Login as Customer sessions end.
import "server-only";
import { db } from "@/lib/db";

export async function onAdminSignedOut(adminUserId: number): Promise<void> {
  await db.$transaction([
    db.adminUser.updateMany({ where: { id: adminUserId }, data: { sessionVersion: { increment: 1 } } }),
    db.loginAsCustomerSession.updateMany({
      where: { adminUserId, endedAt: null },
      data: { endedAt: new Date(), endReason: "Admin signed out of the admin" },
    }),
    db.loginAsCustomerSecret.updateMany({
      where: { adminUserId, usedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    }),
  ]);
}
