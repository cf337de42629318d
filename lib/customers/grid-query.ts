// The customer grid query. The grid is built to stay fast at
// 1,000,000 customers: keyword search is a prefix range on indexed columns
// (searchText = lower-case "first last email", email, lastName), the count is
// capped, only the page's columns are selected, group/website names come from
// two tiny lookup tables (no join per row, no N+1).
//
// Both statements are SQL written here, not Prisma's findMany: at this size the
// database answers a page in a millisecond or two, and building a findMany cost
// the process several more (measured: 12 ms against 5 ms for the same statement).
//
// The plan depends on how many customers match. Few (≤ SCAN_THRESHOLD): the prefix
// ranges find them through their indexes and the page is sorted in memory. Many
// (a common name): sorting them all would cost more than walking the sort
// column's index and keeping the first rows that match. PostgreSQL weighs that
// itself from its statistics, so there the page and the count run side by side.
// SQLite does not, so there the count comes first and, past the threshold, the
// page writes the prefixes as LIKE 'kw%' (which SQLite does not answer from a
// B-tree index with its default collation) and the planner walks the sort index.
import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { databaseProvider } from "@/lib/db-client";
import { Prisma } from "@/generated/prisma/client";
import { cappedTotal, countLimit } from "@/lib/grid/count";
import { endOfDay, prefixUpperBound } from "@/lib/grid/filters";
import type { CustomerGridParams, CustomerGridResult, CustomerSort } from "./grid-spec";
import { customerLookups } from "./lookups";
import { consentActive } from "./consent";

/**
 * Above this many matches a page is found faster by walking the sort index (about
 * rows-in-table / matches × 50 rows read) than by sorting every match (see above): the two
 * cost the same near √(50 × rows-in-table) matches, about 7,000 at 1,000,000 customers (at
 * 1,000 a keyword with 5,000 matches walked 10,000 rows for its page instead of reading 5,000).
 */
export const SCAN_THRESHOLD = 7000;

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** "seek": through the column's index (few matches); "scan": checked on rows the sort index yields (many matches). */
export type PrefixPlan = "seek" | "scan";

type GridFilterParams = Pick<CustomerGridParams, "q" | "filters">;

/**
 * The grid's conditions in SQL both databases run: `ors`, the prefixes a customer may match by
 * (the keyword's, the name filter's: each one OR), and `and`, every other condition.
 * `now`: the moment a consent grant is compared with (Allow Remote Shopping Assistance Yes/No).
 */
function gridConditions(p: GridFilterParams, plan: PrefixPlan, now: Date): { ors: Prisma.Sql[][]; and: Prisma.Sql[] } {
  const sqlite = databaseProvider() === "sqlite";
  // a prefix: column >= p AND column < next(p) uses a B-tree index; LIKE 'p%' leaves the choice to the sort
  const pre = (c: "searchText" | "email" | "lastName", v: string) => {
    const column = Prisma.raw(`"${c}"`);
    if (plan === "seek") return Prisma.sql`(${column} >= ${v} AND ${column} < ${prefixUpperBound(v)})`;
    return Prisma.sql`${column} LIKE ${`${v.replace(/[\\%_]/g, "\\$&")}%`} ESCAPE '\\'`;
  };
  // SQLite keeps DateTime as ISO text with an explicit offset (as Prisma writes it); PostgreSQL as timestamp
  const at = (d: Date) => (sqlite ? d.toISOString().replace("Z", "+00:00") : d);
  const f = p.filters;
  const ors: Prisma.Sql[][] = [];
  const and: Prisma.Sql[] = [];
  if (p.q) {
    // keyword: prefix of "first last email", of the email or of the last name
    const kw = p.q.trim().toLowerCase().replace(/\s+/g, " ");
    const or = [pre("searchText", kw), pre("email", kw)];
    // last names are stored as typed (usually "Costello"); try the capitalised form
    if (!kw.includes(" ") && !kw.includes("@")) or.push(pre("lastName", capitalize(kw)));
    ors.push(or);
  }
  if (f.idFrom !== undefined) and.push(Prisma.sql`"id" >= ${f.idFrom}`);
  if (f.idTo !== undefined) and.push(Prisma.sql`"id" <= ${f.idTo}`);
  if (f.name) {
    const n = f.name.trim().toLowerCase();
    ors.push([pre("searchText", n), pre("lastName", capitalize(n))]);
  }
  if (f.email) and.push(pre("email", f.email.trim().toLowerCase()));
  if (f.group !== undefined) and.push(Prisma.sql`"groupId" = ${f.group}`);
  if (f.website !== undefined) and.push(Prisma.sql`"websiteId" = ${f.website}`);
  if (f.sinceFrom) and.push(Prisma.sql`"createdAt" >= ${at(f.sinceFrom)}`);
  if (f.sinceTo) and.push(Prisma.sql`"createdAt" < ${at(endOfDay(f.sinceTo))}`);
  const yes = sqlite ? 1 : true;
  const no = sqlite ? 0 : false;
  // Yes: a grant that holds now; No: none given, withdrawn or run out (as consentActive)
  if (f.assistance === true)
    and.push(Prisma.sql`("assistanceAllowed" = ${yes} AND ("assistanceAllowedUntil" IS NULL OR "assistanceAllowedUntil" > ${at(now)}))`);
  if (f.assistance === false) and.push(Prisma.sql`("assistanceAllowed" = ${no} OR "assistanceAllowedUntil" <= ${at(now)})`);
  return { ors, and };
}

