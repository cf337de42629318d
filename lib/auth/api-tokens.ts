// Admin API tokens for headless clients: shown once at creation, stored as a SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db-client";
import type { Audit } from "@/lib/action-log/audit";
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

/** Creates a token for a user, recorded without the token itself; null when the user is gone. */
export async function issueApiToken(db: Db, input: { userId: number; name: string }, audit: Audit): Promise<{ token: string } | null> {
  const user = await db.adminUser.findUnique({ where: { id: input.userId }, select: { id: true, username: true } });
  if (!user) return null;
  return db.$transaction(async (tx) => {
    const created = await createApiToken(tx, user.id, input.name);
    await audit(tx, { details: `API token #${created.id} "${input.name}" created for user ${user.username}` });
    return { token: created.token };
  });
}

/** Revokes a user's token; false when it was already revoked (or is not theirs). */
export async function revokeApiToken(db: Db, input: { tokenId: number; userId: number }, audit: Audit): Promise<boolean> {
  const { tokenId, userId } = input;
  return db.$transaction(async (tx) => {
    const revoked = await tx.adminApiToken.updateMany({ where: { id: tokenId, adminUserId: userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count) await audit(tx, { details: `API token #${tokenId} of user #${userId} revoked` });
    return revoked.count === 1;
  });
}
