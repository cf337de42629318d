import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { REPORT_GRID_SPEC, parseReportParams } from "@/lib/action-log/report";
import { loadActionReport } from "@/lib/action-log/report-page";
import { loadIntegrityStatus, type IntegrityStatus } from "@/lib/action-log/verify-status";
import { gridView, searchStringOf, type RawSearchParams } from "@/lib/grid/params";
import { Grid } from "@/components/admin/grid";
import { Alert } from "@/components/ui/alert";
import { reportColumns } from "./columns";
import { reportFilters } from "./filters";

export const metadata: Metadata = { title: "Action Logs Report" };

export default async function ActionLogsReportPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireAdmin("system.action_logs.report");
  const sp = await searchParams;
  const params = parseReportParams(sp);
  const [{ perDay, usernames, ...result }, integrity] = await Promise.all([loadActionReport(params), loadIntegrityStatus()]);
  const max = Math.max(1, ...perDay.map((d) => d.count));
  // the export takes the grid's own parameters: the filtered rows, every page
  const exportHref = `/api/admin/action-logs/export?${searchStringOf(sp, ["page", "size"])}`;
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Action Logs Report</h1>
      <IntegrityLine status={integrity} />
      <figure className="mb-6 max-w-3xl" aria-labelledby="per-day-caption">
        <figcaption id="per-day-caption" className="mb-2 text-sm font-medium">
          Actions per day (filtered, last {perDay.length} days of the range)
        </figcaption>
        <ol className="flex h-24 items-end gap-1 border-b border-gray-400">
          {perDay.map((d) => (
            <li key={d.day} className="flex-1" title={`${d.day}: ${d.count}`}>
              <span className="sr-only">
                {d.day}: {d.count}
              </span>
              <span aria-hidden="true" className="block bg-brand" style={{ height: `${Math.round((d.count / max) * 88)}px` }} />
            </li>
          ))}
        </ol>
      </figure>
      <Grid
        label="Action Logs"
        columns={reportColumns}
        result={result}
        view={gridView(REPORT_GRID_SPEC, params)}
        filters={reportFilters(usernames)}
        filterActions={
          <a href={exportHref} className="rounded border border-gray-400 bg-white px-4 py-1">
            Export CSV
          </a>
        }
      />
    </section>
  );
}

/** SPEC 10.8: what the latest `npm run log:verify` found. */
function IntegrityLine({ status }: { status: IntegrityStatus }) {
  if (status.state === "never") {
    return (
      <p role="status" className="mb-4 text-sm">
        Integrity not verified yet. Run npm run log:verify.
      </p>
    );
  }
  const checked = (
    <span className="ml-2 text-gray-700">
      (checked <time dateTime={status.at}>{status.at.replace("T", " ").slice(0, 19)} UTC</time>)
    </span>
  );
  if (status.state === "failed") {
    return (
      <Alert kind="error">
        <strong>Integrity check failed at entry {status.failedEntry}</strong>
        {checked}
        <span className="block text-sm">{status.message}</span>
      </Alert>
    );
  }
  return (
    <p role="status" className="mb-4 text-sm">
      <strong>
        {status.throughEntryId === null ? "Integrity verified: no entries sealed yet" : `Integrity verified through entry ${status.throughEntryId}`}
      </strong>
      {checked}
    </p>
  );
}
