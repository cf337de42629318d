// All Users: queries and changes. Deactivating or a new password bumps
// sessionVersion (every JWT issued before stops working) and ends Login as
// Customer sessions; moving the user to a role without "Allow Login as
// Customer" ends those sessions too. One transaction each.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { END_REASONS, endSessionsForAdmin } from "@/lib/login-as-customer/end-session";
import { endAdminSessions } from "@/lib/auth/admin-session-version";
import { noAudit, type Audit } from "@/lib/action-log/audit";
import { describeChanges, onlyChanged } from "@/lib/action-log/diff";

export const USERNAME_TAKEN = "A user with the same user name already exists.";
export const ADMIN_EMAIL_TAKEN = "A user with the same email already exists.";
export const SELF_DEACTIVATE = "You cannot deactivate your own account.";
export const SELF_DELETE = "You cannot delete your own account.";
export const ROLE_BEYOND_OWN = "You can give only a role whose resources you have yourself. An admin with User Roles can give this one.";
export const USER_BEYOND_OWN = "You can change only a user whose role you could give yourself. An admin with User Roles can change this one.";
export const SELF_ROLE_LOCKOUT = "You cannot move your own account to a role without User Roles and All Users: you would lock yourself out.";

export type UserInput = {
  userId?: number;
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  /** hash of the new password, if one was entered */
  passwordHash?: string;
  isActive: boolean;
  roleId: number;
};

/** sessionVersion: set when the user's sessions were ended (their own browser then needs a fresh cookie). */
export type UserResult = { ok: true; userId: number; endedSessions: number; sessionVersion?: number } | { ok: false; error: string; field?: string };

const roleSelect = { allResources: true, resources: { select: { resource: true } } } as const;
type RoleRow = { allResources: boolean; resources: { resource: string }[] };

async function roleHasLogin(tx: Pick<Db, "adminRole">, roleId: number) {
  const r = await tx.adminRole.findUnique({ where: { id: roleId }, select: roleSelect });
  if (!r) return null;
  const set = new Set(r.resources.map((x) => x.resource));
  return {
    row: r,
    login: r.allResources || set.has("customers.lac.login"),
    permissions: r.allResources || (set.has("system.permissions.users") && set.has("system.permissions.roles")),
  };
}

/**
 * Whether the acting admin may give this role: one holding User Roles may give any
 * (they could edit the role itself); anyone else only a role whose every resource
 * they hold, so All Users alone cannot hand out more than one has.
 */
async function mayGiveRole(tx: Pick<Db, "adminUser">, actingAdminId: number, role: RoleRow): Promise<boolean> {
  const acting = await tx.adminUser.findUnique({ where: { id: actingAdminId }, select: { role: { select: roleSelect } } });
  if (!acting) return false;
  if (acting.role.allResources) return true;
  const own = new Set(acting.role.resources.map((x) => x.resource));
  if (own.has("system.permissions.roles")) return true;
  return !role.allResources && role.resources.every((x) => own.has(x.resource));
}

