// What to record for each storefront action taken during Login as Customer
// (group "Login As Customer"): the action name, and snapshots before and after so the log shows
// SKUs, quantities and changed fields. Only run while impersonating. Every read
// takes the client it is given: "after" runs inside the action's transaction.
import "server-only";
import type { DbTx } from "@/lib/db-client";
import { describeChanges } from "@/lib/action-log/diff";
import { ADDRESS_FIELDS } from "@/lib/customers/addresses";

type Data = Record<string, unknown>;
type Snapshot = Record<string, unknown> | null;
type Ctx = { customerId: number; sessionId: string };

export type LacActionSpec = {
  action: string;
  fullActionName: string;
  before?: (data: Data, ctx: Ctx, db: DbTx) => Promise<Snapshot>;
  after?: (data: Data, ctx: Ctx, before: Snapshot, db: DbTx) => Promise<Snapshot>;
  details: (data: Data, before: Snapshot, after: Snapshot) => string;
};

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));

async function activeCartId(db: DbTx, customerId: number) {
  return (await db.cart.findFirst({ where: { customerId, isActive: true }, select: { id: true } }))?.id ?? null;
}
async function productQty(db: DbTx, customerId: number, productId: number) {
  const product = await db.product.findUnique({ where: { id: productId }, select: { sku: true, name: true } });
  const cartId = await activeCartId(db, customerId);
  const item = cartId ? await db.cartItem.findUnique({ where: { cartId_productId: { cartId, productId } }, select: { qty: true } }) : null;
  return { sku: product?.sku ?? `#${productId}`, name: product?.name ?? null, qty: item?.qty ?? 0 };
}
async function itemQty(db: DbTx, customerId: number, itemId: number) {
  const item = await db.cartItem.findFirst({
    where: { id: itemId, cart: { customerId, isActive: true } },
    select: { qty: true, product: { select: { sku: true, name: true } } },
  });
  return item ? { sku: item.product.sku, name: item.product.name, qty: item.qty } : { sku: `item #${itemId}`, name: null, qty: 0 };
}
async function productOf(db: DbTx, productId: unknown) {
  const product = await db.product.findUnique({ where: { id: num(productId) }, select: { sku: true, name: true } });
  return { sku: product?.sku ?? `#${String(productId)}`, name: product?.name ?? null };
}
async function customerFields(db: DbTx, customerId: number) {
  return db.customer.findUnique({
    where: { id: customerId },
    select: { firstName: true, lastName: true, email: true, assistanceAllowed: true, newsletterSubscribed: true },
  });
}
async function address(db: DbTx, customerId: number, id: unknown) {
  if (!id) return null;
  return db.customerAddress.findFirst({
    where: { id: num(id), customerId },
    select: ADDRESS_FIELDS,
  });
}

