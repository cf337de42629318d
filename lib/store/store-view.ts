// The current store view: the middleware puts the shopper's choice (cookie) in
// the x-store-view request header; the website's default store view otherwise.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { db } from "@/lib/db";
import { STORE_VIEW_COOKIE } from "@/lib/auth/cookies";

export type CurrentStoreView = {
  id: number;
  code: string;
  name: string;
  websiteId: number;
  websiteName: string;
  storeName: string;
};

export const listStoreViews = cache(async () =>
  db.storeView.findMany({
    where: { isActive: true },
    orderBy: [{ website: { sortOrder: "asc" } }, { sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      websiteId: true,
      website: { select: { name: true, code: true } },
      store: { select: { name: true } },
    },
  }),
);

export async function resolveStoreView(code: string | null | undefined): Promise<CurrentStoreView> {
  const views = await listStoreViews();
  if (views.length === 0) throw new Error("No store views: run the seed (npm run db:reset).");
  const match = views.find((v) => v.code === code) ?? views[0];
  return {
    id: match.id,
    code: match.code,
    name: match.name,
    websiteId: match.websiteId,
    websiteName: match.website.name,
    storeName: match.store.name,
  };
}

export const getCurrentStoreView = cache(async (): Promise<CurrentStoreView> => {
  const h = await headers();
  const fromHeader = h.get("x-store-view");
  const fromCookie = (await cookies()).get(STORE_VIEW_COOKIE)?.value;
  return resolveStoreView(fromHeader ?? fromCookie);
});
