"use server";

import { revalidatePath } from "next/cache";
import { shopperAction } from "@/lib/actions/shop-action";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { productRefSchema } from "@/lib/validation/shop";
import { addToWishlist, moveWishlistItemToCart, removeFromWishlist, type WishlistResult } from "@/lib/wishlist/wishlist";

function done(r: WishlistResult) {
  revalidatePath("/shop", "layout");
  return r.ok ? { success: r.message } : { error: r.error };
}

export const addToWishlistAction = shopperAction(
  productRefSchema,
  async ({ productId }, { shopper, audit, db }) => {
    const storeView = await getCurrentStoreView();
    return done(await addToWishlist(db, { customerId: shopper.id, productId, websiteId: storeView.websiteId }, audit));
  },
  { log: "add_to_wishlist" },
);

export const removeFromWishlistAction = shopperAction(
  productRefSchema,
  async ({ productId }, { shopper, audit, db }) => done(await removeFromWishlist(db, { customerId: shopper.id, productId }, audit)),
  { log: "remove_from_wishlist" },
);

export const wishlistToCartAction = shopperAction(
  productRefSchema,
  async ({ productId }, { shopper, audit, db }) => {
    const storeView = await getCurrentStoreView();
    return done(await moveWishlistItemToCart(db, { customerId: shopper.id, productId, storeViewId: storeView.id, websiteId: storeView.websiteId }, audit));
  },
  { log: "add_to_cart" },
);
