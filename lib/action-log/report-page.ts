// What the Actions Report page reads: one grid page with its chart and filter choices.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { actionsPerDay, queryActionReport, reportUsernames, type ReportParams } from "./report";

export async function loadActionReport(p: ReportParams, client: Db = appDb) {
  const [result, perDay, usernames] = await Promise.all([queryActionReport(client, p), actionsPerDay(client, p), reportUsernames(client)]);
  return { ...result, rows: result.rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), perDay, usernames };
}

export type ReportGridRow = Awaited<ReturnType<typeof loadActionReport>>["rows"][number];
