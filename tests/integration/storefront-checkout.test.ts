import { describe, expect, it } from "vitest";
import { provider, testDb } from "../helpers/db";
import { addToCart } from "@/lib/cart/cart";
import { placeOrder, reorder } from "@/lib/orders/place-order";
import { LAC } from "@/lib/login-as-customer/messages";
import { ADDRESS, makeCustomer, makeProduct, scope } from "../helpers/storefront-fixtures";

const db = testDb();

async function cartWith(customerId: number, lines: { productId: number; qty: number }[]) {
  const s = await scope(db);
  for (const l of lines) {
    const r = await addToCart(db, { owner: { customerId }, storeViewId: s.storeViewId, websiteId: s.websiteId, ...l });
    expect(r.ok).toBe(true);
  }
}

describe(`storefront checkout (${provider()})`, () => {
  it("places an order in one go: stock, cart, increment id, totals, addresses, comment", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db, s.wholesaleId);
    const p = await makeProduct(db, { price: 3400, wholesale: 3000, qty: 5 });
    await cartWith(customer.id, [{ productId: p.id, qty: 2 }]);
    const before = await db.sequence.findUniqueOrThrow({ where: { name: "order" } });
    const r = await placeOrder(db, { customerId: customer.id, storeViewId: s.storeViewId, shippingAddress: ADDRESS });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.incrementId).toMatch(/^\d{9}$/);
    expect(Number(r.incrementId)).toBeGreaterThan(before.value);
    const order = await db.order.findUniqueOrThrow({ where: { id: r.orderId }, include: { items: true, addresses: true, comments: true } });
    expect(order).toMatchObject({ subtotal: 6000, shippingAmount: 1000, grandTotal: 7000, paymentMethod: "Check / Money order", placedByAdminId: null });
    expect(order.items).toHaveLength(1);
    expect(order.addresses.map((a) => a.type).sort()).toEqual(["billing", "shipping"]);
    expect(order.comments).toHaveLength(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).qty).toBe(3);
    expect(await db.cart.count({ where: { customerId: customer.id, isActive: true } })).toBe(0);
  });

  it("leaves no order, no stock change and the cart open when an item runs out midway", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db);
    const ok = await makeProduct(db, { qty: 5 });
    const scarce = await makeProduct(db, { qty: 3 });
    await cartWith(customer.id, [
      { productId: ok.id, qty: 2 },
      { productId: scarce.id, qty: 3 },
    ]);
    // someone else bought the scarce product after it was put in the cart
    await db.product.update({ where: { id: scarce.id }, data: { qty: 1 } });
    const seq = await db.sequence.findUniqueOrThrow({ where: { name: "order" } });
    const r = await placeOrder(db, { customerId: customer.id, storeViewId: s.storeViewId, shippingAddress: ADDRESS });
    expect(r).toEqual({ ok: false, error: `The requested qty of "${scarce.name}" is not available (only 1 left).` });
    expect(await db.order.count({ where: { customerId: customer.id } })).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: ok.id } })).qty).toBe(5);
    expect((await db.product.findUniqueOrThrow({ where: { id: scarce.id } })).qty).toBe(1);
    expect(await db.cart.count({ where: { customerId: customer.id, isActive: true } })).toBe(1);
    expect((await db.sequence.findUniqueOrThrow({ where: { name: "order" } })).value).toBe(seq.value);
  });

  it("never lets stock go negative when two customers order the last unit", async () => {
    const s = await scope(db);
    const p = await makeProduct(db, { qty: 1 });
    const [c1, c2] = [await makeCustomer(db), await makeCustomer(db)];
    await cartWith(c1.id, [{ productId: p.id, qty: 1 }]);
    await cartWith(c2.id, [{ productId: p.id, qty: 1 }]);
    const results = await Promise.all([c1, c2].map((c) => placeOrder(db, { customerId: c.id, storeViewId: s.storeViewId, shippingAddress: ADDRESS })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).qty).toBe(0);
  });

  it("records the admin and the two comments when placed during Login as Customer", async () => {
    const s = await scope(db);
    const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "support" } });
    const customer = await makeCustomer(db);
    const p = await makeProduct(db);
    await cartWith(customer.id, [{ productId: p.id, qty: 1 }]);
    const r = await placeOrder(db, {
      customerId: customer.id,
      storeViewId: s.storeViewId,
      shippingAddress: ADDRESS,
      placedBy: { adminUserId: admin.id, firstName: admin.firstName, lastName: admin.lastName, lacSessionId: "lac-test-session" },
    });
    if (!r.ok) throw new Error(r.error);
    const order = await db.order.findUniqueOrThrow({ where: { id: r.orderId }, include: { comments: { orderBy: { id: "asc" } } } });
    expect(order.placedByAdminId).toBe(admin.id);
    expect(order.lacSessionId).toBe("lac-test-session");
    expect(order.comments.map((c) => [c.comment, c.visibleOnFront])).toEqual([
      [LAC.orderCommentCustomer, true],
      [LAC.orderCommentAdmin(admin.firstName, admin.lastName), false],
    ]);
  });

  it("refuses an empty cart and reorders a past order into a new cart", async () => {
    const s = await scope(db);
    const customer = await makeCustomer(db);
    expect(await placeOrder(db, { customerId: customer.id, storeViewId: s.storeViewId, shippingAddress: ADDRESS })).toMatchObject({ ok: false });
    const p = await makeProduct(db, { qty: 10 });
    await cartWith(customer.id, [{ productId: p.id, qty: 2 }]);
    const r = await placeOrder(db, { customerId: customer.id, storeViewId: s.storeViewId, shippingAddress: ADDRESS });
    if (!r.ok) throw new Error(r.error);
    const again = await reorder(db, { orderId: r.orderId, customerId: customer.id, storeViewId: s.storeViewId, websiteId: s.websiteId });
    expect(again).toEqual({ ok: true, added: 1, skipped: [] });
    const cart = await db.cart.findFirstOrThrow({ where: { customerId: customer.id, isActive: true }, include: { items: true } });
    expect(cart.items.map((i) => i.qty)).toEqual([2]);
    // another customer's order cannot be reordered
    const other = await makeCustomer(db);
    expect(await reorder(db, { orderId: r.orderId, customerId: other.id, storeViewId: s.storeViewId, websiteId: s.websiteId })).toMatchObject({ ok: false });
  });
});
