// What the storefront's pages and actions read and change for a shopper: only their own
// addresses, orders and wish list. Another customer's address or order is not found (its page
// is a 404), cannot be shipped to, and is never listed.
import { describe, expect, it } from "vitest";
import { provider, testDb } from "../helpers/db";
import { ADDRESS, makeCustomer, makeProduct, scope } from "../helpers/storefront-fixtures";
import { addToCart } from "@/lib/cart/cart";
import { addressBook, addressForEdit, checkoutAddresses, defaultBillingAddress } from "@/lib/customers/address-book";
import { ADDRESS_GONE, saveAddress } from "@/lib/customers/addresses";
import { LAC } from "@/lib/login-as-customer/messages";
import { checkout } from "@/lib/orders/checkout";
import { customerOrder, customerOrderByNumber, customerOrders } from "@/lib/orders/customer-orders";

const db = testDb();
const book = { company: null, region: null, defaultBilling: false, defaultShipping: false };

async function withAddresses(streets: string[]) {
  const customer = await makeCustomer(db);
  const ids: number[] = [];
  for (const street of streets) {
    const r = await saveAddress(db, { customerId: customer.id, address: { ...ADDRESS, ...book, street } });
    if (!r.ok) throw new Error(r.error);
    ids.push(r.id);
  }
  return { customer, ids };
}

async function withCart(customerId: number) {
  const s = await scope(db);
  const p = await makeProduct(db);
  const r = await addToCart(db, { owner: { customerId }, storeViewId: s.storeViewId, websiteId: s.websiteId, productId: p.id, qty: 1 });
  expect(r.ok).toBe(true);
  return s;
}

describe(`storefront: a shopper's own records (${provider()})`, () => {
  it("lists only the customer's own addresses, with their defaults; another's address is not found", async () => {
    const { customer, ids } = await withAddresses(["1 First St", "2 Second St"]);
    const other = await withAddresses(["9 Other St"]);
    const entries = await addressBook(customer.id, db);
    expect(entries.map((a) => [a.street, a.isDefaultBilling, a.isDefaultShipping])).toEqual([
      ["1 First St", true, true],
      ["2 Second St", false, false],
    ]);
    expect(await addressForEdit(customer.id, ids[1], db)).toMatchObject({ id: ids[1], street: "2 Second St", isDefaultBilling: false });
    expect(await addressForEdit(customer.id, other.ids[0], db)).toBeNull();
    expect(await addressForEdit(other.customer.id, ids[0], db)).toBeNull();
    expect(await defaultBillingAddress(customer.id, db)).toMatchObject({ street: "1 First St", telephone: ADDRESS.telephone });
    expect(await defaultBillingAddress((await makeCustomer(db)).id, db)).toBeNull();
  });

  it("offers the default shipping address first at checkout, else the oldest", async () => {
    const { customer, ids } = await withAddresses(["1 First St", "2 Second St"]);
    expect((await checkoutAddresses(customer.id, db)).preselectedId).toBe(ids[0]);
    await saveAddress(db, { customerId: customer.id, addressId: ids[1], address: { ...ADDRESS, ...book, street: "2 Second St", defaultShipping: true } });
    expect(await checkoutAddresses(customer.id, db)).toMatchObject({ preselectedId: ids[1], addresses: [{ id: ids[0] }, { id: ids[1] }] });
    expect(await checkoutAddresses((await makeCustomer(db)).id, db)).toEqual({ addresses: [], preselectedId: null });
  });

  it("refuses to ship to another customer's address: no order, the cart stays open", async () => {
    const { customer } = await withAddresses([]);
    const other = await withAddresses(["9 Other St"]);
    const s = await withCart(customer.id);
    const shipping = { kind: "book" as const, addressId: other.ids[0] };
    expect(await checkout(db, { customerId: customer.id, storeViewId: s.storeViewId, shipping, impersonation: null })).toEqual({
      ok: false,
      error: ADDRESS_GONE,
      field: "addressId",
    });
    expect(await db.order.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await db.cart.count({ where: { customerId: customer.id, isActive: true } })).toBe(1);
  });

  it("saves a new checkout address in the address book only once the order is placed, never as a default", async () => {
    const { customer, ids } = await withAddresses(["1 First St"]);
    const shipping = { kind: "new" as const, address: { ...ADDRESS, ...book, street: "5 New St", defaultShipping: true, saveInAddressBook: true } };
    const s = await scope(db);
    // an empty cart: refused, and the address is not saved
    expect(await checkout(db, { customerId: customer.id, storeViewId: s.storeViewId, shipping, impersonation: null })).toMatchObject({ ok: false });
    expect((await addressBook(customer.id, db)).map((a) => a.street)).toEqual(["1 First St"]);
    await withCart(customer.id);
    const r = await checkout(db, { customerId: customer.id, storeViewId: s.storeViewId, shipping, impersonation: null });
    if (!r.ok) throw new Error(r.error);
    const entries = await addressBook(customer.id, db);
    expect(entries.map((a) => [a.street, a.isDefaultShipping])).toEqual([
      ["1 First St", true],
      ["5 New St", false],
    ]);
    expect(entries[0].id).toBe(ids[0]);
  });

  it("refuses an order for an administrator who no longer exists", async () => {
    const { customer } = await withAddresses(["1 First St"]);
    const s = await withCart(customer.id);
    const shipping = { kind: "new" as const, address: { ...ADDRESS, ...book, saveInAddressBook: false } };
    const impersonation = { adminUserId: 2_000_000_000, sessionId: "lac-gone-admin" };
    expect(await checkout(db, { customerId: customer.id, storeViewId: s.storeViewId, shipping, impersonation })).toEqual({ ok: false, error: LAC.loginFailed });
    expect(await db.order.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("shows a customer only their own orders, and of each only the comments meant for them", async () => {
    const { customer } = await withAddresses([]);
    const other = await makeCustomer(db);
    const admin = await db.adminUser.findUniqueOrThrow({ where: { username: "support" } });
    const s = await withCart(customer.id);
    const shipping = { kind: "new" as const, address: { ...ADDRESS, ...book, street: "7 Ship St", saveInAddressBook: false } };
    const impersonation = { adminUserId: admin.id, sessionId: "lac-own-orders" };
    const placed = await checkout(db, { customerId: customer.id, storeViewId: s.storeViewId, shipping, impersonation });
    if (!placed.ok) throw new Error(placed.error);
    const list = await customerOrders(customer.id, db);
    expect(list.map((o) => o.incrementId)).toEqual([placed.incrementId]);
    expect(await customerOrders(other.id, db)).toEqual([]);
    const found = await customerOrderByNumber(customer.id, placed.incrementId, db);
    expect(found).toEqual({ id: list[0].id, incrementId: placed.incrementId });
    expect(await customerOrderByNumber(other.id, placed.incrementId, db)).toBeNull();
    expect(await customerOrderByNumber(customer.id, `${placed.incrementId} OR 1=1`, db)).toBeNull();
    const order = await customerOrder(customer.id, list[0].id, db);
    expect(order).toMatchObject({ incrementId: placed.incrementId, shippingAddress: { street: "7 Ship St" }, billingAddress: { street: "7 Ship St" } });
    // the admin-only comment (who placed it) stays in the admin
    expect(order?.comments.map((c) => c.comment)).toEqual([LAC.orderCommentCustomer]);
    expect(await customerOrder(other.id, list[0].id, db)).toBeNull();
  });
});
