// Placing an order: one transaction for stock, cart, increment id, order, items,
// addresses and comments. Any failure rolls everything back.
import type { Db } from "@/lib/db-client";
import type { Audit } from "@/lib/action-log/audit";
import { finalPrice } from "@/lib/catalog/pricing";
import { LAC } from "@/lib/login-as-customer/messages";
import { addToCart, getOrCreateCart } from "@/lib/cart/cart";
import { CART_MESSAGES, cartTotals, formatIncrementId, stockError } from "@/lib/cart/rules";
import type { PostalAddress } from "@/lib/validation/address";

export const SHIPPING_METHOD = "Flat Rate - Fixed";
export const PAYMENT_METHOD = "Check / Money order";

export type OrderAddressInput = PostalAddress;

export type PlacedBy = { adminUserId: number; firstName: string; lastName: string; lacSessionId: string };

export type PlaceOrderInput = {
  customerId: number;
  storeViewId: number;
  shippingAddress: OrderAddressInput;
  billingAddress?: OrderAddressInput;
  placedBy?: PlacedBy;
  /** runs inside the order's transaction once the order exists (e.g. its action-log entry) */
  onCommit?: Audit;
};

export type PlaceOrderResult = { ok: true; orderId: number; incrementId: string } | { ok: false; error: string };

class OrderRefused extends Error {}

export async function placeOrder(db: Db, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  try {
    return await db.$transaction(async (tx) => {
      const customer = await tx.customer.findUniqueOrThrow({
        where: { id: input.customerId },
        select: { id: true, email: true, firstName: true, lastName: true, groupId: true },
      });
      const open = await tx.cart.findFirst({ where: { customerId: customer.id, isActive: true }, select: { id: true } });
      if (!open) throw new OrderRefused(CART_MESSAGES.emptyCart);
      // close the cart before reading its lines: the row lock makes a concurrent quantity change
      // either land first (and be read below) or find the cart ordered; of two checkouts one goes on
      const closed = await tx.cart.updateMany({ where: { id: open.id, isActive: true }, data: { isActive: false } });
      if (closed.count !== 1) throw new OrderRefused(CART_MESSAGES.emptyCart);
      const cart = await tx.cart.findUnique({
        where: { id: open.id },
        select: {
          id: true,
          couponCode: true,
          items: {
            orderBy: { id: "asc" },
            select: { qty: true, product: { select: { id: true, sku: true, name: true, price: true, qty: true, isActive: true, groupPrices: true } } },
          },
        },
      });
      if (!cart || cart.items.length === 0) throw new OrderRefused(CART_MESSAGES.emptyCart);
      const lines = cart.items.map((i) => ({ ...i.product, unitPrice: finalPrice(i.product, customer.groupId), qty: i.qty, stock: i.product.qty }));
      for (const l of lines) {
        const problem = l.isActive ? stockError(l.name, l.qty, l.stock) : CART_MESSAGES.outOfStock;
        if (problem) throw new OrderRefused(problem);
        // conditional decrement: a concurrent order that took the stock first makes this one fail
        const r = await tx.product.updateMany({ where: { id: l.id, qty: { gte: l.qty } }, data: { qty: { decrement: l.qty } } });
        if (r.count !== 1) throw new OrderRefused(stockError(l.name, l.qty, 0) ?? CART_MESSAGES.outOfStock);
      }
      const coupon = cart.couponCode ? await tx.coupon.findUnique({ where: { code: cart.couponCode } }) : null;
      const totals = cartTotals(lines, coupon, true);
      const seq = await tx.sequence.update({ where: { name: "order" }, data: { value: { increment: 1 } } });
      const incrementId = formatIncrementId(seq.value);
      const billing = input.billingAddress ?? input.shippingAddress;
      const comments: { comment: string; visibleOnFront: boolean; status: string }[] = [];
      if (input.placedBy) {
        comments.push({ comment: LAC.orderCommentCustomer, visibleOnFront: true, status: "pending" });
        comments.push({ comment: LAC.orderCommentAdmin(input.placedBy.firstName, input.placedBy.lastName), visibleOnFront: false, status: "pending" });
      } else {
        comments.push({ comment: "Order placed.", visibleOnFront: false, status: "pending" });
      }
      const order = await tx.order.create({
        data: {
          incrementId,
          customerId: customer.id,
          storeViewId: input.storeViewId,
          status: "pending",
          customerEmail: customer.email,
          customerFirstName: customer.firstName,
          customerLastName: customer.lastName,
          customerGroupId: customer.groupId,
          billToName: `${billing.firstName} ${billing.lastName}`,
          subtotal: totals.subtotal,
          shippingAmount: totals.shipping,
          discountAmount: totals.discount,
          grandTotal: totals.grandTotal,
          couponCode: totals.discount > 0 ? (coupon?.code ?? null) : null,
          shippingMethod: SHIPPING_METHOD,
          paymentMethod: PAYMENT_METHOD,
          placedByAdminId: input.placedBy?.adminUserId ?? null,
          lacSessionId: input.placedBy?.lacSessionId ?? null,
          items: { create: lines.map((l) => ({ productId: l.id, sku: l.sku, name: l.name, price: l.unitPrice, qty: l.qty, rowTotal: l.unitPrice * l.qty })) },
          addresses: {
            create: [
              { type: "billing", ...addressData(billing) },
              { type: "shipping", ...addressData(input.shippingAddress) },
            ],
          },
          comments: { create: comments },
        },
        select: { id: true, incrementId: true },
      });
      await input.onCommit?.(tx);
      return { ok: true as const, orderId: order.id, incrementId: order.incrementId };
    });
  } catch (e) {
    if (e instanceof OrderRefused) return { ok: false, error: e.message };
    throw e;
  }
}

function addressData(a: OrderAddressInput) {
  return {
    firstName: a.firstName,
    lastName: a.lastName,
    company: a.company || null,
    street: a.street,
    city: a.city,
    region: a.region || null,
    postcode: a.postcode,
    countryId: a.countryId,
    telephone: a.telephone,
  };
}

/** Puts the items of a past order back into the customer's cart (what is still sellable; refused when nothing is). */
export async function reorder(
  db: Db,
  input: { orderId: number; customerId: number; storeViewId: number; websiteId: number; onCommit?: Audit },
): Promise<{ ok: true; added: number; skipped: string[] } | { ok: false; error: string }> {
  // the cart row first, outside the transaction: a lost creation race (unique index) would abort a PostgreSQL transaction
  await getOrCreateCart(db, { customerId: input.customerId }, input.storeViewId);
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { id: input.orderId, customerId: input.customerId },
      select: { items: { select: { productId: true, qty: true, name: true } } },
    });
    if (!order) return { ok: false as const, error: "This order no longer exists." };
    let added = 0;
    const skipped: string[] = [];
    for (const item of order.items) {
      if (!item.productId) {
        skipped.push(item.name);
        continue;
      }
      const r = await addToCart(tx, {
        owner: { customerId: input.customerId },
        storeViewId: input.storeViewId,
        websiteId: input.websiteId,
        productId: item.productId,
        qty: item.qty,
      });
      if (r.ok) added += 1;
      else skipped.push(item.name);
    }
    // a reorder that puts nothing back is refused, naming what could not be added
    if (added === 0) return { ok: false as const, error: `None of the items could be added to your cart: ${skipped.join(", ")}.` };
    await input.onCommit?.(tx);
    return { ok: true as const, added, skipped };
  });
}
