import Link from "next/link";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { can } from "@/lib/acl/can";
import { dashboardSummary } from "@/lib/admin/dashboard";
import { formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const admin = await requireAdmin("dashboard");
  const showOrders = can(admin, "sales.orders");
  const { customerCount, orderCount, lastOrders } = await dashboardSummary({ withOrders: showOrders });
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Dashboard</h1>
      <dl className="mb-8 grid max-w-xl grid-cols-2 gap-4">
        <div className="rounded border p-4">
          <dt className="text-sm text-gray-600">Customers</dt>
          <dd className="text-2xl font-semibold">{customerCount}</dd>
        </div>
        <div className="rounded border p-4">
          <dt className="text-sm text-gray-600">Orders</dt>
          <dd className="text-2xl font-semibold">{orderCount}</dd>
        </div>
      </dl>
      {showOrders ? (
        <>
          <h2 className="mb-2 text-xl font-semibold">Last Orders</h2>
          <table className="min-w-[32rem] border-collapse text-left">
            <thead>
              <tr className="border-b">
                <th className="p-2">Order</th>
                <th className="p-2">Customer</th>
                <th className="p-2">Status</th>
                <th className="p-2 text-right">Total</th>
              </tr>
            </thead>
            <tbody>
              {lastOrders.map((o) => (
                <tr key={o.id} className="border-b">
                  <td className="p-2">
                    <Link className="text-brand underline" href={`/admin/sales/orders/${o.id}`}>
                      {o.incrementId}
                    </Link>
                  </td>
                  <td className="p-2">{o.billToName}</td>
                  <td className="p-2 capitalize">{o.status}</td>
                  <td className="p-2 text-right">{formatMoney(o.grandTotal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