const whereOf = (conds: Prisma.Sql[]) => (conds.length ? Prisma.sql`WHERE ${Prisma.join(conds, " AND ")}` : Prisma.empty);
const anyOf = (or: Prisma.Sql[]) => Prisma.sql`(${Prisma.join(or, " OR ")})`;

/**
 * How many customers match, up to `limit`. A keyword (or name) is an OR of prefixes on several
 * columns, which neither database reads from one index in a way that stops early (PostgreSQL
 * builds a bitmap of every match first). So each prefix is counted on its own, through its own
 * index, up to `limit` rows, and the ids are joined: UNION drops a customer two prefixes both
 * found. If every part stopped short of `limit` it found all of its matches, so the joined count
 * is exact; if one reached it, so did the total, and the others are not read (each part is
 * counted alone first, in order, and joined only when none is full). With websiteId and id in
 * those indexes, the common filters are answered from the indexes alone.
 */
export async function countCustomerMatches(client: Db, p: GridFilterParams, limit: number, now: Date = new Date()): Promise<number> {
  const [row] = await client.$queryRaw<{ n: bigint | number }[]>`SELECT ${countExpression(p, limit, now)} AS n`;
  return Math.min(Number(row.n), limit);
}

/** The count of countCustomerMatches as one SQL value. */
function countExpression(p: GridFilterParams, limit: number, now: Date): Prisma.Sql {
  const { ors, and } = gridConditions(p, "seek", now);
  // the first OR is split into parts, a second one (keyword and name) stays a condition of each
  const [split, ...kept] = ors;
  const rest = [...and, ...kept.map(anyOf)];
  const part = (conds: Prisma.Sql[], i: number) =>
    Prisma.sql`SELECT "id" FROM (SELECT "id" FROM "Customer" ${whereOf(conds)} LIMIT ${limit}) AS ${Prisma.raw(`part${i}`)}`;
  const countOf = (sql: Prisma.Sql) => Prisma.sql`(SELECT COUNT(*) FROM (${sql}) AS matches)`;
  if (!split) return countOf(part(rest, 0));
  const parts = split.map((term, i) => part([term, ...rest], i));
  // a common word fills the first part alone: then the others are never read
  const full = Prisma.join(
    parts.map((sql) => Prisma.sql`${countOf(sql)} >= ${limit}`),
    " OR ",
  );
  return Prisma.sql`(CASE WHEN ${full} THEN ${limit} ELSE ${countOf(Prisma.join(parts, " UNION "))} END)`;
}

