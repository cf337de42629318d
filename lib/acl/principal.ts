// An admin user row (with role and resources) as the principal permissions are checked against.
import type { AdminPrincipal } from "./can";

export type AdminRowWithRole = {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  roleId: number;
  role: { name: string; allResources: boolean; resources: { resource: string }[] };
};

export function toPrincipal(a: AdminRowWithRole): AdminPrincipal {
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
