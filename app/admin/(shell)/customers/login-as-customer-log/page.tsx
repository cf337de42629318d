import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getConfig } from "@/lib/config";
import { can } from "@/lib/acl/can";
import { first, type RawSearchParams } from "@/lib/grid/params";
import { parseLogGridParams, queryLoginAsCustomerLog } from "@/lib/login-as-customer/log-queries";
import { LoginAsCustomerLogGrid } from "./log-grid";

export const metadata: Metadata = { title: "Login as Customer Log" };

export default async function LoginAsCustomerLogPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const admin = await requireAdmin("customers.lac.log");
  const config = await getConfig();
  // answered 403 by ./forbidden.tsx, which says "Login as Customer is disabled."
  if (!config.loginAsCustomerEnabled) forbidden();
  const sp = await searchParams;
  const params = parseLogGridParams(sp);
  const result = await queryLoginAsCustomerLog(params);
  const filters: Record<string, string> = {};
  for (const key of Object.keys(params.filters)) filters[key] = first(sp[`f_${key}`]) ?? "";
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Login as Customer Log</h1>
      <LoginAsCustomerLogGrid
        {...result}
        page={params.page}
        pageSize={params.pageSize}
        sort={{ id: params.sort, desc: params.desc }}
        hidden={params.hidden}
        filters={filters}
        canEnd={can(admin, "customers.lac.login")}
      />
    </section>
  );
}
