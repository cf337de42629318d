// Admin API tokens for headless clients: shown once at creation, stored as a SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db-client";
import type { AdminPrincipal } from "@/lib/acl/can";
import { toPrincipal } from "@/lib/acl/principal";

const PREFIX = "lac_at_";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export async function createApiToken(db: Pick<Db, "adminApiToken">, adminUserId: number, name: string): Promise<{ id: number; token: string }> {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const row = await db.adminApiToken.create({ data: { adminUserId, name: name.slice(0, 100), tokenHash: hashApiToken(token) } });
  return { id: row.id, token };
}

/** The admin behind a bearer token (active, not revoked), with role resources from the database. */
export async function adminFromApiToken(db: Db, authorization: string | null): Promise<AdminPrincipal | null> {
  const m = /^Bearer\s+(\S{10,200})$/i.exec(authorization ?? "");
  if (!m || !m[1].startsWith(PREFIX)) return null;
  const row = await db.adminApiToken.findUnique({
    where: { tokenHash: hashApiToken(m[1]) },
    select: {
      id: true,
      revokedAt: true,
      adminUser: {
        select: {
          id: true,
          username: true,
          firstName: true,
          lastName: true,
          isActive: true,
          roleId: true,
          role: { select: { name: true, allResources: true, resources: { select: { resource: true } } } },
        },
      },
    },
  });
  if (!row || row.revokedAt || !row.adminUser.isActive) return null;
  await db.adminApiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return toPrincipal(row.adminUser);
}