const SORT_COLUMNS: Record<CustomerSort, string[]> = {
  id: [],
  name: ["lastName", "firstName"],
  email: ["email"],
  group: ["groupId"],
  website: ["websiteId"],
  createdAt: ["createdAt"],
  assistance: ["assistanceAllowed"],
};

type RawRow = {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  groupId: number;
  websiteId: number;
  createdAt: Date | string;
  assistanceAllowed: boolean | number;
  assistanceAllowedUntil: Date | string | null;
};

const orderOf = (p: CustomerGridParams, table = "") =>
  Prisma.join(
    [...SORT_COLUMNS[p.sort], "id"].map((c) => Prisma.raw(`${table}"${c}" ${p.desc ? "DESC" : "ASC"}`)),
    ", ",
  );

/** One page (and one row more, to tell whether a next page exists), in the grid's order, id last. */
function pageSql(p: CustomerGridParams, plan: PrefixPlan, now: Date): Prisma.Sql {
  const { ors, and } = gridConditions(p, plan, now);
  return Prisma.sql`SELECT "id", "firstName", "lastName", "email", "groupId", "websiteId", "createdAt", "assistanceAllowed", "assistanceAllowedUntil"
    FROM "Customer" ${whereOf([...ors.map(anyOf), ...and])}
    ORDER BY ${orderOf(p)} LIMIT ${p.pageSize + 1} OFFSET ${(p.page - 1) * p.pageSize}`;
}

// raw rows: SQLite gives dates as text and booleans as 0/1
const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

export async function queryCustomerGrid(p: CustomerGridParams, client: Db = appDb, now: Date = new Date()): Promise<CustomerGridResult> {
  const skip = (p.page - 1) * p.pageSize;
  const searching = Boolean(p.q || p.filters.name || p.filters.email);
  // capped: never over the whole table; on SQLite it also tells the plan (so it counts further there)
  let counted: number;
  let rows: RawRow[];
  let lookups: Awaited<ReturnType<typeof customerLookups>>;
  if (databaseProvider() === "postgresql") {
    // the page and its count in one statement (one round trip); an empty page still brings the count
    const limit = countLimit(skip);
    const both = client.$queryRaw<(RawRow & { n: bigint | number })[]>`SELECT page.*, total.n FROM (SELECT ${countExpression(p, limit, now)} AS n) AS total
      LEFT JOIN (${pageSql(p, "seek", now)}) AS page ON TRUE ORDER BY ${orderOf(p, "page.")}`;
    const [found, lk] = await Promise.all([both, customerLookups(client)]);
    counted = Math.min(Number(found[0].n), limit);
    rows = found.filter((r) => r.id !== null);
    lookups = lk;
  } else {
    const probe = countCustomerMatches(client, p, Math.max(countLimit(skip), SCAN_THRESHOLD + 1), now);
    [counted, lookups] = await Promise.all([probe, customerLookups(client)]);
    rows = await client.$queryRaw<RawRow[]>(pageSql(p, searching && counted > SCAN_THRESHOLD ? "scan" : "seek", now));
  }
  const { groups: groupList, websites: websiteList } = lookups;
  const groups = new Map(groupList.map((g) => [g.id, g.name]));
  const websites = new Map(websiteList.map((w) => [w.id, w.name]));
  const hasNext = rows.length > p.pageSize;
  return {
    rows: rows.slice(0, p.pageSize).map((r) => ({
      id: r.id,
      name: `${r.firstName} ${r.lastName}`,
      email: r.email,
      group: groups.get(r.groupId) ?? "",
      website: websites.get(r.websiteId) ?? "",
      createdAt: asDate(r.createdAt).toISOString(),
      assistance: consentActive(
        {
          assistanceAllowed: Boolean(r.assistanceAllowed),
          assistanceAllowedUntil: r.assistanceAllowedUntil === null ? null : asDate(r.assistanceAllowedUntil),
        },
        now,
      ),
    })),
    ...cappedTotal(Math.min(counted, countLimit(skip)), skip),
    hasNext,
    groups: groupList,
    websites: websiteList,
  };
}
