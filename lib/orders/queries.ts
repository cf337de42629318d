// Orders grid and order view (Sales › Orders). Indexed sorts and filters only
// (createdAt, status, billToName, grandTotal, storeViewId), one page selected.
import "server-only";
import { z } from "zod";
import { db as appDb, type Db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { cappedCount } from "@/lib/grid/count";
import { dateFilter, endOfDay, idFilter, parseGridParams, prefixUpperBound, textFilter, type GridParams, type RawSearchParams } from "@/lib/grid/params";
import { parseMoney } from "@/lib/format";

export const ORDER_SORTS = ["incrementId", "createdAt", "billToName", "grandTotal", "status", "storeView"] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];
export const ORDER_STATUSES = ["pending", "processing", "complete", "canceled", "closed", "holded"] as const;

const moneyFilter = z.string().transform((v, ctx) => {
  const cents = parseMoney(v);
  if (cents === null) {
    ctx.addIssue({ code: "custom", message: "not money" });
    return z.NEVER;
  }
  return cents;
});

export const ORDER_GRID_SPEC = {
  sortColumns: ORDER_SORTS,
  defaultSort: { id: "createdAt" as OrderSort, desc: true },
  filters: {
    incrementId: z.string().regex(/^\d{1,12}$/),
    dateFrom: dateFilter,
    dateTo: dateFilter,
    billToName: textFilter,
    totalFrom: moneyFilter,
    totalTo: moneyFilter,
    status: z.enum(ORDER_STATUSES),
    storeView: idFilter,
  },
  hideableColumns: ["incrementId", "createdAt", "billToName", "grandTotal", "status", "storeView"],
};

export type OrderFilter = keyof typeof ORDER_GRID_SPEC.filters;
export type OrderGridParams = GridParams<OrderSort, typeof ORDER_GRID_SPEC.filters>;
export const parseOrderGridParams = (sp: RawSearchParams): OrderGridParams => parseGridParams(sp, ORDER_GRID_SPEC);

export type OrderGridRow = {
  id: number;
  incrementId: string;
  createdAt: string;
  billToName: string;
  grandTotal: number;
  status: string;
  storeView: string;
  customerId: number | null;
};

export function orderGridWhere(p: Pick<OrderGridParams, "filters" | "q">): Prisma.OrderWhereInput {
  const f = p.filters;
  const and: Prisma.OrderWhereInput[] = [];
  const kw = p.q.trim();
  if (kw) {
    const cap = kw[0].toUpperCase() + kw.slice(1);
    and.push({
      OR: [
        { incrementId: { gte: kw, lt: prefixUpperBound(kw) } },
        { billToName: { gte: cap, lt: prefixUpperBound(cap) } },
        { customerEmail: { gte: kw, lt: prefixUpperBound(kw) } },
      ],
    });
  }
  if (f.incrementId) and.push({ incrementId: { gte: f.incrementId, lt: prefixUpperBound(f.incrementId) } });
  if (f.dateFrom || f.dateTo) and.push({ createdAt: { gte: f.dateFrom, lt: f.dateTo ? endOfDay(f.dateTo) : undefined } });
  if (f.billToName) and.push({ billToName: { gte: f.billToName, lt: prefixUpperBound(f.billToName) } });
  if (f.totalFrom !== undefined || f.totalTo !== undefined) and.push({ grandTotal: { gte: f.totalFrom, lte: f.totalTo } });
  if (f.status) and.push({ status: f.status });
  if (f.storeView !== undefined) and.push({ storeViewId: f.storeView });
  return and.length ? { AND: and } : {};
}

export async function queryOrderGrid(p: OrderGridParams, client: Db = appDb) {
  const where = orderGridWhere(p);
  const dir = p.desc ? "desc" : "asc";
  const sortBy: Record<OrderSort, Prisma.OrderOrderByWithRelationInput> = {
    incrementId: { incrementId: dir },
    createdAt: { createdAt: dir },
    billToName: { billToName: dir },
    grandTotal: { grandTotal: dir },
    status: { status: dir },
    storeView: { storeViewId: dir },
  };
  const skip = (p.page - 1) * p.pageSize;
  const [rows, count, storeViews] = await Promise.all([
    client.order.findMany({
      where,
      orderBy: [sortBy[p.sort], { id: dir }],
      skip,
      take: p.pageSize + 1,
      select: { id: true, incrementId: true, createdAt: true, billToName: true, grandTotal: true, status: true, storeViewId: true, customerId: true },
    }),
    cappedCount((take) => client.order.count({ where, take }), skip),
    client.storeView.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
  ]);
  const names = new Map(storeViews.map((s) => [s.id, s.name]));
  return {
    rows: rows.slice(0, p.pageSize).map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), storeView: names.get(r.storeViewId) ?? "" })) as OrderGridRow[],
    ...count,
    hasNext: rows.length > p.pageSize,
    storeViews,
  };
}

export async function orderForView(id: number, client: Db = appDb) {
  return client.order.findUnique({
    where: { id },
    include: {
      items: { orderBy: { id: "asc" } },
      addresses: { orderBy: { type: "asc" } },
      comments: { orderBy: { createdAt: "desc" } },
      storeView: { select: { name: true, website: { select: { name: true } } } },
    },
  });
}
