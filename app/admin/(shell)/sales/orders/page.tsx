import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { gridView, type RawSearchParams } from "@/lib/grid/params";
import { ORDER_GRID_SPEC, parseOrderGridParams, queryOrderGrid } from "@/lib/orders/queries";
import { Grid } from "@/components/admin/grid";
import { orderColumns } from "./columns";
import { orderFilters } from "./filters";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireAdmin("sales.orders");
  const params = parseOrderGridParams(await searchParams);
  const { storeViews, ...result } = await queryOrderGrid(params);
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Orders</h1>
      <Grid label="Orders" columns={orderColumns} result={result} view={gridView(ORDER_GRID_SPEC, params)} filters={orderFilters(storeViews)} search />
    </section>
  );
}
