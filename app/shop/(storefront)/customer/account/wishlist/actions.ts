"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { shopperAction } from "@/lib/actions/shop-action";
import { addToCart, getOrCreateCart } from "@/lib/cart/cart";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { productRefSchema } from "@/lib/validation/shop";

export const addToWishlistAction = shopperAction(
  productRefSchema,
  async ({ productId }, { shopper, audit }) => {
    const storeView = await getCurrentStoreView();
    const product = await db.product.findFirst({
      where: { id: productId, isActive: true, websites: { some: { websiteId: storeView.websiteId } } },
      select: { id: true, name: true },
    });
    if (!product) return { error: "The product that was requested doesn't exist. Verify the product and try again." };
    await db.$transaction(async (tx) => {
      await tx.wishlistItem.upsert({
        where: { customerId_productId: { customerId: shopper.id, productId } },
        create: { customerId: shopper.id, productId },
        update: {},
      });
      await audit(tx);
    });
    revalidatePath("/shop", "layout");
    return { success: `${product.name} has been added to your Wish List.` };
  },
  { log: "add_to_wishlist" },
);

export const removeFromWishlistAction = shopperAction(
  productRefSchema,
  async ({ productId }, { shopper, audit }) => {
    const r = await db.$transaction(async (tx) => {
      const removed = await tx.wishlistItem.deleteMany({ where: { customerId: shopper.id, productId } });
      if (removed.count) await audit(tx);
      return removed;
    });
    revalidatePath("/shop", "layout");
    return r.count ? { success: "The item was removed from your Wish List." } : { error: "This item is not in your Wish List." };
  },
  { log: "remove_from_wishlist" },
);

/** Moves a wish list item into the cart: both changes or none. */
export const wishlistToCartAction = shopperAction(
  productRefSchema,
  async ({ productId }, { shopper, audit }) => {
    const storeView = await getCurrentStoreView();
    // the cart row first, outside the transaction: a lost creation race (unique index) would abort a PostgreSQL transaction
    await getOrCreateCart(db, { customerId: shopper.id }, storeView.id);
    const r = await db.$transaction(async (tx) => {
      const added = await addToCart(tx, { owner: { customerId: shopper.id }, storeViewId: storeView.id, websiteId: storeView.websiteId, productId, qty: 1 });
      if (added.ok) {
        await tx.wishlistItem.deleteMany({ where: { customerId: shopper.id, productId } });
        await audit(tx);
      }
      return added;
    });
    revalidatePath("/shop", "layout");
    return r.ok ? { success: r.message } : { error: r.error };
  },
  { log: "add_to_cart" },
);
