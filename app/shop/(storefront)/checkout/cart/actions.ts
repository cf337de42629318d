"use server";

import { revalidatePath } from "next/cache";
import { shopperAction } from "@/lib/actions/shop-action";
import type { CartResult } from "@/lib/cart/cart";
import { addProductToCart, applyCartCoupon, cancelCartCoupon, changeCartItemQty, removeItemFromCart } from "@/lib/cart/changes";
import { cartOwnerForWrite, currentCartId } from "@/lib/cart/current";
import { CART_MESSAGES } from "@/lib/cart/rules";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { addToCartSchema, cartItemQtySchema, cartItemSchema, couponSchema, emptySchema } from "@/lib/validation/shop";

const guests = { allowGuests: true } as const;

function done(r: CartResult) {
  revalidatePath("/shop", "layout");
  if (r.ok) return { success: r.message ?? "Your shopping cart was updated." };
  return r.field ? { fieldErrors: { [r.field]: r.error } } : { error: r.error };
}

/** A change to this request's cart (refused when there is none). */
async function onCurrentCart(change: (cartId: number) => Promise<CartResult>) {
  const cartId = await currentCartId();
  return cartId ? done(await change(cartId)) : { error: CART_MESSAGES.emptyCart };
}

export const addToCartAction = shopperAction(
  addToCartSchema,
  async ({ productId, qty }, { audit, db }) => {
    const owner = await cartOwnerForWrite();
    const storeView = await getCurrentStoreView();
    return done(await addProductToCart(db, { owner, storeViewId: storeView.id, websiteId: storeView.websiteId, productId, qty }, audit));
  },
  { ...guests, log: "add_to_cart" },
);

export const updateQtyAction = shopperAction(
  cartItemQtySchema,
  ({ itemId, qty }, { audit, db }) => onCurrentCart((cartId) => changeCartItemQty(db, { cartId, itemId, qty }, audit)),
  { ...guests, log: "update_qty" },
);

export const removeItemAction = shopperAction(
  cartItemSchema,
  ({ itemId }, { audit, db }) => onCurrentCart((cartId) => removeItemFromCart(db, { cartId, itemId }, audit)),
  { ...guests, log: "remove_cart_item" },
);

export const applyCouponAction = shopperAction(
  couponSchema,
  ({ couponCode }, { audit, db }) => onCurrentCart((cartId) => applyCartCoupon(db, { cartId, code: couponCode }, audit)),
  { ...guests, log: "apply_coupon_code" },
);

export const removeCouponAction = shopperAction(emptySchema, (_data, { audit, db }) => onCurrentCart((cartId) => cancelCartCoupon(db, { cartId }, audit)), {
  ...guests,
  log: "remove_coupon_code",
});
