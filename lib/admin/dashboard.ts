// The admin dashboard's figures: how many customers and orders, and the last orders.
import "server-only";
import { db } from "@/lib/db";

export type DashboardOrder = { id: number; incrementId: string; billToName: string; grandTotal: number; status: string };

/** The last orders only for an admin who may see orders. */
export async function dashboardSummary(options: { withOrders: boolean }): Promise<{ customerCount: number; orderCount: number; lastOrders: DashboardOrder[] }> {
  const [customerCount, orderCount, lastOrders] = await Promise.all([
    db.customer.count(),
    db.order.count(),
    options.withOrders
      ? db.order.findMany({
          orderBy: { createdAt: "desc" },
          take: 5,
          select: { id: true, incrementId: true, billToName: true, grandTotal: true, status: true },
        })
      : Promise.resolve([]),
  ]);
  return { customerCount, orderCount, lastOrders };
}