export const LAC_ACTIONS = {
  add_to_cart: {
    action: "add_to_cart",
    fullActionName: "checkout_cart_add",
    before: (d, c, db) => productQty(db, c.customerId, num(d.productId)),
    after: (d, c, _b, db) => productQty(db, c.customerId, num(d.productId)),
    details: (d, b, a) => `SKU ${String(b?.sku)}: ${String(b?.qty)} → ${String(a?.qty ?? b?.qty)} (requested ${String(d.qty ?? 1)})`,
  },
  update_qty: {
    action: "update_qty",
    fullActionName: "checkout_cart_updatePost",
    before: (d, c, db) => itemQty(db, c.customerId, num(d.itemId)),
    after: (d, c, _b, db) => itemQty(db, c.customerId, num(d.itemId)),
    details: (d, b, a) => `SKU ${String(b?.sku)}: ${String(b?.qty)} → ${String(a?.qty)} (requested ${String(d.qty)})`,
  },
  remove_cart_item: {
    action: "remove_cart_item",
    fullActionName: "checkout_cart_delete",
    before: (d, c, db) => itemQty(db, c.customerId, num(d.itemId)),
    after: (d, c, _b, db) => itemQty(db, c.customerId, num(d.itemId)),
    details: (_d, b, a) => `SKU ${String(b?.sku)}: ${String(b?.qty)} → ${String(a?.qty)}`,
  },
  apply_coupon_code: {
    action: "apply_coupon_code",
    fullActionName: "checkout_cart_couponPost",
    details: (d) => `Coupon code: ${String(d.couponCode ?? "")}`,
  },
  remove_coupon_code: {
    action: "remove_coupon_code",
    fullActionName: "checkout_cart_couponPost_remove",
    before: async (_d, c, db) => ({
      couponCode: (await db.cart.findFirst({ where: { customerId: c.customerId, isActive: true }, select: { couponCode: true } }))?.couponCode ?? null,
    }),
    details: (_d, b) => `Coupon code: ${String(b?.couponCode ?? "")}`,
  },
  add_to_wishlist: {
    action: "add_to_wishlist",
    fullActionName: "wishlist_index_add",
    before: (d, _c, db) => productOf(db, d.productId),
    details: (_d, b) => `SKU ${String(b?.sku)}`,
  },
  remove_from_wishlist: {
    action: "remove_from_wishlist",
    fullActionName: "wishlist_index_remove",
    before: (d, _c, db) => productOf(db, d.productId),
    details: (_d, b) => `SKU ${String(b?.sku)}`,
  },
  place_order: {
    action: "place_order",
    fullActionName: "checkout_index_placeOrder",
    after: async (_d, c, _b, db) => {
      const order = await db.order.findFirst({
        where: { customerId: c.customerId, lacSessionId: c.sessionId },
        orderBy: { id: "desc" },
        select: { incrementId: true, items: { select: { sku: true, qty: true } } },
      });
      return order ? { order: order.incrementId, skus: order.items.map((i) => `${i.sku} × ${i.qty}`).join(", ") } : null;
    },
    details: (_d, _b, a) => (a ? `Order #${String(a.order)}: ${String(a.skus)}` : "Order not placed"),
  },
  reorder: {
    action: "reorder",
    fullActionName: "sales_order_reorder",
    before: async (d, c, db) => ({
      order:
        (await db.order.findFirst({ where: { id: num(d.orderId), customerId: c.customerId }, select: { incrementId: true } }))?.incrementId ??
        `#${String(d.orderId)}`,
    }),
    details: (_d, b) => `Reorder of order #${String(b?.order)}`,
  },
  save: {
    action: "save",
    fullActionName: "customer_account_editPost",
    before: (_d, c, db) => customerFields(db, c.customerId),
    after: (_d, c, _b, db) => customerFields(db, c.customerId),
    details: (_d, b, a) => `Account information: ${describeChanges(b, a)}`,
  },
  save_address: {
    action: "save_address",
    fullActionName: "customer_address_formPost",
    before: (d, c, db) => address(db, c.customerId, d.addressId),
    after: async (d, c, _b, db) =>
      d.addressId
        ? address(db, c.customerId, d.addressId)
        : await db.customerAddress.findFirst({ where: { customerId: c.customerId }, orderBy: { id: "desc" }, select: ADDRESS_FIELDS }),
    details: (_d, b, a) => `Address: ${describeChanges(b, a)}`,
  },
  delete_address: {
    action: "delete_address",
    fullActionName: "customer_address_delete",
    before: (d, c, db) => address(db, c.customerId, d.addressId),
    after: (d, c, _b, db) => address(db, c.customerId, d.addressId),
    details: (_d, b) => `Deleted address: ${b ? `${String(b.street)}, ${String(b.city)}` : "unknown"}`,
  },
  newsletter_subscription: {
    action: "newsletter_subscription",
    fullActionName: "newsletter_manage_save",
    after: async (_d, c, _b, db) => ({ subscribed: (await customerFields(db, c.customerId))?.newsletterSubscribed ?? false }),
    details: (_d, _b, a) => (a?.subscribed ? "subscribed" : "unsubscribed"),
  },
} satisfies Record<string, LacActionSpec>;

export type LacActionName = keyof typeof LAC_ACTIONS;
