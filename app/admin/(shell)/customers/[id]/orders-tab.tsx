import Link from "next/link";
import type { CustomerForEdit } from "@/lib/customers/queries";
import { formatDateTime, formatMoney } from "@/lib/format";

/** Orders: the customer's orders, linked to the order view for an admin who may open it. */
export function OrdersTab({ orders, canViewOrders }: { orders: CustomerForEdit["orders"]; canViewOrders: boolean }) {
  return (
    <table className="w-full text-left text-sm" aria-label="Customer orders">
      <thead>
        <tr className="border-b">
          <th className="p-2">Order</th>
          <th className="p-2">Purchased</th>
          <th className="p-2">Bill-to Name</th>
          <th className="p-2">Purchase Point</th>
          <th className="p-2 text-right">Order Total</th>
          <th className="p-2">Status</th>
        </tr>
      </thead>
      <tbody>
        {orders.length === 0 ? (
          <tr>
            <td colSpan={6} className="p-2">
              We couldn&apos;t find any records.
            </td>
          </tr>
        ) : (
          orders.map((o) => (
            <tr key={o.id} className="border-b">
              <td className="p-2">
                {canViewOrders ? (
                  <Link className="text-brand underline" href={`/admin/sales/orders/${o.id}`}>
                    {o.incrementId}
                  </Link>
                ) : (
                  o.incrementId
                )}
              </td>
              <td className="p-2">{formatDateTime(o.createdAt)}</td>
              <td className="p-2">{o.billToName}</td>
              <td className="p-2">{o.storeView.name}</td>
              <td className="p-2 text-right">{formatMoney(o.grandTotal)}</td>
              <td className="p-2 capitalize">{o.status}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
