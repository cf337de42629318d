// Export CSV of the filtered Actions Report rows: the report grid's own URL parameters
// (f_group, f_from, …, dir), streamed. GET is read-only.
import { adminRoute } from "@/lib/http/admin-route";
import { parseReportParams } from "@/lib/action-log/report";
import { actionReportCsv, actionReportFileName } from "@/lib/action-log/report-csv";

export const GET = adminRoute("system.action_logs.report", async (req) => {
  const params = parseReportParams(new URL(req.url).searchParams);
  return new Response(actionReportCsv(params), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${actionReportFileName()}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
