"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { shopperAction } from "@/lib/actions/shop-action";
import { addToCart, applyCoupon, getOrCreateCart, removeCartItem, removeCoupon, updateCartItemQty } from "@/lib/cart/cart";
import { cartOwnerForWrite, currentCartId } from "@/lib/cart/current";
import { CART_MESSAGES } from "@/lib/cart/rules";
import { getCurrentStoreView } from "@/lib/store/store-view";
import { addToCartSchema, cartItemQtySchema, cartItemSchema, couponSchema, emptySchema } from "@/lib/validation/shop";

const guests = { allowGuests: true } as const;

function done(r: { ok: true; message?: string } | { ok: false; error: string; field?: string }) {
  revalidatePath("/shop", "layout");
  if (r.ok) return { success: r.message ?? "Your shopping cart was updated." };
  return r.field ? { fieldErrors: { [r.field]: r.error } } : { error: r.error };
}

export const addToCartAction = shopperAction(
  addToCartSchema,
  async ({ productId, qty }) => {
    const owner = await cartOwnerForWrite();
    const storeView = await getCurrentStoreView();
    // the cart row first, outside the transaction: a lost creation race (unique index) would abort a PostgreSQL transaction
    await getOrCreateCart(db, owner, storeView.id);
    const r = await db.$transaction((tx) => addToCart(tx, { owner, storeViewId: storeView.id, websiteId: storeView.websiteId, productId, qty }));
    return done(r);
  },
  { ...guests, log: "add_to_cart" },
);

async function cartIdOrError() {
  const id = await currentCartId();
  return id ?? null;
}

export const updateQtyAction = shopperAction(
  cartItemQtySchema,
  async ({ itemId, qty }) => {
    const cartId = await cartIdOrError();
    if (!cartId) return { error: CART_MESSAGES.emptyCart };
    return done(await db.$transaction((tx) => updateCartItemQty(tx, { cartId, itemId, qty })));
  },
  { ...guests, log: "update_qty" },
);

export const removeItemAction = shopperAction(
  cartItemSchema,
  async ({ itemId }) => {
    const cartId = await cartIdOrError();
    if (!cartId) return { error: CART_MESSAGES.emptyCart };
    return done(await removeCartItem(db, { cartId, itemId }));
  },
  { ...guests, log: "remove_cart_item" },
);

export const applyCouponAction = shopperAction(
  couponSchema,
  async ({ couponCode }) => {
    const cartId = await cartIdOrError();
    if (!cartId) return { error: CART_MESSAGES.emptyCart };
    return done(await applyCoupon(db, { cartId, code: couponCode }));
  },
  { ...guests, log: "apply_coupon_code" },
);

export const removeCouponAction = shopperAction(
  emptySchema,
  async () => {
    const cartId = await cartIdOrError();
    if (!cartId) return { error: CART_MESSAGES.emptyCart };
    return done(await removeCoupon(db, { cartId }));
  },
  { ...guests, log: "remove_coupon_code" },
);
