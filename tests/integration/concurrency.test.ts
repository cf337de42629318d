// Concurrency: the same domain calls the storefront and the admin make, fired at
// once. Invariants: no duplicate sessions, no lost cart updates, no negative stock,
// no half orders, every session end logged exactly once, and no call throws (a
// lost race is a refusal, never a 500). The 50 concurrent redemptions of one
// secret are in login-as-customer.test.ts.
import { describe, expect, it } from "vitest";
import { provider, testDb } from "../helpers/db";
import { loadAdminPrincipalFrom } from "../helpers/admin";
import { toAppConfig } from "@/lib/config/schema";
import { hashPassword } from "@/lib/auth/password";
import { startLoginAsCustomer } from "@/lib/login-as-customer/start";
import { redeemLoginAsCustomerSecret } from "@/lib/login-as-customer/redeem";
import { END_REASONS, endLoginAsCustomerSession, endSessionsForAdmin, endSessionsForCustomer } from "@/lib/login-as-customer/end-session";
import { addToCart, getOrCreateCart, updateCartItemQty } from "@/lib/cart/cart";
import { placeOrder } from "@/lib/orders/place-order";
import { ADDRESS, makeCustomer, makeProduct, scope } from "../helpers/storefront-fixtures";

const db = testDb();
// these tests are not about reasons (Require a Reason: No)
const on = () => toAppConfig({ "login_as_customer/general/enabled": "1", "login_as_customer/general/require_reason": "0" });

/** Runs all at once; a thrown error is a result too, so the test can say none threw. */
async function race<T>(fns: (() => Promise<T>)[]): Promise<({ value: T } | { thrown: unknown })[]> {
  const settled = await Promise.allSettled(fns.map((f) => f()));
  return settled.map((s) => (s.status === "fulfilled" ? { value: s.value } : { thrown: s.reason }));
}
function values<T>(rs: ({ value: T } | { thrown: unknown })[]): T[] {
  const thrown = rs.filter((r) => "thrown" in r).map((r) => String((r as { thrown: unknown }).thrown));
  expect(thrown, "no concurrent call may throw").toEqual([]);
  return rs.map((r) => (r as { value: T }).value);
}

let n = 0;
async function makeAdmin() {
  n += 1;
  const tag = `${provider()}-${Date.now()}-${n}`;
  const role = await db.adminRole.create({
    data: { name: `cc-role-${tag}`, allResources: false, resources: { create: [{ resource: "customers.lac.login" }] } },
  });
  const row = await db.adminUser.create({
    data: {
      username: `cc-admin-${tag}`,
      firstName: "Con",
      lastName: `Current${n}`,
      email: `cc.${tag}@example.com`,
      passwordHash: await hashPassword("x"),
      roleId: role.id,
    },
  });
  return loadAdminPrincipalFrom(db, row.id);
}

async function consentingCustomer() {
  const c = await makeCustomer(db);
  return db.customer.update({ where: { id: c.id }, data: { assistanceAllowed: true } });
}

/** Every ended session has exactly one logout row; open sessions have none. */
async function expectOneLogoutPerEndedSession(adminUserId: number) {
  const sessions = await db.loginAsCustomerSession.findMany({ where: { adminUserId }, select: { id: true, endedAt: true } });
  const logouts = await db.actionLog.findMany({ where: { adminUserId, action: "logout" }, select: { lacSessionId: true } });
  const perSession = new Map<string, number>();
  for (const l of logouts) perSession.set(l.lacSessionId ?? "", (perSession.get(l.lacSessionId ?? "") ?? 0) + 1);
  for (const s of sessions) expect(perSession.get(s.id) ?? 0, `logout rows for session ${s.id}`).toBe(s.endedAt ? 1 : 0);
  expect(logouts.length).toBe(sessions.filter((s) => s.endedAt).length);
}

/** Every order is whole: items, both addresses, a comment, totals that add up; stock moved by exactly what was ordered. */
async function expectWholeOrders(orderIds: number[]) {
  for (const id of orderIds) {
    const o = await db.order.findUniqueOrThrow({ where: { id }, include: { items: true, addresses: true, comments: true } });
    expect(o.items.length).toBeGreaterThan(0);
    expect(o.addresses).toHaveLength(2);
    expect(o.comments.length).toBeGreaterThan(0);
    const subtotal = o.items.reduce((s, i) => s + i.rowTotal, 0);
    for (const i of o.items) expect(i.rowTotal).toBe(i.price * i.qty);
    expect(o.subtotal).toBe(subtotal);
    expect(o.grandTotal).toBe(o.subtotal + o.shippingAmount - o.discountAmount);
  }
}

