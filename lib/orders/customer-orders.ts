// My Orders: the orders a customer placed, as the storefront shows them. Only the customer's
// own orders are returned (another's is not found), and only the comments meant for them.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { ADDRESS_FIELDS } from "@/lib/customers/addresses";
import type { PostalAddress } from "@/lib/validation/address";

/** How many of the latest orders My Orders lists. */
export const MY_ORDERS_LIMIT = 50;

/** The customer's latest orders, newest first. */
export async function customerOrders(customerId: number, client: Db = appDb) {
  return client.order.findMany({
    where: { customerId },
    orderBy: { id: "desc" },
    take: MY_ORDERS_LIMIT,
    select: { id: true, incrementId: true, createdAt: true, billToName: true, grandTotal: true, status: true },
  });
}

/** One order of the customer, with its items, addresses and the comments visible to them; null when it is not theirs. */
export async function customerOrder(customerId: number, orderId: number, client: Db = appDb) {
  const order = await client.order.findFirst({
    where: { id: orderId, customerId },
    select: {
      id: true,
      incrementId: true,
      status: true,
      createdAt: true,
      subtotal: true,
      discountAmount: true,
      couponCode: true,
      shippingAmount: true,
      grandTotal: true,
      shippingMethod: true,
      paymentMethod: true,
      items: { orderBy: { id: "asc" }, select: { id: true, name: true, sku: true, price: true, qty: true, rowTotal: true } },
      addresses: { select: { type: true, ...ADDRESS_FIELDS } },
      comments: { where: { visibleOnFront: true }, orderBy: { id: "asc" }, select: { id: true, createdAt: true, comment: true } },
    },
  });
  if (!order) return null;
  const { addresses, ...rest } = order;
  const byType = (type: string): PostalAddress | null => addresses.find((a) => a.type === type) ?? null;
  return { ...rest, shippingAddress: byType("shipping"), billingAddress: byType("billing") };
}

export type CustomerOrder = NonNullable<Awaited<ReturnType<typeof customerOrder>>>;

/** The customer's order with this number (as on the success page), or null: not theirs, or not an order number. */
export async function customerOrderByNumber(customerId: number, incrementId: string, client: Db = appDb) {
  if (!/^\d{9}$/.test(incrementId)) return null;
  return client.order.findFirst({ where: { incrementId, customerId }, select: { id: true, incrementId: true } });
}
