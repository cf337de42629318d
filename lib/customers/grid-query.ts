// The customer grid query. The grid is built to stay fast at
// 1,000,000 customers: keyword search is a prefix range on indexed columns
// (searchText = lower-case "first last email", email, lastName), the count is
// capped, only the page's columns are selected, group/website names come from
// two tiny lookup tables (no join per row, no N+1).
//
// The plan depends on how many customers match. Few (≤ SCAN_THRESHOLD): the prefix
// ranges find them through their indexes and the page is sorted in memory. Many
// (a common name): sorting them all would cost more than walking the sort
// column's index and keeping the first rows that match, so the rows query then
// writes the prefixes as LIKE 'kw%' (which neither database answers from a
// B-tree index with its default collation) and the planner walks the sort index.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-client";
import { Prisma } from "@/generated/prisma/client";
import { cappedTotal, countLimit } from "@/lib/grid/count";
import { endOfDay, prefixUpperBound } from "@/lib/grid/filters";
import type { CustomerGridParams, CustomerGridResult, CustomerSort } from "./grid-spec";
import { customerLookups } from "./lookups";
import { consentActive, consentActiveWhere, consentInactiveWhere } from "./consent";

/**
 * Above this many matches a page is found faster by walking the sort index (about
 * rows-in-table / matches × 50 rows read) than by sorting every match (see above).
 */
export const SCAN_THRESHOLD = 1000;

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** "seek": through the column's index (few matches); "scan": checked on rows the sort index yields (many matches). */
export type PrefixPlan = "seek" | "scan";

/** A prefix match: column >= p AND column < next(p) uses a B-tree index; LIKE 'p%' leaves the choice to the sort. */
function prefix(column: "searchText" | "email" | "lastName" | "firstName", p: string, plan: PrefixPlan): Prisma.CustomerWhereInput {
  return plan === "seek" ? { [column]: { gte: p, lt: prefixUpperBound(p) } } : { [column]: { startsWith: p } };
}

/** Keyword: prefix of "first last email", of the email or of the last name. */
function keywordWhere(q: string, plan: PrefixPlan): Prisma.CustomerWhereInput {
  const kw = q.trim().toLowerCase().replace(/\s+/g, " ");
  const or: Prisma.CustomerWhereInput[] = [prefix("searchText", kw, plan), prefix("email", kw, plan)];
  // last names are stored as typed (usually "Costello"); try the capitalised form
  if (!kw.includes(" ") && !kw.includes("@")) or.push(prefix("lastName", capitalize(kw), plan));
  return { OR: or };
}

