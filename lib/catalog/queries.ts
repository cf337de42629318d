import "server-only";
import { db } from "@/lib/db";
import { finalPrice } from "./pricing";

export type ProductCard = { id: number; sku: string; name: string; urlKey: string; price: number; finalPrice: number; inStock: boolean };

/** Products of a website, priced for a customer group, one page, name order. */
export async function listWebsiteProducts(websiteId: number, groupId: number | null, take = 24, skip = 0): Promise<ProductCard[]> {
  const rows = await db.product.findMany({
    where: { isActive: true, websites: { some: { websiteId } } },
    orderBy: { name: "asc" },
    take,
    skip,
    select: {
      id: true,
      sku: true,
      name: true,
      urlKey: true,
      price: true,
      qty: true,
      groupPrices: { where: { groupId: groupId ?? -1 }, select: { groupId: true, price: true } },
    },
  });
  return rows.map((p) => ({
    id: p.id,
    sku: p.sku,
    name: p.name,
    urlKey: p.urlKey,
    price: p.price,
    finalPrice: finalPrice(p, groupId),
    inStock: p.qty > 0,
  }));
}
