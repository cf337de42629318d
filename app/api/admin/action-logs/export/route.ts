// Export CSV of the filtered Actions Report rows, streamed page by page
// (keyset on id, never the whole result in memory). GET is read-only.
import { type NextRequest } from "next/server";
import { db } from "@/lib/db";
import { getAdmin } from "@/lib/auth/admin-session";
import { can } from "@/lib/acl/can";
import { parseReportParams, reportWhere } from "@/lib/action-log/report";
import { csvRow } from "@/lib/action-log/csv";
import { withDbUnavailable } from "@/lib/http/db-unavailable";

const HEADER = ["ID", "Time", "Action Group", "Action", "IP Address", "Username", "Result", "Error", "Full Action Name", "Customer ID", "Details"];
const BATCH = 1000;

export const GET = withDbUnavailable(async (req: NextRequest) => {
  const admin = await getAdmin();
  if (!admin) return Response.json({ error: "Sign in to the admin first." }, { status: 401 });
  if (!can(admin, "system.action_logs.report")) return Response.json({ error: "Sorry, you need permissions to view this content." }, { status: 403 });
  const params = parseReportParams(req.nextUrl.searchParams);
  const where = reportWhere(params);
  const desc = params.sort === "desc";
  let cursor: number | null = null;
  const encoder = new TextEncoder();

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow(HEADER)));
    },
    async pull(controller) {
      const rows = await db.actionLog.findMany({
        where: cursor === null ? where : { AND: [where, { id: desc ? { lt: cursor } : { gt: cursor } }] },
        orderBy: { id: desc ? "desc" : "asc" },
        take: BATCH,
        select: {
          id: true,
          createdAt: true,
          actionGroup: true,
          action: true,
          ip: true,
          username: true,
          result: true,
          errorMessage: true,
          fullActionName: true,
          customerId: true,
          details: true,
        },
      });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      cursor = rows[rows.length - 1].id;
      controller.enqueue(
        encoder.encode(
          rows
            .map((r) =>
              csvRow([r.id, r.createdAt, r.actionGroup, r.action, r.ip, r.username, r.result, r.errorMessage, r.fullActionName, r.customerId, r.details]),
            )
            .join(""),
        ),
      );
      if (rows.length < BATCH) controller.close();
    },
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/\D/g, "");
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="action-log-${stamp}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
