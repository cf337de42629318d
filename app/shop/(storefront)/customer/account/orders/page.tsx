import type { Metadata } from "next";
import Link from "next/link";
import { requireShopper } from "@/lib/auth/shop-session";
import { formatDate, formatMoney } from "@/lib/format";
import { customerOrders } from "@/lib/orders/customer-orders";
import { orderStatusLabel } from "@/lib/orders/status";
import { AccountShell } from "@/components/shop/account-nav";

export const metadata: Metadata = { title: "My Orders" };

export default async function MyOrdersPage() {
  const shopper = await requireShopper();
  const orders = await customerOrders(shopper.id);
  return (
    <AccountShell current="/shop/customer/account/orders">
      <h1 className="mb-6 text-3xl font-semibold">My Orders</h1>
      {orders.length === 0 ? (
        <p>You have placed no orders.</p>
      ) : (
        <table className="w-full text-left">
          <caption className="sr-only">Orders</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2">
                Order #
              </th>
              <th scope="col">Date</th>
              <th scope="col">Ship To</th>
              <th scope="col">Order Total</th>
              <th scope="col">Status</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id} className="border-b">
                <td className="py-2">{o.incrementId}</td>
                <td>{formatDate(o.createdAt)}</td>
                <td>{o.billToName}</td>
                <td>{formatMoney(o.grandTotal)}</td>
                <td>{orderStatusLabel(o.status)}</td>
                <td>
                  <Link href={`/shop/customer/account/orders/${o.id}`} className="text-brand underline" aria-label={`View Order ${o.incrementId}`}>
                    View Order
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AccountShell>
  );
}
