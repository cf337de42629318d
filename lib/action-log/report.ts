// The Actions Report query (SPEC 5.6): every filter, newest first, one page.
// Indexes: (actionGroup, username, createdAt), (actionGroup, createdAt),
// (username, createdAt), (createdAt): the common filters read one index range
// in time order and stop after the page. Counts are capped so a broad filter
// over millions of rows costs no more than a few pages.
import { z } from "zod";
import type { Db } from "@/lib/db-client";

export const PAGE_SIZES = [20, 50, 100, 200] as const;
export const COUNT_CAP = 10_000;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    // PostgreSQL text cannot hold NUL: such a filter is ignored like any malformed one
    .refine((v) => !v.includes("\u0000"))
    .optional()
    .transform((v) => (v ? v : undefined))
    .catch(undefined);

const dateTime = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const d = new Date(v);
    // years outside 1–9999 (e.g. "+275760-09-13") are valid in JavaScript but not to the database driver
    if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1 || d.getUTCFullYear() > 9999) {
      ctx.addIssue({ code: "custom", message: "invalid date" });
      return z.NEVER;
    }
    return d;
  })
  .catch(undefined);

export const reportParamsSchema = z.object({
  from: dateTime,
  to: dateTime,
  group: text(100),
  action: text(100),
  ip: text(64),
  username: text(255),
  result: z.enum(["success", "failure"]).optional().catch(undefined),
  fullActionName: text(255),
  details: text(255),
  sort: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  limit: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .default(50)
    .catch(50),
});

export type ReportParams = z.infer<typeof reportParamsSchema>;

/** Grid state from the URL; anything malformed falls back to its default (never an error). */
export function parseReportParams(search: Record<string, string | string[] | undefined> | URLSearchParams): ReportParams {
  const get = (k: string) => {
    const v = search instanceof URLSearchParams ? search.get(k) : search[k];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  const keys = Object.keys(reportParamsSchema.shape);
  return reportParamsSchema.parse(Object.fromEntries(keys.map((k) => [k, get(k)])));
}

export function reportWhere(p: ReportParams) {
  return {
    ...(p.group ? { actionGroup: p.group } : {}),
    ...(p.action ? { action: p.action } : {}),
    ...(p.ip ? { ip: { startsWith: p.ip } } : {}),
    ...(p.username ? { username: p.username } : {}),
    ...(p.result ? { result: p.result } : {}),
    ...(p.fullActionName ? { fullActionName: { contains: p.fullActionName } } : {}),
    ...(p.details ? { details: { contains: p.details } } : {}),
    ...(p.from || p.to ? { createdAt: { ...(p.from ? { gte: p.from } : {}), ...(p.to ? { lte: p.to } : {}) } } : {}),
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
  const [rows, counted] = await Promise.all([
    db.actionLog.findMany({
      where,
      orderBy: [{ createdAt: p.sort }, { id: p.sort }],
      skip: (p.page - 1) * p.limit,
      take: p.limit,
      select: REPORT_ROW_SELECT,
    }),
    // capped; ordered like the page so the database walks the same index and stops at the cap
    // (without an order Prisma adds ORDER BY id, and PostgreSQL scanned the primary key)
    db.actionLog.count({ where, take: COUNT_CAP + 1, orderBy: { createdAt: p.sort } }),
  ]);
  return { rows, total: Math.min(counted, COUNT_CAP), totalIsCapped: counted > COUNT_CAP };
}

export type ReportRow = Awaited<ReturnType<typeof queryActionReport>>["rows"][number];

/** Actions per day for the chart: the last `days` days of the filtered range, one indexed count per day. */
export async function actionsPerDay(db: Db, p: ReportParams, days = 14) {
  const end = p.to ?? new Date();
  const endDay = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) + 86_400_000;
  const where = reportWhere({ ...p, from: undefined, to: undefined });
  const buckets = Array.from({ length: days }, (_, i) => {
    const from = new Date(endDay - (days - i) * 86_400_000);
    const to = new Date(from.getTime() + 86_400_000);
    return { day: from.toISOString().slice(0, 10), from, to };
  }).filter((b) => !p.from || b.to > p.from);
  const counts = await Promise.all(
    buckets.map((b) =>
      db.actionLog.count({ where: { ...where, createdAt: { gte: p.from && p.from > b.from ? p.from : b.from, lt: p.to && p.to < b.to ? p.to : b.to } } }),
    ),
  );
  return buckets.map((b, i) => ({ day: b.day, count: counts[i] }));
}

export const ACTION_GROUP_NAMES = ["Login As Customer", "Admin Sign In", "Configuration", "Permissions", "Customers", "Sales"];
