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

export type ProductDetail = ProductCard & { description: string; qty: number };

/** A product by URL key, if sold on the website, priced for the customer group. */
export async function getProductByUrlKey(urlKey: string, websiteId: number, groupId: number | null): Promise<ProductDetail | null> {
  // no URL key holds NUL, and PostgreSQL refuses it in a query (a 500): not found
  if (urlKey.includes("\u0000")) return null;
  const p = await db.product.findFirst({
    where: { urlKey, isActive: true, websites: { some: { websiteId } } },
    select: {
      id: true,
      sku: true,
      name: true,
      urlKey: true,
      description: true,
      price: true,
      qty: true,
      groupPrices: { where: { groupId: groupId ?? -1 }, select: { groupId: true, price: true } },
    },
  });
  if (!p) return null;
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    urlKey: p.urlKey,
    description: p.description,
    price: p.price,
    qty: p.qty,
    finalPrice: finalPrice(p, groupId),
    inStock: p.qty > 0,
  };
}

/** Active categories for the navigation (children of the root categories). */
export async function listNavCategories() {
  return db.category.findMany({
    where: { isActive: true, parentId: { not: null } },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, urlKey: true },
  });
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
