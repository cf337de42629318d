// My Wish List: a customer's saved products, priced for their group; adding, removing and
// moving one into the cart, each change in one transaction with its log entry.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { noAudit, type Audit } from "@/lib/action-log/audit";
import { finalPrice } from "@/lib/catalog/pricing";
import { addToCart, getOrCreateCart } from "@/lib/cart/cart";

export const WISHLIST_MESSAGES = {
  productNotFound: "The product that was requested doesn't exist. Verify the product and try again.",
  added: (name: string) => `${name} has been added to your Wish List.`,
  removed: "The item was removed from your Wish List.",
  notInWishlist: "This item is not in your Wish List.",
};

export type WishlistItem = { itemId: number; productId: number; name: string; urlKey: string; finalPrice: number; inStock: boolean };
export type WishlistResult = { ok: true; message: string } | { ok: false; error: string };

/** The customer's wish list, oldest first, each product at the price their group pays. */
export async function wishlistItems(customerId: number, groupId: number | null, client: Db = appDb): Promise<WishlistItem[]> {
  const rows = await client.wishlistItem.findMany({
    where: { customerId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      product: {
        select: {
          id: true,
          name: true,
          urlKey: true,
          price: true,
          qty: true,
          groupPrices: { where: { groupId: groupId ?? -1 }, select: { groupId: true, price: true } },
        },
      },
    },
  });
  return rows.map(({ id, product }) => ({
    itemId: id,
    productId: product.id,
    name: product.name,
    urlKey: product.urlKey,
    finalPrice: finalPrice(product, groupId),
    inStock: product.qty > 0,
  }));
}

/** Saves a product sold on the website to the wish list (once: saving it again changes nothing). */
export async function addToWishlist(
  db: Db,
  input: { customerId: number; productId: number; websiteId: number },
  audit: Audit = noAudit,
): Promise<WishlistResult> {
  const product = await db.product.findFirst({
    where: { id: input.productId, isActive: true, websites: { some: { websiteId: input.websiteId } } },
    select: { id: true, name: true },
  });
  if (!product) return { ok: false, error: WISHLIST_MESSAGES.productNotFound };
  const key = { customerId: input.customerId, productId: product.id };
  await db.$transaction(async (tx) => {
    await tx.wishlistItem.upsert({ where: { customerId_productId: key }, create: key, update: {} });
    await audit(tx);
  });
  return { ok: true, message: WISHLIST_MESSAGES.added(product.name) };
}

export async function removeFromWishlist(db: Db, input: { customerId: number; productId: number }, audit: Audit = noAudit): Promise<WishlistResult> {
  const removed = await db.$transaction(async (tx) => {
    const r = await tx.wishlistItem.deleteMany({ where: { customerId: input.customerId, productId: input.productId } });
    if (r.count) await audit(tx);
    return r.count;
  });
  return removed ? { ok: true, message: WISHLIST_MESSAGES.removed } : { ok: false, error: WISHLIST_MESSAGES.notInWishlist };
}

/** Moves a wish list item into the customer's cart: both changes or none. */
export async function moveWishlistItemToCart(
  db: Db,
  input: { customerId: number; productId: number; storeViewId: number; websiteId: number },
  audit: Audit = noAudit,
): Promise<WishlistResult> {
  const owner = { customerId: input.customerId };
  // the cart row first, outside the transaction: a lost creation race (unique index) would abort a PostgreSQL transaction
  await getOrCreateCart(db, owner, input.storeViewId);
  const r = await db.$transaction(async (tx) => {
    const added = await addToCart(tx, { owner, storeViewId: input.storeViewId, websiteId: input.websiteId, productId: input.productId, qty: 1 });
    if (added.ok) {
      await tx.wishlistItem.deleteMany({ where: { customerId: input.customerId, productId: input.productId } });
      await audit(tx);
    }
    return added;
  });
  return r.ok ? { ok: true, message: r.message ?? "" } : { ok: false, error: r.error };
}
