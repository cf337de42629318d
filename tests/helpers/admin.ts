import type { Db } from "@/lib/db-client";
import type { AdminPrincipal } from "@/lib/acl/can";

/** The admin as the app sees them on a request (role and resources from the database). */
export async function loadAdminPrincipalFrom(db: Db, id: number): Promise<AdminPrincipal> {
  const a = await db.adminUser.findUniqueOrThrow({ where: { id }, include: { role: { include: { resources: true } } } });
  return {
    id: a.id,
    username: a.username,
    firstName: a.firstName,
    lastName: a.lastName,
    roleId: a.roleId,
    roleName: a.role.name,
    allResources: a.role.allResources,
    resources: new Set(a.role.resources.map((r) => r.resource)),
  };
}
