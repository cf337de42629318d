import type { ResourceId } from "./resources";

// The one permission check. Roles are read from the database on every request
// (lib/auth/admin-session.ts), never trusted from the JWT.
export type AdminPrincipal = {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  roleId: number;
  roleName: string;
  allResources: boolean;
  resources: ReadonlySet<string>;
};

export function can(admin: Pick<AdminPrincipal, "allResources" | "resources"> | null | undefined, resource: ResourceId): boolean {
  if (!admin) return false;
  return admin.allResources || admin.resources.has(resource);
}
