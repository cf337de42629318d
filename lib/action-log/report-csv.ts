// The Actions Report as CSV: the filtered rows of the report's own query, streamed a
// batch at a time (keyset on id, never the whole result in memory).
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { csvRow } from "./csv";
import { reportBatch, type ReportParams } from "./report";

export const REPORT_CSV_HEADER = [
  "ID",
  "Time",
  "Action Group",
  "Action",
  "IP Address",
  "Username",
  "Result",
  "Error",
  "Full Action Name",
  "Customer ID",
  "Details",
];
const BATCH = 1000;

export function actionReportCsv(p: ReportParams, client: Db = appDb): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: number | null = null;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow(REPORT_CSV_HEADER)));
    },
    async pull(controller) {
      const rows = await reportBatch(client, p, cursor, BATCH);
      if (rows.length === 0) {
        controller.close();
        return;
      }
      cursor = rows[rows.length - 1].id;
      const lines = rows.map((r) =>
        csvRow([r.id, r.createdAt, r.actionGroup, r.action, r.ip, r.username, r.result, r.errorMessage, r.fullActionName, r.customerId, r.details]),
      );
      controller.enqueue(encoder.encode(lines.join("")));
      if (rows.length < BATCH) controller.close();
    },
  });
}

/** The download's file name: action-log-<UTC timestamp>.csv */
export function actionReportFileName(now = new Date()): string {
  return `action-log-${now.toISOString().slice(0, 19).replace(/\D/g, "")}.csv`;
}
