// Store views with their website's name in one plain statement (the same text on SQLite and
// PostgreSQL), for the Login as Customer start and redeem: a typed read with the website is two
// statements, and Prisma's query compiler costs several times the query itself.
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";

export type StoreViewWithWebsite = { id: number; code: string; name: string; websiteId: number; isActive: boolean; websiteName: string };

/** The active store views in id order, or (with `id`) that one store view whether active or not. */
export function storeViewsWithWebsite(db: Pick<Db, "$queryRaw">, only?: { id: number }): Promise<StoreViewWithWebsite[]> {
  const where = only ? Prisma.sql`sv."id" = ${only.id}` : Prisma.sql`sv."isActive" = TRUE`;
  return db.$queryRaw<StoreViewWithWebsite[]>`
    SELECT sv."id", sv."code", sv."name", sv."websiteId", sv."isActive", w."name" AS "websiteName"
    FROM "StoreView" sv JOIN "Website" w ON w."id" = sv."websiteId" WHERE ${where} ORDER BY sv."id" ASC`;
}
