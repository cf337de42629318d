import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { gridView, type RawSearchParams } from "@/lib/grid/params";
import { queryEmailLog } from "@/lib/mail/email-log";
import { EMAIL_LOG_GRID_SPEC, parseEmailLogParams } from "@/lib/mail/email-log-spec";
import { Grid } from "@/components/admin/grid";
import { emailLogColumns } from "./columns";
import { EMAIL_LOG_FILTERS } from "./filters";

export const metadata: Metadata = { title: "Email Log" };

export default async function EmailLogPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireAdmin("system.email_log");
  const params = parseEmailLogParams(await searchParams);
  const result = await queryEmailLog(params);
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Email Log</h1>
      <Grid
        label="Email Log"
        columns={emailLogColumns}
        result={result}
        view={gridView(EMAIL_LOG_GRID_SPEC, params)}
        filters={EMAIL_LOG_FILTERS}
        search
        clearAll
      />
    </section>
  );
}
