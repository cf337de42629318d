// Customer grid and customer edit queries. The grid is built to stay fast at
// 1,000,000 customers: keyword search is a prefix range on indexed columns
// (searchText = lower-case "first last email", email, lastName), the count is
// capped, only the page's columns are selected, group/website names come from
// two tiny lookup tables (no join per row, no N+1).
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { dateFilter, endOfDay, idFilter, parseGridParams, prefixUpperBound, textFilter, yesNoFilter, type GridParams, type RawSearchParams } from "@/lib/grid/params";

export const CUSTOMER_SORTS = ["id", "name", "email", "group", "website", "createdAt", "assistance"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export const CUSTOMER_GRID_SPEC = {
  sortColumns: CUSTOMER_SORTS,
  defaultSort: { id: "id" as CustomerSort, desc: true },
  filters: {
    idFrom: idFilter,
    idTo: idFilter,
    name: textFilter,
    email: textFilter,
    group: idFilter,
    website: idFilter,
    sinceFrom: dateFilter,
    sinceTo: dateFilter,
    assistance: yesNoFilter,
  },
  hideableColumns: ["id", "name", "email", "group", "website", "createdAt", "assistance"],
};

export type CustomerGridParams = GridParams<CustomerSort, typeof CUSTOMER_GRID_SPEC.filters>;

export function parseCustomerGridParams(sp: RawSearchParams): CustomerGridParams {
  return parseGridParams(sp, CUSTOMER_GRID_SPEC);
}

/** Above this many matches the grid says "1,000+ records" instead of counting them all. */
export const COUNT_CAP = 1000;

export type CustomerGridRow = {
  id: number;
  name: string;
  email: string;
  group: string;
  website: string;
  createdAt: string;
  assistance: boolean;
};

export type Lookup = { id: number; name: string }[];
export type CustomerGridResult = { rows: CustomerGridRow[]; total: number; totalCapped: boolean; hasNext: boolean; groups: Lookup; websites: Lookup };

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** A prefix match that can use a B-tree index: column >= p AND column < next(p). */
function prefix(column: "searchText" | "email" | "lastName" | "firstName", p: string): Prisma.CustomerWhereInput {
  return { [column]: { gte: p, lt: prefixUpperBound(p) } };
}

/** Keyword: prefix of "first last email", of the email or of the last name. */
function keywordWhere(q: string): Prisma.CustomerWhereInput {
  const kw = q.trim().toLowerCase().replace(/\s+/g, " ");
  const or: Prisma.CustomerWhereInput[] = [prefix("searchText", kw), prefix("email", kw)];
  // last names are stored as typed (usually "Costello"); try the capitalised form
  if (!kw.includes(" ") && !kw.includes("@")) or.push(prefix("lastName", capitalize(kw)));
  return { OR: or };
}

export function customerGridWhere(p: Pick<CustomerGridParams, "q" | "filters">): Prisma.CustomerWhereInput {
  const f = p.filters;
  const and: Prisma.CustomerWhereInput[] = [];
  if (p.q) and.push(keywordWhere(p.q));
  if (f.idFrom !== undefined || f.idTo !== undefined) and.push({ id: { gte: f.idFrom, lte: f.idTo } });
  if (f.name) {
    const n = f.name.trim().toLowerCase();
    and.push({ OR: [prefix("searchText", n), prefix("lastName", capitalize(n))] });
  }
  if (f.email) and.push(prefix("email", f.email.trim().toLowerCase()));
  if (f.group !== undefined) and.push({ groupId: f.group });
  if (f.website !== undefined) and.push({ websiteId: f.website });
  if (f.sinceFrom || f.sinceTo) and.push({ createdAt: { gte: f.sinceFrom, lt: f.sinceTo ? endOfDay(f.sinceTo) : undefined } });
  if (f.assistance !== undefined) and.push({ assistanceAllowed: f.assistance });
  return and.length ? { AND: and } : {};
}

function orderBy(sort: CustomerSort, desc: boolean): Prisma.CustomerOrderByWithRelationInput[] {
  const dir = desc ? "desc" : "asc";
  const by: Record<CustomerSort, Prisma.CustomerOrderByWithRelationInput[]> = {
    id: [{ id: dir }],
    name: [{ lastName: dir }, { firstName: dir }],
    email: [{ email: dir }],
    group: [{ groupId: dir }],
    website: [{ websiteId: dir }],
    createdAt: [{ createdAt: dir }],
    assistance: [{ assistanceAllowed: dir }],
  };
  return sort === "id" ? by.id : [...by[sort], { id: dir }];
}

// Groups and websites are a handful of rows that rarely change: kept for 30 s per
// process so a grid page costs two queries (rows, capped count), not four.
let lookupCache: { at: number; client: Db; value: { groups: Lookup; websites: Lookup } } | undefined;

export async function customerLookups(client: Db = appDb): Promise<{ groups: Lookup; websites: Lookup }> {
  if (lookupCache && lookupCache.client === client && Date.now() - lookupCache.at < 30_000) return lookupCache.value;
  const [groups, websites] = await Promise.all([
    client.customerGroup.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    client.website.findMany({ select: { id: true, name: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  lookupCache = { at: Date.now(), client, value: { groups, websites } };
  return lookupCache.value;
}

export async function queryCustomerGrid(p: CustomerGridParams, client: Db = appDb): Promise<CustomerGridResult> {
  const where = customerGridWhere(p);
  const skip = (p.page - 1) * p.pageSize;
  const [rows, counted, lookups] = await Promise.all([
    client.customer.findMany({
      where,
      orderBy: orderBy(p.sort, p.desc),
      skip,
      take: p.pageSize + 1,
      select: { id: true, firstName: true, lastName: true, email: true, groupId: true, websiteId: true, createdAt: true, assistanceAllowed: true },
    }),
    // capped: COUNT over a LIMIT subquery, never over the whole table
    client.customer.count({ where, take: skip + COUNT_CAP + 1 }),
    customerLookups(client),
  ]);
  const groups = new Map(lookups.groups.map((g) => [g.id, g.name]));
  const websites = new Map(lookups.websites.map((w) => [w.id, w.name]));
  const hasNext = rows.length > p.pageSize;
  const totalCapped = counted > skip + COUNT_CAP;
  return {
    rows: rows.slice(0, p.pageSize).map((r) => ({
      id: r.id,
      name: `${r.firstName} ${r.lastName}`,
      email: r.email,
      group: groups.get(r.groupId) ?? "",
      website: websites.get(r.websiteId) ?? "",
      createdAt: r.createdAt.toISOString(),
      assistance: r.assistanceAllowed,
    })),
    total: totalCapped ? skip + COUNT_CAP : counted,
    totalCapped,
    hasNext,
    groups: lookups.groups,
    websites: lookups.websites,
  };
}

export async function customerForEdit(id: number, client: Db = appDb) {
  return client.customer.findUnique({
    where: { id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      websiteId: true,
      storeViewId: true,
      groupId: true,
      assistanceAllowed: true,
      newsletterSubscribed: true,
      dob: true,
      gender: true,
      createdAt: true,
      updatedAt: true,
      defaultBillingId: true,
      website: { select: { name: true } },
      storeView: { select: { name: true } },
      group: { select: { name: true } },
      addresses: { orderBy: { id: "asc" } },
      orders: {
        orderBy: { createdAt: "desc" },
        take: 50,
        select: { id: true, incrementId: true, createdAt: true, billToName: true, grandTotal: true, status: true, storeView: { select: { name: true } } },
      },
      carts: {
        where: { isActive: true },
        take: 1,
        select: { items: { select: { id: true, qty: true, product: { select: { sku: true, name: true, price: true } } } } },
      },
      wishlistItems: { select: { id: true, createdAt: true, product: { select: { sku: true, name: true, price: true } } } },
    },
  });
}
export type CustomerForEdit = NonNullable<Awaited<ReturnType<typeof customerForEdit>>>;
