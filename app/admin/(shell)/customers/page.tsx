import type { Metadata } from "next";
import { HeaderLink, PageHeader } from "@/components/admin/page-header";
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
      <PageHeader title="Customers">{can(admin, "customers.edit") ? <HeaderLink href="/admin/customers/new">Add New Customer</HeaderLink> : null}</PageHeader>
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
