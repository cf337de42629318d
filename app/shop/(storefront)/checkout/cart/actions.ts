"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { shopperAction } from "@/lib/actions/shop-action";
import type { Audit } from "@/lib/action-log/audit";
import type { DbTx } from "@/lib/db-client";
import { addToCart, applyCoupon, getOrCreateCart, removeCartItem, removeCoupon, updateCartItemQty, type CartResult } from "@/lib/cart/cart";
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
  async ({ productId, qty }, { audit }) => {
    const owner = await cartOwnerForWrite();
    const storeView = await getCurrentStoreView();
    // the cart row first, outside the transaction: a lost creation race (unique index) would abort a PostgreSQL transaction
    await getOrCreateCart(db, owner, storeView.id);
    return done(await inTransaction(audit, (tx) => addToCart(tx, { owner, storeViewId: storeView.id, websiteId: storeView.websiteId, productId, qty })));
  },
  { ...guests, log: "add_to_cart" },
);

/** Runs a cart change in a transaction and records it there when it succeeded (Login as Customer). */
async function inTransaction<R extends CartResult>(audit: Audit, work: (tx: DbTx) => Promise<R>): Promise<R> {
  return db.$transaction(async (tx) => {
    const r = await work(tx);
    if (r.ok) await audit(tx);
    return r;
  });
}

export const updateQtyAction = shopperAction(
  cartItemQtySchema,
  async ({ itemId, qty }, { audit }) => {
    const cartId = await currentCartId();
    if (!cartId) return { error: CART_MESSAGES.emptyCart };
    return done(await inTransaction(audit, (tx) => updateCartItemQty(tx, { cartId, itemId, qty })));
  },
  { ...guests, log: "update_qty" },
);

export const removeItemAction = shopperAction(
  cartItemSchema,
  async ({ itemId }, { audit }) => {
    const cartId = await currentCartId();
    if (!cartId) return { error: CART_MESSAGES.emptyCart };
    return done(await inTransaction(audit, (tx) => removeCartItem(tx, { cartId, itemId })));
  },
  { ...guests, log: "remove_cart_item" },
);

export const applyCouponAction = shopperAction(
  couponSchema,
  async ({ couponCode }, { audit }) => {
    const cartId = await currentCartId();
    if (!cartId) return { error: CART_MESSAGES.emptyCart };
    return done(await inTransaction(audit, (tx) => applyCoupon(tx, { cartId, code: couponCode })));
  },
  { ...guests, log: "apply_coupon_code" },
);

export const removeCouponAction = shopperAction(
  emptySchema,
  async (_data, { audit }) => {
    const cartId = await currentCartId();
    if (!cartId) return { error: CART_MESSAGES.emptyCart };
    return done(await inTransaction(audit, (tx) => removeCoupon(tx, { cartId })));
  },
  { ...guests, log: "remove_coupon_code" },
);
