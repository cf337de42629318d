import "server-only";
import { db } from "@/lib/db";
import { finalPrice } from "./pricing";

export type ProductCard = { id: number; sku: string; name: string; urlKey: string; price: number; finalPrice: number; inStock: boolean };

type ProductRow = { id: number; sku: string; name: string; urlKey: string; price: number; qty: number; groupPrice: number | null };

/** The row's price for the group: Prisma's shape for finalPrice (the group's own price, if any). */
function priced(p: ProductRow, groupId: number | null) {
  const groupPrices = p.groupPrice === null || groupId === null ? [] : [{ groupId, price: p.groupPrice }];
  return finalPrice({ price: p.price, groupPrices }, groupId);
}

// The storefront's own reads (every /shop and product page) are plain SQL, the same text on
// SQLite and PostgreSQL: Prisma's query compiler costs several times the query itself, and a
// relation (the group price) is a second statement; here it is a join.

/** Products of a website, priced for a customer group, one page, name order. */
export async function listWebsiteProducts(websiteId: number, groupId: number | null, take = 24, skip = 0): Promise<ProductCard[]> {
  const rows = await db.$queryRaw<ProductRow[]>`
    SELECT p."id", p."sku", p."name", p."urlKey", p."price", p."qty", gp."price" AS "groupPrice"
    FROM "Product" p LEFT JOIN "ProductGroupPrice" gp ON gp."productId" = p."id" AND gp."groupId" = ${groupId ?? -1}
    WHERE p."isActive" = TRUE AND EXISTS (SELECT 1 FROM "ProductWebsite" pw WHERE pw."productId" = p."id" AND pw."websiteId" = ${websiteId})
    ORDER BY p."name" ASC LIMIT ${take} OFFSET ${skip}`;
  return rows.map((p) => ({
    id: p.id,
    sku: p.sku,
    name: p.name,
    urlKey: p.urlKey,
    price: p.price,
    finalPrice: priced(p, groupId),
    inStock: p.qty > 0,
  }));
}

export type ProductDetail = ProductCard & { description: string; qty: number };

/** A product by URL key, if sold on the website, priced for the customer group. */
export async function getProductByUrlKey(urlKey: string, websiteId: number, groupId: number | null): Promise<ProductDetail | null> {
  // no URL key holds NUL, and PostgreSQL refuses it in a query (a 500): not found
  if (urlKey.includes("\u0000")) return null;
  const [p] = await db.$queryRaw<(ProductRow & { description: string })[]>`
    SELECT p."id", p."sku", p."name", p."urlKey", p."description", p."price", p."qty", gp."price" AS "groupPrice"
    FROM "Product" p LEFT JOIN "ProductGroupPrice" gp ON gp."productId" = p."id" AND gp."groupId" = ${groupId ?? -1}
    WHERE p."urlKey" = ${urlKey} AND p."isActive" = TRUE
      AND EXISTS (SELECT 1 FROM "ProductWebsite" pw WHERE pw."productId" = p."id" AND pw."websiteId" = ${websiteId})
    LIMIT 1`;
  if (!p) return null;
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    urlKey: p.urlKey,
    description: p.description,
    price: p.price,
    qty: p.qty,
    finalPrice: priced(p, groupId),
    inStock: p.qty > 0,
  };
}

/** Active categories for the navigation (children of the root categories). */
export async function listNavCategories() {
  return db.$queryRaw<{ id: number; name: string; urlKey: string }[]>`
    SELECT "id", "name", "urlKey" FROM "Category" WHERE "isActive" = TRUE AND "parentId" IS NOT NULL ORDER BY "position" ASC, "name" ASC`;
}

/** A category and its products on the website, priced for the customer group. */
export async function getCategoryPage(urlKey: string, websiteId: number, groupId: number | null) {
  if (urlKey.includes("\u0000")) return null;
  const category = await db.category.findFirst({
    where: { urlKey, isActive: true },
    select: { id: true, name: true, children: { where: { isActive: true }, select: { id: true } } },
  });
  if (!category) return null;
  const ids = [category.id, ...category.children.map((c) => c.id)];
  const rows = await db.product.findMany({
    where: { isActive: true, websites: { some: { websiteId } }, categories: { some: { categoryId: { in: ids } } } },
    orderBy: { name: "asc" },
    take: 60,
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
  const products: ProductCard[] = rows.map((p) => ({
    id: p.id,
    sku: p.sku,
    name: p.name,
    urlKey: p.urlKey,
    price: p.price,
    finalPrice: finalPrice(p, groupId),
    inStock: p.qty > 0,
  }));
  return { name: category.name, products };
}