/** `now`: the moment a consent grant is compared with (Allow Remote Shopping Assistance Yes/No). */
export function customerGridWhere(p: Pick<CustomerGridParams, "q" | "filters">, plan: PrefixPlan = "seek", now: Date = new Date()): Prisma.CustomerWhereInput {
  const f = p.filters;
  const and: Prisma.CustomerWhereInput[] = [];
  if (p.q) and.push(keywordWhere(p.q, plan));
  if (f.idFrom !== undefined || f.idTo !== undefined) and.push({ id: { gte: f.idFrom, lte: f.idTo } });
  if (f.name) {
    const n = f.name.trim().toLowerCase();
    and.push({ OR: [prefix("searchText", n, plan), prefix("lastName", capitalize(n), plan)] });
  }
  if (f.email) and.push(prefix("email", f.email.trim().toLowerCase(), plan));
  if (f.group !== undefined) and.push({ groupId: f.group });
  if (f.website !== undefined) and.push({ websiteId: f.website });
  if (f.sinceFrom || f.sinceTo) and.push({ createdAt: { gte: f.sinceFrom, lt: f.sinceTo ? endOfDay(f.sinceTo) : undefined } });
  // Yes: a grant that holds now; No: none given, withdrawn or run out
  if (f.assistance !== undefined) and.push(f.assistance ? consentActiveWhere(now) : consentInactiveWhere(now));
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

/**
 * How many customers match, up to `limit`: COUNT over a LIMIT subquery with no ORDER BY, so
 * the database stops at `limit` matches found through the prefix indexes (Prisma's count with
 * `take` adds ORDER BY id, which first collects and sorts every match). The same conditions
 * as customerGridWhere(p, "seek"), in SQL both databases run.
 */
export async function countCustomerMatches(client: Db, p: Pick<CustomerGridParams, "q" | "filters">, limit: number, now: Date = new Date()): Promise<number> {
  const sqlite = databaseProvider() === "sqlite";
  const col = (c: string) => Prisma.raw(`"${c}"`);
  const pre = (c: string, v: string) => Prisma.sql`(${col(c)} >= ${v} AND ${col(c)} < ${prefixUpperBound(v)})`;
  // SQLite keeps DateTime as ISO text with an explicit offset (as Prisma writes it); PostgreSQL as timestamp
  const at = (d: Date) => (sqlite ? d.toISOString().replace("Z", "+00:00") : d);
  const f = p.filters;
  const and: Prisma.Sql[] = [];
  if (p.q) {
    const kw = p.q.trim().toLowerCase().replace(/\s+/g, " ");
    const or = [pre("searchText", kw), pre("email", kw)];
    if (!kw.includes(" ") && !kw.includes("@")) or.push(pre("lastName", capitalize(kw)));
    and.push(Prisma.sql`(${Prisma.join(or, " OR ")})`);
  }
  if (f.idFrom !== undefined) and.push(Prisma.sql`"id" >= ${f.idFrom}`);
  if (f.idTo !== undefined) and.push(Prisma.sql`"id" <= ${f.idTo}`);
  if (f.name) {
    const n = f.name.trim().toLowerCase();
    and.push(Prisma.sql`(${pre("searchText", n)} OR ${pre("lastName", capitalize(n))})`);
  }
  if (f.email) and.push(pre("email", f.email.trim().toLowerCase()));
  if (f.group !== undefined) and.push(Prisma.sql`"groupId" = ${f.group}`);
  if (f.website !== undefined) and.push(Prisma.sql`"websiteId" = ${f.website}`);
  if (f.sinceFrom) and.push(Prisma.sql`"createdAt" >= ${at(f.sinceFrom)}`);
  if (f.sinceTo) and.push(Prisma.sql`"createdAt" < ${at(endOfDay(f.sinceTo))}`);
  const yes = sqlite ? 1 : true;
  const no = sqlite ? 0 : false;
  // as consentActiveWhere / consentInactiveWhere: the grant compared with `now`
  if (f.assistance === true)
    and.push(Prisma.sql`("assistanceAllowed" = ${yes} AND ("assistanceAllowedUntil" IS NULL OR "assistanceAllowedUntil" > ${at(now)}))`);
  if (f.assistance === false) and.push(Prisma.sql`("assistanceAllowed" = ${no} OR "assistanceAllowedUntil" <= ${at(now)})`);
  const where = and.length ? Prisma.sql`WHERE ${Prisma.join(and, " AND ")}` : Prisma.empty;
  const [row] = await client.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM (SELECT 1 FROM "Customer" ${where} LIMIT ${limit}) AS matches`;
  return Number(row.n);
}

export async function queryCustomerGrid(p: CustomerGridParams, client: Db = appDb, now: Date = new Date()): Promise<CustomerGridResult> {
  const where = customerGridWhere(p, "seek", now);
  const skip = (p.page - 1) * p.pageSize;
  const searching = Boolean(p.q || p.filters.name || p.filters.email);
  // capped: never over the whole table; it also tells the plan
  const [probe, lookups] = await Promise.all([countCustomerMatches(client, p, Math.max(countLimit(skip), SCAN_THRESHOLD + 1), now), customerLookups(client)]);
  const counted = Math.min(probe, countLimit(skip));
  const many = probe > SCAN_THRESHOLD;
  const rows = await client.customer.findMany({
    where: searching && many ? customerGridWhere(p, "scan", now) : where,
    orderBy: orderBy(p.sort, p.desc),
    skip,
    take: p.pageSize + 1,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      groupId: true,
      websiteId: true,
      createdAt: true,
      assistanceAllowed: true,
      assistanceAllowedUntil: true,
    },
  });
  const groups = new Map(lookups.groups.map((g) => [g.id, g.name]));
  const websites = new Map(lookups.websites.map((w) => [w.id, w.name]));
  const hasNext = rows.length > p.pageSize;
  return {
    rows: rows.slice(0, p.pageSize).map((r) => ({
      id: r.id,
      name: `${r.firstName} ${r.lastName}`,
      email: r.email,
      group: groups.get(r.groupId) ?? "",
      website: websites.get(r.websiteId) ?? "",
      createdAt: r.createdAt.toISOString(),
      assistance: consentActive(r, now),
    })),
    ...cappedTotal(counted, skip),
    hasNext,
    groups: lookups.groups,
    websites: lookups.websites,
  };
}
