// The Login as Customer Log grid: one row per session that started (the secret was redeemed).
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { cappedCount } from "@/lib/grid/count";
import { dateFilter, endOfDay, idFilter, parseGridParams, prefixUpperBound, textFilter, type GridParams, type RawSearchParams } from "@/lib/grid/params";
import { z } from "zod";

// the session id is random: sorting by it would mean nothing
export const LOG_SORTS = ["customerId", "customerEmail", "adminUserId", "adminName", "startedAt", "storeViewName", "endedAt", "endReason"] as const;
export type LogSort = (typeof LOG_SORTS)[number];

export const LOG_GRID_SPEC = {
  sortColumns: LOG_SORTS,
  defaultSort: { id: "startedAt" as LogSort, desc: true },
  filters: {
    id: z.string().min(1).max(64),
    customerId: idFilter,
    customerEmail: textFilter,
    adminUserId: idFilter,
    adminName: textFilter,
    from: dateFilter,
    to: dateFilter,
    storeView: textFilter,
    status: z.enum(["active", "ended"]),
    endReason: textFilter,
    reason: textFilter,
    access: z.enum(["view", "assist"]),
  },
  hideableColumns: ["id", "customerId", "customerEmail", "adminUserId", "adminName", "startedAt", "storeViewName", "access", "reason", "endedAt", "endReason"],
  countCap: 10_000,
};

export type LogFilter = keyof typeof LOG_GRID_SPEC.filters;

export type LogGridParams = GridParams<LogSort, typeof LOG_GRID_SPEC.filters>;
export const parseLogGridParams = (sp: RawSearchParams): LogGridParams => parseGridParams(sp, LOG_GRID_SPEC);

export type LogRow = {
  id: string;
  customerId: number;
  customerEmail: string;
  adminUserId: number;
  adminName: string;
  startedAt: string;
  storeViewName: string;
  endedAt: string | null;
  endReason: string | null;
  reason: string;
  access: "view" | "assist";
};

export async function queryLoginAsCustomerLog(p: LogGridParams, db: Db = appDb) {
  const f = p.filters;
  const where = {
    ...(f.id ? { id: f.id } : {}),
    ...(f.customerId ? { customerId: f.customerId } : {}),
    ...(f.customerEmail ? { customerEmail: { gte: f.customerEmail.toLowerCase(), lt: prefixUpperBound(f.customerEmail.toLowerCase()) } } : {}),
    ...(f.adminUserId ? { adminUserId: f.adminUserId } : {}),
    ...(f.adminName ? { adminName: { contains: f.adminName } } : {}),
    ...(f.storeView ? { storeViewName: { contains: f.storeView } } : {}),
    ...(f.endReason ? { endReason: { contains: f.endReason } } : {}),
    ...(f.reason ? { reason: { contains: f.reason } } : {}),
    ...(f.access ? { access: f.access } : {}),
    ...(f.status === "active" ? { endedAt: null } : f.status === "ended" ? { NOT: { endedAt: null } } : {}),
    ...(f.from || f.to ? { startedAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: endOfDay(f.to) } : {}) } } : {}),
  };
  const dir = p.desc ? "desc" : "asc";
  const skip = (p.page - 1) * p.pageSize;
  const [rows, count] = await Promise.all([
    db.loginAsCustomerSession.findMany({
      where,
      orderBy: [{ [p.sort]: dir }, { startedAt: "desc" }],
      skip,
      take: p.pageSize + 1,
      select: {
        id: true,
        customerId: true,
        customerEmail: true,
        adminUserId: true,
        adminName: true,
        startedAt: true,
        storeViewName: true,
        endedAt: true,
        endReason: true,
        reason: true,
        access: true,
      },
    }),
    cappedCount((take) => db.loginAsCustomerSession.count({ where, take }), skip, LOG_GRID_SPEC.countCap),
  ]);
  return {
    rows: rows.slice(0, p.pageSize).map((r) => ({ ...r, startedAt: r.startedAt.toISOString(), endedAt: r.endedAt?.toISOString() ?? null })) as LogRow[],
    hasNext: rows.length > p.pageSize,
    ...count,
  };
}
