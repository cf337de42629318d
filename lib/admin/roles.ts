// User Roles: queries and changes. A custom role stores each ticked resource
// plus its ancestors (the path to a leaf must be allowed too). Admins whose role
// loses "Allow Login as Customer" have their sessions ended in the same transaction.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { isKnownResource, withAncestors } from "@/lib/acl/resources";
import { END_REASONS, endSessionsForAdmin } from "@/lib/login-as-customer/end-session";
import { noAudit, type Audit } from "@/lib/action-log/audit";
import { describeChanges, onlyChanged } from "@/lib/action-log/diff";

export const ROLE_NAME_TAKEN = "A role with the same name already exists.";
export const ROLE_IN_USE = "You cannot delete a role that is assigned to users. Assign them another role first.";

export function normalizeResources(ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) if (isKnownResource(id)) for (const a of withAncestors(id)) out.add(a);
  return [...out].sort();
}

export const ROLE_SELF_LOCKOUT = "This is your own role: keep User Roles and All Users in it, or you would lock yourself out of this page.";

/** actingRoleId: the role of the admin saving; they may not remove their own way back to this page. */
export type RoleInput = { roleId?: number; name: string; allResources: boolean; resources: string[]; actingRoleId?: number };
export type RoleResult = { ok: true; roleId: number; endedSessions: number } | { ok: false; error: string; field?: string };

export async function saveRole(input: RoleInput, client: Db = appDb, audit: Audit = noAudit): Promise<RoleResult> {
  const resources = input.allResources ? [] : normalizeResources(input.resources);
  if (
    input.roleId &&
    input.roleId === input.actingRoleId &&
    !input.allResources &&
    !(resources.includes("system.permissions.roles") && resources.includes("system.permissions.users"))
  ) {
    return { ok: false, error: ROLE_SELF_LOCKOUT, field: "resources" };
  }
  return client.$transaction(async (tx) => {
    const clash = await tx.adminRole.findFirst({ where: { name: input.name, ...(input.roleId ? { id: { not: input.roleId } } : {}) }, select: { id: true } });
    if (clash) return { ok: false as const, error: ROLE_NAME_TAKEN, field: "name" };
    let roleId = input.roleId;
    let hadLogin = false;
    let was: { name: string; access: string; resources: string[] } | null = null;
    if (roleId) {
      const before = await tx.adminRole.findUnique({
        where: { id: roleId },
        select: { name: true, allResources: true, resources: { select: { resource: true }, orderBy: { resource: "asc" } } },
      });
      if (!before) return { ok: false as const, error: "This role no longer exists." };
      const had = before.resources.map((r) => r.resource);
      hadLogin = before.allResources || had.includes("customers.lac.login");
      was = { name: before.name, access: before.allResources ? "All" : "Custom", resources: had };
      await tx.adminRole.update({ where: { id: roleId }, data: { name: input.name, allResources: input.allResources } });
      await tx.adminRoleResource.deleteMany({ where: { roleId } });
    } else {
      roleId = (await tx.adminRole.create({ data: { name: input.name, allResources: input.allResources }, select: { id: true } })).id;
    }
    if (resources.length) await tx.adminRoleResource.createMany({ data: resources.map((resource) => ({ roleId: roleId!, resource })) });
    const hasLogin = input.allResources || resources.includes("customers.lac.login");
    let endedSessions = 0;
    if (hadLogin && !hasLogin) {
      const users = await tx.adminUser.findMany({ where: { roleId }, select: { id: true } });
      for (const u of users) endedSessions += await endSessionsForAdmin(tx, u.id, END_REASONS.permissionRevoked);
    }
    const now = { name: input.name, access: input.allResources ? "All" : "Custom", resources };
    const added = resources.filter((r) => !was?.resources.includes(r));
    const removed = (was?.resources ?? []).filter((r) => !resources.includes(r));
    const summary = was
      ? `Role #${roleId} saved: ${describeChanges({ name: was.name, access: was.access }, { name: now.name, access: now.access })}; resources added: ${added.join(", ") || "none"}; removed: ${removed.join(", ") || "none"}`
      : `Role #${roleId} created: ${now.name}, access ${now.access}${resources.length ? `, resources: ${resources.join(", ")}` : ""}`;
    await audit(tx, { details: summary, ...(was ? onlyChanged(was, now) : { before: null, after: now }) });
    return { ok: true as const, roleId, endedSessions };
  });
}

export async function deleteRole(roleId: number, client: Db = appDb, audit: Audit = noAudit): Promise<{ ok: true } | { ok: false; error: string }> {
  return client.$transaction(async (tx) => {
    const role = await tx.adminRole.findUnique({ where: { id: roleId }, select: { name: true, _count: { select: { users: true } } } });
    if (!role) return { ok: false as const, error: "This role no longer exists." };
    if (role._count.users > 0) return { ok: false as const, error: ROLE_IN_USE };
    await tx.adminRole.delete({ where: { id: roleId } });
    await audit(tx, { details: `Role #${roleId} deleted: ${role.name}`, before: { name: role.name } });
    return { ok: true as const };
  });
}

export async function roleGrid(p: { page: number; pageSize: number; sort: "id" | "name"; desc: boolean; q: string }, client: Db = appDb) {
  const where = p.q ? { name: { contains: p.q } } : {};
  const [rows, total] = await Promise.all([
    client.adminRole.findMany({
      where,
      orderBy: [{ [p.sort]: p.desc ? "desc" : "asc" }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
      select: { id: true, name: true, allResources: true, _count: { select: { users: true } } },
    }),
    client.adminRole.count({ where }),
  ]);
  return { rows: rows.map((r) => ({ id: r.id, name: r.name, access: r.allResources ? "All" : "Custom", users: r._count.users })), total };
}

export async function roleForEdit(id: number, client: Db = appDb) {
  return client.adminRole.findUnique({
    where: { id },
    select: { id: true, name: true, allResources: true, resources: { select: { resource: true } }, _count: { select: { users: true } } },
  });
}

/** The roles to choose from on a user's form, by name. */
export function roleOptions(client: Db = appDb): Promise<{ id: number; name: string }[]> {
  return client.adminRole.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
