// Grid state from the URL (page, size, sort, dir, q, filters, hidden columns).
// Every value is validated against a whitelist or a zod schema; anything bad
// falls back to the default, so a hand-edited URL never causes a 500.
import { z } from "zod";

export const PAGE_SIZES = [20, 50, 100, 200] as const;
export type RawSearchParams = Record<string, string | string[] | undefined>;

export type GridSpec<S extends string, F extends Record<string, z.ZodType>> = {
  sortColumns: readonly S[];
  defaultSort: { id: S; desc: boolean };
  defaultPageSize?: (typeof PAGE_SIZES)[number];
  filters: F;
  hideableColumns?: readonly string[];
};

export type GridParams<S extends string, F extends Record<string, z.ZodType>> = {
  page: number;
  pageSize: number;
  sort: S;
  desc: boolean;
  q: string;
  filters: { [K in keyof F]?: z.output<F[K]> };
  hidden: string[];
};

const MAX_LEN = 200;

export function first(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== "string") return undefined;
  // NUL cannot reach PostgreSQL (invalid text): dropped like any other unusable character
  const t = s.replace(/\u0000/g, "").trim();
  return t === "" ? undefined : t.slice(0, MAX_LEN);
}

const pageSchema = z.coerce.number().int().min(1).max(1_000_000);

export function parseGridParams<S extends string, F extends Record<string, z.ZodType>>(sp: RawSearchParams, spec: GridSpec<S, F>): GridParams<S, F> {
  const page = pageSchema.safeParse(first(sp.page));
  const size = Number(first(sp.size));
  const sortRaw = first(sp.sort);
  const sort = (spec.sortColumns as readonly string[]).includes(sortRaw ?? "") ? (sortRaw as S) : spec.defaultSort.id;
  const dir = first(sp.dir);
  const desc = dir === "asc" ? false : dir === "desc" ? true : sort === spec.defaultSort.id ? spec.defaultSort.desc : false;
  const filters: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(spec.filters)) {
    const raw = first(sp[`f_${key}`]);
    if (raw === undefined) continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
  }
  const hideable = spec.hideableColumns ?? [];
  const hidden = (first(sp.hide) ?? "").split(",").filter((c) => hideable.includes(c));
  return {
    page: page.success ? page.data : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : (spec.defaultPageSize ?? 20),
    sort,
    desc,
    q: (first(sp.q) ?? "").toLowerCase(),
    filters: filters as GridParams<S, F>["filters"],
    hidden,
  };
}

// Reusable filter schemas (strings in, typed values out).
export const idFilter = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);
export const textFilter = z.string().min(1).max(MAX_LEN);
export const yesNoFilter = z.enum(["1", "0"]).transform((v) => v === "1");
export const dateFilter = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((v) => new Date(`${v}T00:00:00.000Z`))
  .refine((d) => !Number.isNaN(d.getTime()));

/** The exclusive upper bound of a prefix range: "abc" → "abd" (binary collation; SQLite and PostgreSQL C.UTF-8). */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1)!;
  return prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1);
}

/** Next day at 00:00 UTC, for inclusive "to" dates. */
export function endOfDay(d: Date): Date {
  return new Date(d.getTime() + 24 * 3600 * 1000);
}
