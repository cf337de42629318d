import type { Db } from "@/lib/db-client";

/**
 * Serialises one admin's starts and redemptions (PostgreSQL row lock; SQLite has one writer):
 * without it two at once deadlock revoking each other's secrets, or both insert an open session.
 * Taken first in the transaction, before any secret or session row.
 */
export async function lockAdmin(tx: Pick<Db, "$executeRaw">, adminUserId: number) {
  await tx.$executeRaw`UPDATE "AdminUser" SET "sessionVersion" = "sessionVersion" WHERE "id" = ${adminUserId}`;
}