async function orderedQty(productId: number) {
  const items = await db.orderItem.findMany({ where: { productId }, select: { qty: true } });
  return items.reduce((s, i) => s + i.qty, 0);
}

describe(`concurrency: Login as Customer sessions (${provider()})`, () => {
  it("two admins starting and redeeming for the same customer at once get one session each", async () => {
    const [a1, a2] = [await makeAdmin(), await makeAdmin()];
    const customer = await consentingCustomer();
    const started = values(await race([a1, a2].map((admin) => () => startLoginAsCustomer({ db, config: on() }, { admin, customerId: customer.id }))));
    expect(started.every((s) => s.ok)).toBe(true);
    const redeemed = values(await race(started.map((s) => () => redeemLoginAsCustomerSecret({ db, config: on() }, { secret: s.ok ? s.secret : "" }))));
    expect(redeemed.filter((r) => r.ok)).toHaveLength(2);
    const open = await db.loginAsCustomerSession.findMany({ where: { customerId: customer.id, endedAt: null }, select: { adminUserId: true } });
    expect(open.map((s) => s.adminUserId).sort()).toEqual([a1!.id, a2!.id].sort());
  });

  it("one admin starting many sessions at once ends up with one open session, each ended one logged once", async () => {
    const admin = await makeAdmin();
    const customers = await Promise.all(Array.from({ length: 6 }, () => consentingCustomer()));
    // a session already open, which every start and redeem below races to end
    const first = await startLoginAsCustomer({ db, config: on() }, { admin, customerId: customers[0].id });
    if (!first.ok) throw new Error(first.error);
    expect((await redeemLoginAsCustomerSecret({ db, config: on() }, { secret: first.secret })).ok).toBe(true);

    const started = values(await race(customers.slice(1).map((c) => () => startLoginAsCustomer({ db, config: on() }, { admin, customerId: c.id }))));
    expect(started.every((s) => s.ok)).toBe(true);
    // redeem every secret at once (two tabs, double clicks): they race to end each other's sessions
    const redeemed = values(await race(started.map((s) => () => redeemLoginAsCustomerSecret({ db, config: on() }, { secret: s.ok ? s.secret : "" }))));
    expect(redeemed.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    expect(await db.loginAsCustomerSession.count({ where: { adminUserId: admin!.id, endedAt: null } })).toBe(1);
    await expectOneLogoutPerEndedSession(admin!.id);
  });

  it("one session ended from several places at once (sign-out, consent withdrawn, Close Session) is ended and logged once", async () => {
    for (let round = 0; round < 5; round++) {
      const admin = await makeAdmin();
      const customer = await consentingCustomer();
      const s = await startLoginAsCustomer({ db, config: on() }, { admin, customerId: customer.id });
      if (!s.ok) throw new Error(s.error);
      const r = await redeemLoginAsCustomerSecret({ db, config: on() }, { secret: s.secret });
      if (!r.ok) throw new Error(r.reason);
      const ends = values(
        await race<number | boolean>([
          () => db.$transaction((tx) => endSessionsForAdmin(tx, admin!.id, END_REASONS.adminSignedOut)),
          () => db.$transaction((tx) => endSessionsForCustomer(tx, customer.id, END_REASONS.consentWithdrawn)),
          () => endLoginAsCustomerSession({ db, config: on() }, { sessionId: r.session.sessionId, reason: END_REASONS.closedByAdmin }),
          () => endLoginAsCustomerSession({ db, config: on() }, { sessionId: r.session.sessionId, reason: END_REASONS.closedByAdmin }),
        ]),
      );
      expect(ends.filter((e) => e === 1 || e === true)).toHaveLength(1);
      await expectOneLogoutPerEndedSession(admin!.id);
    }
  });
});

describe(`concurrency: cart (${provider()})`, () => {
  /** What the add-to-cart server action does: the cart row first, then the change in a transaction. */
  async function addAsAction(customerId: number, productId: number, qty: number) {
    const s = await scope(db);
    const owner = { customerId };
    await getOrCreateCart(db, owner, s.storeViewId);
    return db.$transaction((tx) => addToCart(tx, { owner, storeViewId: s.storeViewId, websiteId: s.websiteId, productId, qty }));
  }

  it("20 + 20 parallel add-to-cart of the same product (new line, then existing line) lose no update", async () => {
    const customer = await makeCustomer(db);
    const p = await makeProduct(db, { qty: 100 });
    const rs = values(await race(Array.from({ length: 20 }, () => () => addAsAction(customer.id, p.id, 1))));
    expect(rs.filter((r) => !r.ok)).toEqual([]);
    const carts = await db.cart.findMany({ where: { customerId: customer.id, isActive: true }, include: { items: true } });
    expect(carts).toHaveLength(1);
    expect(carts[0].items.map((i) => i.qty)).toEqual([20]);
    // and 20 more onto the existing line
    const again = values(await race(Array.from({ length: 20 }, () => () => addAsAction(customer.id, p.id, 1))));
    expect(again.filter((r) => !r.ok)).toEqual([]);
    expect((await db.cartItem.findFirstOrThrow({ where: { cartId: carts[0].id, productId: p.id } })).qty).toBe(40);
  });

  it("parallel add-to-cart never puts more in the cart than the stock, and every refusal is a message", async () => {
    const customer = await makeCustomer(db);
    const p = await makeProduct(db, { qty: 7 });
    const rs = values(await race(Array.from({ length: 12 }, () => () => addAsAction(customer.id, p.id, 1))));
    expect(rs.filter((r) => r.ok)).toHaveLength(7);
    expect(rs.filter((r) => !r.ok).every((r) => !r.ok && /not available/.test(r.error))).toBe(true);
    const item = await db.cartItem.findFirstOrThrow({ where: { productId: p.id, cart: { customerId: customer.id, isActive: true } } });
    expect(item.qty).toBe(7);
  });

  it("parallel quantity updates of one item: the final quantity is one that was asked for and within stock", async () => {
    const customer = await makeCustomer(db);
    const p = await makeProduct(db, { qty: 10 });
    const r = await addAsAction(customer.id, p.id, 1);
    if (!r.ok) throw new Error(r.error);
    const item = await db.cartItem.findFirstOrThrow({ where: { cartId: r.cartId, productId: p.id } });
    const asked = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const rs = values(await race(asked.map((qty) => () => db.$transaction((tx) => updateCartItemQty(tx, { cartId: r.cartId!, itemId: item.id, qty })))));
    // 11 and 12 are over the stock of 10
    expect(rs.map((x) => x.ok)).toEqual(asked.map((q) => q <= 10));
    const final = (await db.cartItem.findUniqueOrThrow({ where: { id: item.id } })).qty;
    expect(asked.filter((q) => q <= 10)).toContain(final);
  });
});

describe(`concurrency: checkout (${provider()})`, () => {
  async function cartWith(customerId: number, productId: number, qty: number) {
    const s = await scope(db);
    const r = await addToCart(db, { owner: { customerId }, storeViewId: s.storeViewId, websiteId: s.websiteId, productId, qty });
    if (!r.ok) throw new Error(r.error);
    return r.cartId!;
  }
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** What the update-quantity server action does. */
  const updateQtyAsAction = (cartId: number, itemId: number, qty: number) => db.$transaction((tx) => updateCartItemQty(tx, { cartId, itemId, qty }));
  const order = async (customerId: number) => placeOrder(db, { customerId, storeViewId: (await scope(db)).storeViewId, shippingAddress: ADDRESS });

  it("8 customers racing for the last 5 units: 5 whole orders, stock 0, never negative, the others refused with their cart kept", async () => {
    const p = await makeProduct(db, { qty: 5 });
    const customers = await Promise.all(Array.from({ length: 8 }, () => makeCustomer(db)));
    for (const c of customers) await cartWith(c.id, p.id, 1);
    const seq = (await db.sequence.findUniqueOrThrow({ where: { name: "order" } })).value;
    const rs = values(await race(customers.map((c) => () => order(c.id))));
    const placed = rs.filter((r) => r.ok);
    expect(placed).toHaveLength(5);
    expect(rs.filter((r) => !r.ok).every((r) => !r.ok && /not available|out of stock/i.test(r.error))).toBe(true);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).qty).toBe(0);
    expect(await orderedQty(p.id)).toBe(5);
    await expectWholeOrders(placed.map((r) => (r.ok ? r.orderId : 0)));
    // increment ids: 5 new, distinct, no gap left by the refused ones
    const ids = placed.map((r) => (r.ok ? Number(r.incrementId) : 0)).sort((a, b) => a - b);
    expect(new Set(ids).size).toBe(5);
    expect((await db.sequence.findUniqueOrThrow({ where: { name: "order" } })).value).toBe(seq + 5);
    const refused = customers.filter((_, i) => !rs[i].ok);
    for (const c of refused) expect(await db.cart.count({ where: { customerId: c.id, isActive: true } })).toBe(1);
    for (const c of refused) expect(await db.order.count({ where: { customerId: c.id } })).toBe(0);
  });

  it("two checkouts racing for the last units, each wanting more than half: one order, the other refused", async () => {
    const p = await makeProduct(db, { qty: 3 });
    const [c1, c2] = [await makeCustomer(db), await makeCustomer(db)];
    await cartWith(c1.id, p.id, 2);
    await cartWith(c2.id, p.id, 2);
    const rs = values(await race([c1, c2].map((c) => () => order(c.id))));
    expect(rs.filter((r) => r.ok)).toHaveLength(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).qty).toBe(1);
    expect(await orderedQty(p.id)).toBe(2);
  });

  it("a double-submitted checkout of one cart places one order", async () => {
    const p = await makeProduct(db, { qty: 10 });
    const c = await makeCustomer(db);
    await cartWith(c.id, p.id, 3);
    const rs = values(await race(Array.from({ length: 5 }, () => () => order(c.id))));
    expect(rs.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.order.count({ where: { customerId: c.id } })).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).qty).toBe(7);
  });

  it("a checkout racing an add-to-cart: an add reported done is in the order or in the cart that is still open", async () => {
    const s = await scope(db);
    for (let round = 0; round < 8; round++) {
      const [p, q] = [await makeProduct(db, { qty: 20 }), await makeProduct(db, { qty: 20 })];
      const c = await makeCustomer(db);
      await cartWith(c.id, p.id, 1);
      const addAsAction = async () => {
        await getOrCreateCart(db, { customerId: c.id }, s.storeViewId);
        return db.$transaction((tx) =>
          addToCart(tx, { owner: { customerId: c.id }, storeViewId: s.storeViewId, websiteId: s.websiteId, productId: q.id, qty: 2 }),
        );
      };
      const [placed, added] = values(await race<{ ok: boolean; orderId?: number }>([() => order(c.id), () => pause(round).then(addAsAction)]));
      expect(placed.ok).toBe(true);
      const ordered = await db.orderItem.findMany({ where: { orderId: placed.orderId!, productId: q.id } });
      const open = await db.cartItem.findMany({ where: { productId: q.id, cart: { customerId: c.id, isActive: true } } });
      // exactly where the shopper was told it is: once, in the order or in the open cart; nowhere when refused
      expect(ordered.length + open.length).toBe(added.ok ? 1 : 0);
      expect((await db.product.findUniqueOrThrow({ where: { id: q.id } })).qty).toBe(20 - ordered.reduce((n, i) => n + i.qty, 0));
    }
  });

  it("a checkout racing a quantity change: the order has the quantity the shopper was told is in the cart", async () => {
    // the update starts 0..7 ms after the checkout, so it lands before, during and after the order's transaction
    for (let round = 0; round < 8; round++) {
      const p = await makeProduct(db, { qty: 20 });
      const c = await makeCustomer(db);
      const cartId = await cartWith(c.id, p.id, 2);
      const item = await db.cartItem.findFirstOrThrow({ where: { cartId } });
      const [placed, updated] = values(
        await race<{ ok: boolean; orderId?: number }>([() => order(c.id), () => pause(round).then(() => updateQtyAsAction(cartId, item.id, 5))]),
      );
      expect(placed.ok).toBe(true);
      const o = await db.order.findUniqueOrThrow({ where: { id: placed.orderId! }, include: { items: true } });
      // an update reported as done must be in the order; one refused (cart already ordered) must not
      expect(o.items[0].qty).toBe(updated.ok ? 5 : 2);
      await expectWholeOrders([o.id]);
      expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).qty).toBe(20 - o.items[0].qty);
    }
  });
});
