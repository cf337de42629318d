import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requireAdmin } from "@/lib/auth/admin-session";
import { getConfig } from "@/lib/config";
import { can } from "@/lib/acl/can";
import { gridView, type RawSearchParams } from "@/lib/grid/params";
import { LOG_GRID_SPEC, parseLogGridParams, queryLoginAsCustomerLog } from "@/lib/login-as-customer/log-queries";
import { Grid } from "@/components/admin/grid";
import { logColumns, type LogGridContext } from "./columns";
import { LOG_FILTERS } from "./filters";

export const metadata: Metadata = { title: "Login as Customer Log" };

export default async function LoginAsCustomerLogPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const admin = await requireAdmin("customers.lac.log");
  const config = await getConfig();
  // answered 403 by ./forbidden.tsx, which says "Login as Customer is disabled."
  if (!config.loginAsCustomerEnabled) forbidden();
  const params = parseLogGridParams(await searchParams);
  const result = await queryLoginAsCustomerLog(params);
  const context: LogGridContext = { canEnd: can(admin, "customers.lac.login") };
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Login as Customer Log</h1>
      <Grid label="Login as Customer Log" columns={logColumns} result={result} view={gridView(LOG_GRID_SPEC, params)} filters={LOG_FILTERS} context={context} />
    </section>
  );
}
