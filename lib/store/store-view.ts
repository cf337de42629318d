// The current store view: the middleware puts the shopper's choice (cookie) in
// the x-store-view request header; the website's default store view otherwise.
// With "Share Customer Accounts" Per Website, a signed-in customer is only ever on a
// store view of their own website, whatever the cookie or header says.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { db } from "@/lib/db";
import { STORE_VIEW_COOKIE } from "@/lib/auth/cookies";
import { getShopper } from "@/lib/auth/shop-session";
import { getConfig } from "@/lib/config";
import { pickStoreView, type StoreViewCustomer } from "./store-view-rules";

export type CurrentStoreView = {
  id: number;
  code: string;
  name: string;
  websiteId: number;
  websiteName: string;
  storeName: string;
};

type StoreViewRow = { id: number; code: string; name: string; websiteId: number; websiteName: string; websiteCode: string; storeName: string };

/**
 * The active store views, with their website and store, in the switcher's order. One plain
 * SQL join (the same text on SQLite and PostgreSQL): every storefront page reads it, and
 * Prisma's query compiler costs several times the query itself for a model read with two
 * relations (three statements).
 */
export const listStoreViews = cache(async () => {
  const rows = await db.$queryRaw<StoreViewRow[]>`
    SELECT sv."id", sv."code", sv."name", sv."websiteId", w."name" AS "websiteName", w."code" AS "websiteCode", s."name" AS "storeName"
    FROM "StoreView" sv JOIN "Website" w ON w."id" = sv."websiteId" JOIN "Store" s ON s."id" = sv."storeId"
    WHERE sv."isActive" = TRUE
    ORDER BY w."sortOrder" ASC, sv."sortOrder" ASC, sv."id" ASC`;
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    websiteId: r.websiteId,
    website: { name: r.websiteName, code: r.websiteCode },
    store: { name: r.storeName },
  }));
});

async function storeViewFor(code: string | null | undefined, customer: StoreViewCustomer | null, accountsPerWebsite: boolean): Promise<CurrentStoreView> {
  const views = await listStoreViews();
  if (views.length === 0) throw new Error("No store views: run the seed (npm run db:reset).");
  const match = pickStoreView(views, code, customer, accountsPerWebsite);
  return {
    id: match.id,
    code: match.code,
    name: match.name,
    websiteId: match.websiteId,
    websiteName: match.website.name,
    storeName: match.store.name,
  };
}

/** The store view a code names (the website's default when it names none), for a visitor not signed in. */
export async function resolveStoreView(code: string | null | undefined): Promise<CurrentStoreView> {
  return storeViewFor(code, null, false);
}

export const getCurrentStoreView = cache(async (): Promise<CurrentStoreView> => {
  const h = await headers();
  const fromHeader = h.get("x-store-view");
  const fromCookie = (await cookies()).get(STORE_VIEW_COOKIE)?.value;
  const [shopper, config] = await Promise.all([getShopper(), getConfig()]);
  return storeViewFor(fromHeader ?? fromCookie, shopper, config.shareAccountsPerWebsite);
});
