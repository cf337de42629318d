// The cart of this request: the customer's (signed in) or the browser's guest cart (cookie).
import "server-only";
import crypto from "node:crypto";
import { cache } from "react";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { getImpersonation, getShopper } from "@/lib/auth/shop-session";
import { secureCookiesEnabled } from "@/lib/auth/cookies";
import { GUEST_CART_COOKIE } from "./count";
import { findActiveCart, getOrCreateCart, mergeGuestCart, type CartOwner } from "./cart";
import { loadCart, type CartView } from "./view";

/** Who owns the cart in this request, or null for a guest without a cart cookie yet. */
export async function currentCartOwner(): Promise<CartOwner | null> {
  const shopper = await getShopper();
  if (shopper) return { customerId: shopper.id };
  const token = (await cookies()).get(GUEST_CART_COOKIE)?.value;
  return token ? { guestToken: token } : null;
}

/** In a server action: the owner, creating the guest token cookie when needed. */
export async function cartOwnerForWrite(): Promise<CartOwner> {
  const owner = await currentCartOwner();
  if (owner) return owner;
  const token = crypto.randomBytes(24).toString("base64url");
  (await cookies()).set(GUEST_CART_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookiesEnabled(),
    path: "/",
    maxAge: 60 * 60 * 24 * 30,
  });
  return { guestToken: token };
}

export async function currentCartId(): Promise<number | null> {
  const owner = await currentCartOwner();
  return owner ? ((await findActiveCart(db, owner))?.id ?? null) : null;
}

/** The cart of this request as the shopper sees it (priced for their group), or null when there is none. */
export async function currentCartView(groupId: number | null, withShipping = false): Promise<CartView | null> {
  const cartId = await currentCartId();
  return cartId ? loadCart(db, cartId, groupId, withShipping) : null;
}

/**
 * After a normal sign-in, the browser's guest cart joins the customer's cart (once: the
 * guest cart is closed). Not during Login as Customer: the customer's own cart is the one in use.
 */
export const syncShopperCart = cache(async (): Promise<void> => {
  const shopper = await getShopper();
  if (!shopper) return;
  const token = (await cookies()).get(GUEST_CART_COOKIE)?.value;
  if (!token || (await getImpersonation())) return;
  const guest = await db.cart.findFirst({ where: { guestToken: token, isActive: true, customerId: null }, select: { id: true, storeViewId: true } });
  if (!guest) return;
  // the cart row first, outside the transaction: a lost creation race (unique index) would abort a PostgreSQL transaction
  await getOrCreateCart(db, { customerId: shopper.id }, guest.storeViewId);
  await db.$transaction((tx) => mergeGuestCart(tx, { guestToken: token, customerId: shopper.id, storeViewId: guest.storeViewId }));
});
