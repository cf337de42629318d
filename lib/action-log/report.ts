// The Actions Report query: every filter, newest first, one page.
// Indexes: (actionGroup, username, createdAt), (actionGroup, createdAt),
// (username, createdAt), (createdAt): the common filters read one index range
// in time order and stop after the page. Counts are capped so a broad filter
// over millions of rows costs no more than a few pages.
// The grid protocol is every grid's (lib/grid/params.ts): f_from, f_group, …, sort, dir, page, size.
import { z } from "zod";
import type { Db } from "@/lib/db-client";
import { cappedCount } from "@/lib/grid/count";
import { dateTimeFilter } from "@/lib/grid/filters";
import { parseGridParams, searchParamsOf, type RawSearchParams } from "@/lib/grid/params";
import type { GridParams } from "@/lib/grid/spec";

const text = (max: number) => z.string().min(1).max(max);

export const REPORT_GRID_SPEC = {
  // the indexes serve time order only
  sortColumns: ["createdAt"] as const,
  defaultSort: { id: "createdAt" as const, desc: true },
  defaultPageSize: 50 as const,
  filters: {
    from: dateTimeFilter,
    to: dateTimeFilter,
    group: text(100),
    action: text(100),
    ip: text(64),
    username: text(255),
    result: z.enum(["success", "failure"]),
    fullActionName: text(255),
    details: text(255),
  },
  countCap: 10_000,
};

export type ReportFilter = keyof typeof REPORT_GRID_SPEC.filters;
export type ReportParams = GridParams<"createdAt", typeof REPORT_GRID_SPEC.filters>;

/** Grid state from the URL (a page's searchParams or a request's); anything malformed falls back to its default. */
export function parseReportParams(search: RawSearchParams | URLSearchParams): ReportParams {
  return parseGridParams(search instanceof URLSearchParams ? searchParamsOf(search) : search, REPORT_GRID_SPEC);
}

export function reportWhere(p: Pick<ReportParams, "filters">) {
  const f = p.filters;
  return {
    ...(f.group ? { actionGroup: f.group } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.ip ? { ip: { startsWith: f.ip } } : {}),
    ...(f.username ? { username: f.username } : {}),
    ...(f.result ? { result: f.result } : {}),
    ...(f.fullActionName ? { fullActionName: { contains: f.fullActionName } } : {}),
    ...(f.details ? { details: { contains: f.details } } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } } : {}),
  };
}

export const REPORT_ROW_SELECT = {
  id: true,
  createdAt: true,
  actionGroup: true,
  action: true,
  ip: true,
  username: true,
  result: true,
  errorMessage: true,
  fullActionName: true,
  details: true,
  customerId: true,
} as const;

export async function queryActionReport(db: Db, p: ReportParams) {
  const where = reportWhere(p);
  const dir = p.desc ? "desc" : "asc";
  const skip = (p.page - 1) * p.pageSize;
  const [rows, count] = await Promise.all([
    db.actionLog.findMany({ where, orderBy: [{ createdAt: dir }, { id: dir }], skip, take: p.pageSize + 1, select: REPORT_ROW_SELECT }),
    // capped; ordered like the page so the database walks the same index and stops at the cap
    // (without an order Prisma adds ORDER BY id, and PostgreSQL scanned the primary key)
    cappedCount((take) => db.actionLog.count({ where, take, orderBy: { createdAt: dir } }), skip, REPORT_GRID_SPEC.countCap),
  ]);
  return { rows: rows.slice(0, p.pageSize), hasNext: rows.length > p.pageSize, ...count };
}

export type ReportRow = Awaited<ReturnType<typeof queryActionReport>>["rows"][number];

/** One batch of the export, in id order after `cursor` (keyset: never the whole result in memory). */
export async function reportBatch(db: Db, p: ReportParams, cursor: number | null, take: number) {
  const where = reportWhere(p);
  return db.actionLog.findMany({
    where: cursor === null ? where : { AND: [where, { id: p.desc ? { lt: cursor } : { gt: cursor } }] },
    orderBy: { id: p.desc ? "desc" : "asc" },
    take,
    select: REPORT_ROW_SELECT,
  });
}

/** Actions per day for the chart: the last `days` days of the filtered range, one indexed count per day. */
export async function actionsPerDay(db: Db, p: ReportParams, days = 14) {
  const { from, to } = p.filters;
  const end = to ?? new Date();
  const endDay = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) + 86_400_000;
  const where = reportWhere({ filters: { ...p.filters, from: undefined, to: undefined } });
  const buckets = Array.from({ length: days }, (_, i) => {
    const start = new Date(endDay - (days - i) * 86_400_000);
    return { day: start.toISOString().slice(0, 10), from: start, to: new Date(start.getTime() + 86_400_000) };
  }).filter((b) => !from || b.to > from);
  const counts = await Promise.all(
    buckets.map((b) => db.actionLog.count({ where: { ...where, createdAt: { gte: from && from > b.from ? from : b.from, lt: to && to < b.to ? to : b.to } } })),
  );
  return buckets.map((b, i) => ({ day: b.day, count: counts[i] }));
}

/** The Username filter's choices. */
export async function reportUsernames(db: Db): Promise<string[]> {
  return (await db.adminUser.findMany({ select: { username: true }, orderBy: { username: "asc" } })).map((u) => u.username);
}

export const ACTION_GROUP_NAMES = ["Login As Customer", "Admin Sign In", "Configuration", "Permissions", "Customers", "Sales"];
