import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireShopper } from "@/lib/auth/shop-session";
import { formatDate, formatMoney } from "@/lib/format";
import { customerOrder } from "@/lib/orders/customer-orders";
import { orderStatusLabel } from "@/lib/orders/status";
import { parseIdParam } from "@/lib/validation/fields";
import { AccountShell } from "@/components/shop/account-nav";
import { AddressText } from "@/components/address-text";
import { ActionButton } from "@/components/ui/action-form";
import { reorderAction } from "../actions";

export const metadata: Metadata = { title: "Order" };

export default async function OrderViewPage({ params }: { params: Promise<{ id: string }> }) {
  const shopper = await requireShopper();
  const id = parseIdParam((await params).id);
  // another customer's order is not found, like one that does not exist
  const order = id === null ? null : await customerOrder(shopper.id, id);
  if (!order) notFound();
  return (
    <AccountShell current="/shop/customer/account/orders">
      <h1 className="mb-2 text-3xl font-semibold">Order # {order.incrementId}</h1>
      <p className="mb-4">
        {orderStatusLabel(order.status)} · Order Date: {formatDate(order.createdAt)}
      </p>
      <ActionButton action={reorderAction} label="Reorder" values={{ orderId: order.id }} variant="secondary" className="mb-6">
        Reorder
      </ActionButton>
      <h2 className="mb-2 text-xl font-semibold">Items Ordered</h2>
      <table className="mb-6 w-full text-left">
        <caption className="sr-only">Items Ordered</caption>
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2">
              Product Name
            </th>
            <th scope="col">SKU</th>
            <th scope="col">Price</th>
            <th scope="col">Qty</th>
            <th scope="col">Subtotal</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((i) => (
            <tr key={i.id} className="border-b">
              <td className="py-2">{i.name}</td>
              <td>{i.sku}</td>
              <td>{formatMoney(i.price)}</td>
              <td>{i.qty}</td>
              <td>{formatMoney(i.rowTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="mb-6 grid max-w-sm grid-cols-2 gap-1" aria-label="Order Totals">
        <dt>Subtotal</dt>
        <dd className="text-right">{formatMoney(order.subtotal)}</dd>
        {order.discountAmount > 0 ? (
          <>
            <dt>Discount{order.couponCode ? ` (${order.couponCode})` : ""}</dt>
            <dd className="text-right">-{formatMoney(order.discountAmount)}</dd>
          </>
        ) : null}
        <dt>Shipping &amp; Handling</dt>
        <dd className="text-right">{formatMoney(order.shippingAmount)}</dd>
        <dt className="font-semibold">Grand Total</dt>
        <dd className="text-right font-semibold">{formatMoney(order.grandTotal)}</dd>
      </dl>
      <h2 className="mb-2 text-xl font-semibold">Order Information</h2>
      <div className="mb-6 grid gap-4 md:grid-cols-4">
        <div>
          <h3 className="font-medium">Shipping Address</h3>
          {order.shippingAddress ? <AddressText address={order.shippingAddress} /> : null}
        </div>
        <div>
          <h3 className="font-medium">Shipping Method</h3>
          <p>{order.shippingMethod}</p>
        </div>
        <div>
          <h3 className="font-medium">Billing Address</h3>
          {order.billingAddress ? <AddressText address={order.billingAddress} /> : null}
        </div>
        <div>
          <h3 className="font-medium">Payment Method</h3>
          <p>{order.paymentMethod}</p>
        </div>
      </div>
      {order.comments.length > 0 ? (
        <section aria-label="About Your Order">
          <h2 className="mb-2 text-xl font-semibold">About Your Order</h2>
          <ul>
            {order.comments.map((c) => (
              <li key={c.id}>
                {formatDate(c.createdAt)} — {c.comment}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </AccountShell>
  );
}
