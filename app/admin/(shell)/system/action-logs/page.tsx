import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/admin-session";
import { db } from "@/lib/db";
import { ACTION_GROUP_NAMES, actionsPerDay, parseReportParams, queryActionReport } from "@/lib/action-log/report";
import type { RawSearchParams } from "@/lib/grid/params";
import { ActionReportGrid } from "./report-grid";

export const metadata: Metadata = { title: "Action Logs Report" };

export default async function ActionLogsReportPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireAdmin("system.action_logs.report");
  const sp = await searchParams;
  const params = parseReportParams(sp);
  const [result, perDay, users] = await Promise.all([
    queryActionReport(db, params),
    actionsPerDay(db, params),
    db.adminUser.findMany({ select: { username: true }, orderBy: { username: "asc" } }),
  ]);
  const raw: Record<string, string> = {};
  for (const k of ["from", "to", "group", "action", "ip", "username", "result", "fullActionName", "details"]) {
    const v = sp[k];
    raw[k] = (Array.isArray(v) ? v[0] : v) ?? "";
  }
  const max = Math.max(1, ...perDay.map((d) => d.count));
  return (
    <section>
      <h1 className="mb-6 text-3xl font-semibold">Action Logs Report</h1>
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
      <ActionReportGrid
        rows={result.rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))}
        total={result.total}
        totalCapped={result.totalIsCapped}
        page={params.page}
        pageSize={params.limit}
        sortDesc={params.sort === "desc"}
        filters={raw}
        groups={ACTION_GROUP_NAMES}
        usernames={users.map((u) => u.username)}
      />
    </section>
  );
}
