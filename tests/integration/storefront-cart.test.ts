import { describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { provider, testDb } from "../helpers/db";
import { addToCart, applyCoupon, getOrCreateCart, mergeGuestCart, removeCartItem, updateCartItemQty } from "@/lib/cart/cart";
import { loadCart } from "@/lib/cart/view";
import { CART_MESSAGES } from "@/lib/cart/rules";
import { makeCustomer, makeProduct, scope } from "../helpers/storefront-fixtures";

const db = testDb();

describe(`storefront cart (${provider()})`, () => {
  it("adds to a customer's cart, sums quantities and prices lines for the customer group", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db, s.wholesaleId);
    const product = await makeProduct(db, { price: 3400, wholesale: 3000, qty: 5 });
    const owner = { customerId: customer.id };
    expect((await addToCart(db, { owner, storeViewId: s.storeViewId, websiteId: s.websiteId, productId: product.id, qty: 2 })).ok).toBe(true);
    const again = await addToCart(db, { owner, storeViewId: s.storeViewId, websiteId: s.websiteId, productId: product.id, qty: 1 });
    expect(again.ok).toBe(true);
    const cart = await loadCart(db, again.cartId!, customer.groupId);
    expect(cart?.lines).toHaveLength(1);
    expect(cart?.lines[0]).toMatchObject({ qty: 3, unitPrice: 3000, rowTotal: 9000 });
  });

  it("refuses out-of-stock products, more than the stock and bad quantities, leaving the cart unchanged", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db);
    const none = await makeProduct(db, { qty: 0 });
    const few = await makeProduct(db, { qty: 2 });
    const owner = { customerId: customer.id };
    const base = { owner, storeViewId: s.storeViewId, websiteId: s.websiteId };
    expect(await addToCart(db, { ...base, productId: none.id, qty: 1 })).toMatchObject({ ok: false, error: CART_MESSAGES.outOfStock });
    expect(await addToCart(db, { ...base, productId: few.id, qty: 3 })).toMatchObject({ ok: false, error: CART_MESSAGES.notEnough(few.name, 2) });
    expect(await addToCart(db, { ...base, productId: few.id, qty: 0 })).toMatchObject({ ok: false, error: CART_MESSAGES.badQty });
    const cart = await getOrCreateCart(db, owner, s.storeViewId);
    expect(await db.cartItem.count({ where: { cartId: cart.id } })).toBe(0);
    await addToCart(db, { ...base, productId: few.id, qty: 2 });
    const item = await db.cartItem.findFirstOrThrow({ where: { cartId: cart.id } });
    expect(await updateCartItemQty(db, { cartId: cart.id, itemId: item.id, qty: 3 })).toMatchObject({ ok: false });
    expect((await db.cartItem.findUniqueOrThrow({ where: { id: item.id } })).qty).toBe(2);
    // another shopper's cart cannot be touched through this cart id
    expect(await removeCartItem(db, { cartId: cart.id + 100000, itemId: item.id })).toMatchObject({ ok: false });
    expect(await removeCartItem(db, { cartId: cart.id, itemId: item.id })).toMatchObject({ ok: true });
  });

  it("keeps one active cart per customer, even when created concurrently", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db);
    const owner = { customerId: customer.id };
    const carts = await Promise.all([
      getOrCreateCart(db, owner, s.storeViewId),
      getOrCreateCart(db, owner, s.storeViewId),
      getOrCreateCart(db, owner, s.storeViewId),
    ]);
    expect(new Set(carts.map((c) => c.id)).size).toBe(1);
    expect(await db.cart.count({ where: { customerId: customer.id, isActive: true } })).toBe(1);
    await expect(db.cart.create({ data: { customerId: customer.id, storeViewId: s.storeViewId } })).rejects.toThrow();
  });

  it("applies valid coupons and refuses unknown ones with a clear message", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db);
    const product = await makeProduct(db, { price: 3400 });
    const r = await addToCart(db, { owner: { customerId: customer.id }, storeViewId: s.storeViewId, websiteId: s.websiteId, productId: product.id, qty: 1 });
    const cartId = r.cartId!;
    expect(await applyCoupon(db, { cartId, code: "NOPE" })).toEqual({ ok: false, error: 'The coupon code "NOPE" is not valid.', field: "couponCode" });
    expect(await applyCoupon(db, { cartId, code: "welcome10" })).toMatchObject({ ok: true });
    const cart = await loadCart(db, cartId, customer.groupId, true);
    expect(cart?.totals).toMatchObject({ subtotal: 3400, discount: 340, shipping: 500, grandTotal: 3400 - 340 + 500 });
  });

  it("merges a guest cart into the customer's cart and closes the guest cart", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db);
    const a = await makeProduct(db, { qty: 5 });
    const b = await makeProduct(db, { qty: 5 });
    const guestToken = crypto.randomBytes(12).toString("hex");
    const base = { storeViewId: s.storeViewId, websiteId: s.websiteId };
    await addToCart(db, { ...base, owner: { guestToken }, productId: a.id, qty: 4 });
    await addToCart(db, { ...base, owner: { guestToken }, productId: b.id, qty: 1 });
    await addToCart(db, { ...base, owner: { customerId: customer.id }, productId: a.id, qty: 3 });
    await db.$transaction((tx) => mergeGuestCart(tx, { guestToken, customerId: customer.id, storeViewId: s.storeViewId }));
    const cart = await db.cart.findFirstOrThrow({ where: { customerId: customer.id, isActive: true }, include: { items: true } });
    const qty = Object.fromEntries(cart.items.map((i) => [i.productId, i.qty]));
    expect(qty).toEqual({ [a.id]: 5, [b.id]: 1 }); // 4 + 3 capped at the stock of 5
    expect((await db.cart.findUniqueOrThrow({ where: { guestToken } })).isActive).toBe(false);
    // a second merge does nothing
    expect(await db.$transaction((tx) => mergeGuestCart(tx, { guestToken, customerId: customer.id, storeViewId: s.storeViewId }))).toBe(0);
  });
});
