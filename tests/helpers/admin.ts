// Admin principals for tests: loaded from the database as a request loads them, or made up with the resources a test needs.
import type { Db } from "@/lib/db-client";
import type { AdminPrincipal } from "@/lib/acl/can";
import { toPrincipal } from "@/lib/acl/principal";
import { ALL_RESOURCE_IDS } from "@/lib/acl/resources";

/** The admin as the app sees them on a request (role and resources from the database). */
export async function loadAdminPrincipalFrom(db: Db, id: number): Promise<AdminPrincipal> {
  return toPrincipal(await db.adminUser.findUniqueOrThrow({ where: { id }, include: { role: { include: { resources: true } } } }));
}

/** An admin whose role has every resource except the given ones. */
export function principalWithout(missing: readonly string[], id = 1): AdminPrincipal {
  return {
    id,
    username: "acl-probe",
    firstName: "Acl",
    lastName: "Probe",
    roleId: 0,
    roleName: "All but some",
    allResources: false,
    resources: new Set(ALL_RESOURCE_IDS.filter((r) => !missing.includes(r))),
  };
}

export function principalWith(resources: readonly string[] | "all", id = 1): AdminPrincipal {
  return { ...principalWithout([], id), allResources: resources === "all", resources: new Set(resources === "all" ? [] : resources) };
}
