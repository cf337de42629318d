// Admin API tokens for headless clients: shown once at creation, stored as a SHA-256
// hash, each with an expiry. An admin makes and revokes tokens for their own account
// only, confirming with their password (the actions check that).
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db-client";
import type { Audit } from "@/lib/action-log/audit";
import type { AdminPrincipal } from "@/lib/acl/can";
import { toPrincipal } from "@/lib/acl/principal";
import { findAdminByApiToken } from "@/lib/acl/load-admin";
import { API_TOKEN_DEFAULT_DAYS, apiTokenExpiresAt } from "@/lib/admin/api-token-expiry";
import { formatDate } from "@/lib/format";

const PREFIX = "lac_at_";

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export async function createApiToken(
  db: Pick<Db, "adminApiToken">,
  adminUserId: number,
  name: string,
  expiresAt: Date = apiTokenExpiresAt(API_TOKEN_DEFAULT_DAYS),
): Promise<{ id: number; token: string; expiresAt: Date }> {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const row = await db.adminApiToken.create({ data: { adminUserId, name: name.slice(0, 100), tokenHash: hashApiToken(token), expiresAt } });
  return { id: row.id, token, expiresAt: row.expiresAt };
}

const LAST_USE_PRECISION_MS = 60_000;

/** The admin behind a bearer token (active, not revoked, not expired), with role resources from the database. */
export async function adminFromApiToken(db: Db, authorization: string | null, now = new Date()): Promise<AdminPrincipal | null> {
  const m = /^Bearer\s+(\S{10,200})$/i.exec(authorization ?? "");
  if (!m || !m[1].startsWith(PREFIX)) return null;
  // the token and its admin in one plain statement: every API call reads both
  const found = await findAdminByApiToken(db, hashApiToken(m[1]));
  if (!found) return null;
  const { token, admin } = found;
  if (token.revokedAt || token.expiresAt <= now || !admin.isActive) return null;
  // the token list shows the last use to the minute: a token in steady use is stamped once a minute, not on every call
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USE_PRECISION_MS) {
    await db.adminApiToken.update({ where: { id: token.tokenId }, data: { lastUsedAt: now } });
  }
  return toPrincipal(admin);
}

/** Creates a token for the admin's own account, recorded without the token itself; null when the account is gone. */
export async function issueApiToken(
  db: Db,
  input: { userId: number; name: string; expiresInDays: number },
  audit: Audit,
): Promise<{ token: string; expiresAt: Date } | null> {
  const user = await db.adminUser.findUnique({ where: { id: input.userId }, select: { id: true, username: true } });
  if (!user) return null;
  return db.$transaction(async (tx) => {
    const created = await createApiToken(tx, user.id, input.name, apiTokenExpiresAt(input.expiresInDays));
    await audit(tx, { details: `API token #${created.id} "${input.name}" created for user ${user.username}, expires ${formatDate(created.expiresAt)}` });
    return { token: created.token, expiresAt: created.expiresAt };
  });
}

/** Revokes one of the admin's own tokens; false when it was already revoked (or is not theirs). */
export async function revokeApiToken(db: Db, input: { tokenId: number; userId: number }, audit: Audit): Promise<boolean> {
  const { tokenId, userId } = input;
  return db.$transaction(async (tx) => {
    const revoked = await tx.adminApiToken.updateMany({ where: { id: tokenId, adminUserId: userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count) await audit(tx, { details: `API token #${tokenId} of user #${userId} revoked` });
    return revoked.count === 1;
  });
}
