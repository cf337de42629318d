import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { first, type RawSearchParams } from "@/lib/grid/params";
import { ORDER_STATUSES, parseOrderGridParams, queryOrderGrid } from "@/lib/orders/queries";
import { OrderGrid } from "./order-grid";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireAdmin("sales.orders");
  const sp = await searchParams;
  const params = parseOrderGridParams(sp);
  const result = await queryOrderGrid(params);
  const filters: Record<string, string> = {};
  for (const key of Object.keys(params.filters)) filters[key] = first(sp[`f_${key}`]) ?? "";
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Orders</h1>
      <OrderGrid
        {...result}
        page={params.page}
        pageSize={params.pageSize}
        sort={{ id: params.sort, desc: params.desc }}
        hidden={params.hidden}
        q={params.q}
        filters={filters}
        statuses={ORDER_STATUSES}
      />
    </section>
  );
}
