// My Wish List and Reorder: each customer's wish list is their own, priced for their group;
// moving an item into the cart is both changes or none; a reorder that can put nothing back is refused.
import { describe, expect, it } from "vitest";
import { provider, testDb } from "../helpers/db";
import { ADDRESS, makeCustomer, makeProduct, scope } from "../helpers/storefront-fixtures";
import { addToCart } from "@/lib/cart/cart";
import { placeOrder, reorder } from "@/lib/orders/place-order";
import { addToWishlist, moveWishlistItemToCart, removeFromWishlist, WISHLIST_MESSAGES, wishlistItems } from "@/lib/wishlist/wishlist";

const db = testDb();

describe(`storefront wish list (${provider()})`, () => {
  it("lists only the customer's own items, at their group's price; saving one twice keeps one", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db, s.wholesaleId);
    const other = await makeCustomer(db);
    const p = await makeProduct(db, { price: 3400, wholesale: 3000, qty: 0 });
    expect(await addToWishlist(db, { customerId: customer.id, productId: p.id, websiteId: s.websiteId })).toEqual({
      ok: true,
      message: WISHLIST_MESSAGES.added(p.name),
    });
    expect((await addToWishlist(db, { customerId: customer.id, productId: p.id, websiteId: s.websiteId })).ok).toBe(true);
    expect(await wishlistItems(customer.id, s.wholesaleId, db)).toEqual([
      { itemId: expect.any(Number), productId: p.id, name: p.name, urlKey: p.urlKey, finalPrice: 3000, inStock: false },
    ]);
    expect(await wishlistItems(other.id, s.generalId, db)).toEqual([]);
  });

  it("refuses a product that is not sold on the website", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db);
    const p = await makeProduct(db);
    await db.product.update({ where: { id: p.id }, data: { isActive: false } });
    expect(await addToWishlist(db, { customerId: customer.id, productId: p.id, websiteId: s.websiteId })).toEqual({
      ok: false,
      error: WISHLIST_MESSAGES.productNotFound,
    });
    expect(await db.wishlistItem.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("removes an item only from the customer's own wish list", async () => {
    const s = await scope(db);
    const [customer, other] = [await makeCustomer(db), await makeCustomer(db)];
    const p = await makeProduct(db);
    await addToWishlist(db, { customerId: other.id, productId: p.id, websiteId: s.websiteId });
    expect(await removeFromWishlist(db, { customerId: customer.id, productId: p.id })).toEqual({ ok: false, error: WISHLIST_MESSAGES.notInWishlist });
    expect(await db.wishlistItem.count({ where: { customerId: other.id } })).toBe(1);
    expect(await removeFromWishlist(db, { customerId: other.id, productId: p.id })).toEqual({ ok: true, message: WISHLIST_MESSAGES.removed });
    expect(await db.wishlistItem.count({ where: { customerId: other.id } })).toBe(0);
  });

  it("moves an item into the cart, or leaves both as they were when it cannot be added", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db);
    const [inStock, soldOut] = [await makeProduct(db, { qty: 3 }), await makeProduct(db, { qty: 0 })];
    for (const p of [inStock, soldOut]) await addToWishlist(db, { customerId: customer.id, productId: p.id, websiteId: s.websiteId });
    const move = (productId: number) => moveWishlistItemToCart(db, { customerId: customer.id, productId, storeViewId: s.storeViewId, websiteId: s.websiteId });
    expect((await move(soldOut.id)).ok).toBe(false);
    expect((await move(inStock.id)).ok).toBe(true);
    expect((await wishlistItems(customer.id, null, db)).map((i) => i.productId)).toEqual([soldOut.id]);
    const cart = await db.cart.findFirstOrThrow({
      where: { customerId: customer.id, isActive: true },
      select: { items: { select: { productId: true, qty: true } } },
    });
    expect(cart.items).toEqual([{ productId: inStock.id, qty: 1 }]);
  });

  it("refuses a reorder that can put none of the items back, naming them", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db);
    const p = await makeProduct(db, { qty: 1 });
    expect((await addToCart(db, { owner: { customerId: customer.id }, storeViewId: s.storeViewId, websiteId: s.websiteId, productId: p.id, qty: 1 })).ok).toBe(
      true,
    );
    const placed = await placeOrder(db, { customerId: customer.id, storeViewId: s.storeViewId, shippingAddress: ADDRESS });
    if (!placed.ok) throw new Error(placed.error);
    // the order took the last unit
    expect(await reorder(db, { orderId: placed.orderId, customerId: customer.id, storeViewId: s.storeViewId, websiteId: s.websiteId })).toEqual({
      ok: false,
      error: `None of the items could be added to your cart: ${p.name}.`,
    });
    const cart = await db.cart.findFirst({ where: { customerId: customer.id, isActive: true }, select: { items: true } });
    expect(cart?.items ?? []).toEqual([]);
  });
});
