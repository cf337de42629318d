import Link from "next/link";
import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { can } from "@/lib/acl/can";
import { parseCustomerGridParams, queryCustomerGrid } from "@/lib/customers/queries";
import { first, type RawSearchParams } from "@/lib/grid/params";
import { CustomerGrid } from "./customer-grid";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const admin = await requireAdmin("customers.all");
  const sp = await searchParams;
  const params = parseCustomerGridParams(sp);
  const result = await queryCustomerGrid(params);
  // raw (valid) filter values back into the form fields
  const filters: Record<string, string> = {};
  for (const key of Object.keys(params.filters)) filters[key] = first(sp[`f_${key}`]) ?? "";
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
      <CustomerGrid
        {...result}
        page={params.page}
        pageSize={params.pageSize}
        sort={{ id: params.sort, desc: params.desc }}
        hidden={params.hidden}
        q={params.q}
        filters={filters}
      />
    </section>
  );
}
