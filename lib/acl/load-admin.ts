// An admin user with their role and its resources (or an API token with its admin), in one plain
// statement (the same text on SQLite and PostgreSQL): every admin page, API call and redemption
// reads it, and the typed read with the role's resources is three statements and costs several
// times more (Prisma's query compiler).
import type { Db } from "@/lib/db-client";
import type { AdminRowWithRole } from "./principal";

export type AdminWithRole = AdminRowWithRole & { isActive: boolean; sessionVersion: number };

type Row = {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  isActive: boolean;
  sessionVersion: number;
  roleId: number;
  roleName: string;
  allResources: boolean;
  resource: string | null;
};

/** The admin (active or not) with role and resources, or null when there is no such user. */
export async function findAdminWithRole(db: Pick<Db, "$queryRaw">, id: number): Promise<AdminWithRole | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT a."id", a."username", a."firstName", a."lastName", a."isActive", a."sessionVersion", a."roleId",
      r."name" AS "roleName", r."allResources", rr."resource"
    FROM "AdminUser" a JOIN "AdminRole" r ON r."id" = a."roleId" LEFT JOIN "AdminRoleResource" rr ON rr."roleId" = r."id"
    WHERE a."id" = ${id}`;
  return adminOf(rows);
}

export type ApiTokenState = { tokenId: number; revokedAt: Date | null; expiresAt: Date; lastUsedAt: Date | null };

/**
 * The API token with this hash and its admin (active or not) with role and resources, in the same
 * one statement (every API call reads both); null when no token has the hash.
 */
export async function findAdminByApiToken(db: Pick<Db, "$queryRaw">, tokenHash: string): Promise<{ token: ApiTokenState; admin: AdminWithRole } | null> {
  const rows = await db.$queryRaw<(Row & ApiTokenState)[]>`
    SELECT t."id" AS "tokenId", t."revokedAt", t."expiresAt", t."lastUsedAt",
      a."id", a."username", a."firstName", a."lastName", a."isActive", a."sessionVersion", a."roleId",
      r."name" AS "roleName", r."allResources", rr."resource"
    FROM "AdminApiToken" t JOIN "AdminUser" a ON a."id" = t."adminUserId" JOIN "AdminRole" r ON r."id" = a."roleId"
      LEFT JOIN "AdminRoleResource" rr ON rr."roleId" = r."id"
    WHERE t."tokenHash" = ${tokenHash}`;
  const admin = adminOf(rows);
  if (!admin) return null;
  const { tokenId, revokedAt, expiresAt, lastUsedAt } = rows[0];
  return { token: { tokenId, revokedAt, expiresAt, lastUsedAt }, admin };
}

/** One admin from the rows of a join with their role's resources (one row per resource). */
function adminOf(rows: Row[]): AdminWithRole | null {
  const a = rows[0];
  if (!a) return null;
  return {
    id: a.id,
    username: a.username,
    firstName: a.firstName,
    lastName: a.lastName,
    isActive: a.isActive,
    sessionVersion: a.sessionVersion,
    roleId: a.roleId,
    role: { name: a.roleName, allResources: a.allResources, resources: rows.filter((r) => r.resource !== null).map((r) => ({ resource: r.resource! })) },
  };
}
