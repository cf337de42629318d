import type { Db } from "@/lib/db-client";
import type { AdminPrincipal } from "@/lib/acl/can";
import { toPrincipal } from "@/lib/acl/principal";

/** The admin as the app sees them on a request (role and resources from the database). */
export async function loadAdminPrincipalFrom(db: Db, id: number): Promise<AdminPrincipal> {
  return toPrincipal(await db.adminUser.findUniqueOrThrow({ where: { id }, include: { role: { include: { resources: true } } } }));
}
