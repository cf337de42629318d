import Link from "next/link";
import { PageHeader } from "@/components/admin/page-header";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { can } from "@/lib/acl/can";
import { orderForView } from "@/lib/orders/queries";
import { formatDateTime, formatMoney } from "@/lib/format";
import { LoginAsCustomerSlot } from "@/components/admin/login-as-customer-slot";
import { AddressText } from "@/components/address-text";

export const metadata: Metadata = { title: "Order" };

export default async function OrderViewPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireAdmin("sales.orders.view");
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const order = await orderForView(Number(id));
  if (!order) notFound();
  const customerName = `${order.customerFirstName} ${order.customerLastName}`;
  return (
    <section>
      <PageHeader title={`# ${order.incrementId}`} back="/admin/sales/orders">
        {order.customerId ? <LoginAsCustomerSlot customerId={order.customerId} customerName={customerName} placement="order" /> : null}
      </PageHeader>
      <div className="mb-8 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="order-info">
          <h2 id="order-info" className="mb-2 text-xl font-semibold">
            Order &amp; Account Information
          </h2>
          <dl className="grid grid-cols-2 gap-1">
            <dt className="font-medium">Order Date</dt>
            <dd>{formatDateTime(order.createdAt)}</dd>
            <dt className="font-medium">Order Status</dt>
            <dd className="capitalize">{order.status}</dd>
            <dt className="font-medium">Purchased From</dt>
            <dd>
              {order.storeView.website.name} › {order.storeView.name}
            </dd>
            <dt className="font-medium">Customer Name</dt>
            <dd>
              {order.customerId && can(admin, "customers.all") ? (
                <Link className="text-brand underline" href={`/admin/customers/${order.customerId}`}>
                  {customerName}
                </Link>
              ) : (
                customerName
              )}
              {order.customerId ? null : " (Guest)"}
            </dd>
            <dt className="font-medium">Email</dt>
            <dd>{order.customerEmail}</dd>
            <dt className="font-medium">Payment Method</dt>
            <dd>{order.paymentMethod}</dd>
            <dt className="font-medium">Shipping Method</dt>
            <dd>{order.shippingMethod}</dd>
          </dl>
        </section>
        <section aria-labelledby="order-addresses">
          <h2 id="order-addresses" className="mb-2 text-xl font-semibold">
            Address Information
          </h2>
          {order.addresses.map((a) => (
            <div key={a.id} className="mb-3">
              <h3 className="font-medium">{a.type === "billing" ? "Billing Address" : "Shipping Address"}</h3>
              <AddressText address={a} />
            </div>
          ))}
        </section>
      </div>
      <h2 className="mb-2 text-xl font-semibold">Items Ordered</h2>
      <table className="mb-8 w-full text-left text-sm" aria-label="Items Ordered">
        <thead>
          <tr className="border-b bg-gray-100">
            <th className="p-2">Product</th>
            <th className="p-2">SKU</th>
            <th className="p-2 text-right">Price</th>
            <th className="p-2 text-right">Qty</th>
            <th className="p-2 text-right">Row Total</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((i) => (
            <tr key={i.id} className="border-b">
              <td className="p-2">{i.name}</td>
              <td className="p-2">{i.sku}</td>
              <td className="p-2 text-right">{formatMoney(i.price)}</td>
              <td className="p-2 text-right">{i.qty}</td>
              <td className="p-2 text-right">{formatMoney(i.rowTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="order-comments">
          <h2 id="order-comments" className="mb-2 text-xl font-semibold">
            Comments History
          </h2>
          {order.comments.length === 0 ? (
            <p>No comments.</p>
          ) : (
            <ul>
              {order.comments.map((c) => (
                <li key={c.id} className="mb-2 border-b pb-2">
                  <p className="text-sm text-gray-600">
                    {formatDateTime(c.createdAt)}
                    {c.status ? ` | ${c.status}` : ""} | {c.visibleOnFront ? "Visible on Storefront" : "Not Visible on Storefront"}
                  </p>
                  <p>{c.comment}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="order-totals">
          <h2 id="order-totals" className="mb-2 text-xl font-semibold">
            Order Totals
          </h2>
          <dl className="grid max-w-sm grid-cols-2 gap-1">
            <dt>Subtotal</dt>
            <dd className="text-right">{formatMoney(order.subtotal)}</dd>
            <dt>Shipping &amp; Handling</dt>
            <dd className="text-right">{formatMoney(order.shippingAmount)}</dd>
            {order.discountAmount ? (
              <>
                <dt>Discount{order.couponCode ? ` (${order.couponCode})` : ""}</dt>
                <dd className="text-right">-{formatMoney(order.discountAmount)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">Grand Total</dt>
            <dd className="text-right font-semibold">{formatMoney(order.grandTotal)}</dd>
          </dl>
        </section>
      </div>
    </section>
  );
}
