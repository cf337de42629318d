import Link from "next/link";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { can } from "@/lib/acl/can";
import { CUSTOMER_GRID_SPEC, parseCustomerGridParams } from "@/lib/customers/grid-spec";
import { queryCustomerGrid } from "@/lib/customers/grid-query";
import { gridView, type RawSearchParams } from "@/lib/grid/params";
import { Grid } from "@/components/admin/grid";
import { customerColumns } from "./columns";
import { customerFilters } from "./filters";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const admin = await requireAdmin("customers.all");
  const params = parseCustomerGridParams(await searchParams);
  const { groups, websites, ...result } = await queryCustomerGrid(params);
  return (
    <section>
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-3xl font-semibold">Customers</h1>
        {can(admin, "customers.edit") ? (
          <Link href="/admin/customers/new" className="rounded bg-brand px-4 py-2 font-medium text-white">
            Add New Customer
          </Link>
        ) : null}
      </div>
      <Grid
        label="Customers"
        columns={customerColumns}
        result={result}
        view={gridView(CUSTOMER_GRID_SPEC, params)}
        filters={customerFilters({ groups, websites })}
        search
        clearAll
      />
    </section>
  );
}
