// Grid state from the URL: page, size, sort, dir, q, f_<filter>, hide. Every value is
// checked against the spec's whitelist or a zod schema; anything bad falls back to the
// default, so a hand-edited URL never causes a 500. The same protocol for every grid.
import { MAX_FILTER_LENGTH } from "./filters";
import { PAGE_SIZES, type FilterSchemas, type GridParams, type GridSpec, type GridView } from "./spec";
import { z } from "zod";

export { PAGE_SIZES, type GridParams, type GridSpec, type GridView } from "./spec";
export { dateFilter, dateTimeFilter, endOfDay, idFilter, prefixUpperBound, textFilter, yesNoFilter } from "./filters";

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function first(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== "string") return undefined;
  // NUL cannot reach PostgreSQL (invalid text): dropped like any other unusable character
  const t = s.replace(/\u0000/g, "").trim();
  return t === "" ? undefined : t.slice(0, MAX_FILTER_LENGTH);
}

/** A request's query string as a page's searchParams (repeated keys kept as arrays). */
export function searchParamsOf(search: URLSearchParams): RawSearchParams {
  const out: RawSearchParams = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

/** The query string of a grid's URL without some keys (an export of the filtered rows drops the page). */
export function searchStringOf(sp: RawSearchParams, omit: readonly string[] = []): string {
  const out = new URLSearchParams();
  for (const [key, v] of Object.entries(sp)) {
    if (omit.includes(key) || v === undefined) continue;
    for (const value of Array.isArray(v) ? v : [v]) out.append(key, value);
  }
  return out.toString();
}

const pageSchema = z.coerce.number().int().min(1).max(1_000_000);

export function parseGridParams<S extends string, F extends FilterSchemas>(sp: RawSearchParams, spec: GridSpec<S, F>): GridParams<S, F> {
  const page = pageSchema.safeParse(first(sp.page));
  const size = Number(first(sp.size));
  const sortRaw = first(sp.sort);
  const sort = (spec.sortColumns as readonly string[]).includes(sortRaw ?? "") ? (sortRaw as S) : spec.defaultSort.id;
  const dir = first(sp.dir);
  const desc = dir === "asc" ? false : dir === "desc" ? true : sort === spec.defaultSort.id ? spec.defaultSort.desc : false;
  const filters: Record<string, unknown> = {};
  const values: Record<string, string> = {};
  for (const [key, schema] of Object.entries(spec.filters)) {
    const raw = first(sp[`f_${key}`]);
    if (raw === undefined) continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success && parsed.data !== undefined) {
      filters[key] = parsed.data;
      values[key] = raw;
    }
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
    values: values as GridParams<S, F>["values"],
    hidden,
  };
}

/** What the grid kit draws from: the parsed state and what the spec allows. */
export function gridView<S extends string, F extends FilterSchemas>(spec: GridSpec<S, F>, p: GridParams<S, F>): GridView {
  return {
    page: p.page,
    pageSize: p.pageSize,
    sort: p.sort,
    desc: p.desc,
    q: p.q,
    hidden: p.hidden,
    values: p.values as Record<string, string>,
    sortable: spec.sortColumns,
    hideable: spec.hideableColumns ?? [],
  };
}