export async function saveUser(input: UserInput, actingAdminId: number, client: Db = appDb, audit: Audit = noAudit): Promise<UserResult> {
  return client.$transaction(async (tx) => {
    const self = input.userId === actingAdminId;
    if (self && !input.isActive) return { ok: false as const, error: SELF_DEACTIVATE, field: "isActive" };
    const role = await roleHasLogin(tx, input.roleId);
    if (!role) return { ok: false as const, error: "Choose a role.", field: "roleId" };
    if (self && !role.permissions) return { ok: false as const, error: SELF_ROLE_LOCKOUT, field: "roleId" };
    // giving a role (a new user, or another role than before) is limited to what the acting admin holds
    const current = input.userId
      ? await tx.adminUser.findUnique({ where: { id: input.userId }, select: { roleId: true, role: { select: roleSelect } } })
      : null;
    // and so is changing someone above them (a new password would let them sign in as that user)
    if (current && !self && !(await mayGiveRole(tx, actingAdminId, current.role))) return { ok: false as const, error: USER_BEYOND_OWN };
    if (current?.roleId !== input.roleId && !(await mayGiveRole(tx, actingAdminId, role.row)))
      return { ok: false as const, error: ROLE_BEYOND_OWN, field: "roleId" };
    const notMe = input.userId ? { id: { not: input.userId } } : {};
    if (await tx.adminUser.findFirst({ where: { username: input.username, ...notMe }, select: { id: true } }))
      return { ok: false as const, error: USERNAME_TAKEN, field: "username" };
    if (await tx.adminUser.findFirst({ where: { email: input.email, ...notMe }, select: { id: true } }))
      return { ok: false as const, error: ADMIN_EMAIL_TAKEN, field: "email" };
    const data = {
      username: input.username,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      isActive: input.isActive,
      roleId: input.roleId,
    };
    if (!input.userId) {
      if (!input.passwordHash) return { ok: false as const, error: "Password is required.", field: "password" };
      const created = await tx.adminUser.create({ data: { ...data, passwordHash: input.passwordHash }, select: { id: true } });
      await audit(tx, {
        details: `User #${created.id} created: ${data.username}, ${data.email}, role #${data.roleId}, ${data.isActive ? "active" : "inactive"}`,
        after: data,
      });
      return { ok: true as const, userId: created.id, endedSessions: 0 };
    }
    const before = await tx.adminUser.findUnique({
      where: { id: input.userId },
      select: { username: true, firstName: true, lastName: true, email: true, isActive: true, roleId: true },
    });
    if (!before) return { ok: false as const, error: "This user no longer exists." };
    const deactivating = before.isActive && !input.isActive;
    await tx.adminUser.update({ where: { id: input.userId }, data: { ...data, ...(input.passwordHash ? { passwordHash: input.passwordHash } : {}) } });
    let endedSessions = 0;
    let sessionVersion: number | undefined;
    const lostLogin = before.roleId !== input.roleId && !role.login;
    // the end reason names the weightiest cause when several come together
    const reason = deactivating ? END_REASONS.adminDeactivated : lostLogin ? END_REASONS.permissionRevoked : END_REASONS.adminPasswordChanged;
    if (deactivating || input.passwordHash) ({ endedSessions, sessionVersion } = await endAdminSessions(tx, input.userId, reason));
    else if (lostLogin) endedSessions = await endSessionsForAdmin(tx, input.userId, reason);
    // a new password is noted as changed, never recorded
    const was = { ...before, password: "" };
    const now = { ...data, password: input.passwordHash ? "(changed)" : "" };
    await audit(tx, { details: `User #${input.userId} saved: ${describeChanges(was, now)}`, ...onlyChanged(was, now) });
    return { ok: true as const, userId: input.userId, endedSessions, sessionVersion };
  });
}

export async function deleteUser(
  userId: number,
  actingAdminId: number,
  client: Db = appDb,
  audit: Audit = noAudit,
): Promise<{ ok: true } | { ok: false; error: string }> {
  if (userId === actingAdminId) return { ok: false, error: SELF_DELETE };
  return client.$transaction(async (tx) => {
    const found = await tx.adminUser.findUnique({ where: { id: userId }, select: { id: true, username: true, email: true, role: { select: roleSelect } } });
    if (!found) return { ok: false as const, error: "This user no longer exists." };
    if (!(await mayGiveRole(tx, actingAdminId, found.role))) return { ok: false as const, error: USER_BEYOND_OWN };
    await endSessionsForAdmin(tx, userId, END_REASONS.adminDeactivated);
    await tx.adminUser.delete({ where: { id: userId } });
    await audit(tx, { details: `User #${userId} deleted: ${found.username}, ${found.email}`, before: { username: found.username, email: found.email } });
    return { ok: true as const };
  });
}

export async function userGrid(
  p: { page: number; pageSize: number; sort: "id" | "username" | "firstName" | "lastName" | "email" | "isActive" | "role"; desc: boolean; q: string },
  client: Db = appDb,
) {
  const where = p.q ? { OR: [{ username: { contains: p.q } }, { email: { contains: p.q } }, { lastName: { contains: p.q } }] } : {};
  const dir = p.desc ? ("desc" as const) : ("asc" as const);
  const [rows, total] = await Promise.all([
    client.adminUser.findMany({
      where,
      orderBy: [p.sort === "role" ? { roleId: dir } : { [p.sort]: dir }, { id: dir }],
      skip: (p.page - 1) * p.pageSize,
      take: p.pageSize,
      select: { id: true, username: true, firstName: true, lastName: true, email: true, isActive: true, role: { select: { name: true } } },
    }),
    client.adminUser.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      username: r.username,
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email,
      role: r.role.name,
      status: r.isActive ? "Active" : "Inactive",
    })),
    total,
  };
}

/** A user as the Edit User form shows it. */
export function userForEdit(id: number, client: Db = appDb) {
  return client.adminUser.findUnique({
    where: { id },
    select: { id: true, username: true, firstName: true, lastName: true, email: true, isActive: true, roleId: true },
  });
}

/** A user's API tokens, newest first (never the token or its hash), each with whether it has expired. */
export async function apiTokensOf(adminUserId: number, client: Db = appDb, now = new Date()) {
  const rows = await client.adminApiToken.findMany({
    where: { adminUserId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
  return rows.map((t) => ({ ...t, expired: t.expiresAt <= now }));
}
