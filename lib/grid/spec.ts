// What a grid is, as data: which columns sort, which filters the URL may carry (and
// how each is checked), the page sizes, how far a count goes. The same spec parses the
// URL on the server (params.ts) and tells the grid kit what to draw (GridView).
import type { z } from "zod";

export const PAGE_SIZES = [20, 50, 100, 200] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export type FilterSchemas = Record<string, z.ZodType>;

export type GridSpec<S extends string, F extends FilterSchemas> = {
  sortColumns: readonly S[];
  defaultSort: { id: S; desc: boolean };
  defaultPageSize?: PageSize;
  /** f_<name> in the URL, each checked by its schema; a value that fails is dropped */
  filters: F;
  hideableColumns?: readonly string[];
  /** counting stops this many rows past the page (see count.ts) */
  countCap?: number;
};

export type GridParams<S extends string, F extends FilterSchemas> = {
  page: number;
  pageSize: number;
  sort: S;
  desc: boolean;
  q: string;
  filters: { [K in keyof F]?: z.output<F[K]> };
  /** the text of each valid filter as it was in the URL, to put back into the form */
  values: { [K in keyof F]?: string };
  hidden: string[];
};

/** One field of a grid's filter form: plain data, rendered by the grid kit. */
export type FilterDef<N extends string = string> = {
  name: N;
  label: string;
  /** numeric: a text box with a number keypad; datetime: date and time */
  type?: "text" | "numeric" | "date" | "datetime" | "select";
  options?: readonly { value: string; label: string }[];
  /** the select's "no filter" choice (default "All") */
  all?: string;
};

/** A select filter from [value, label] pairs (or plain values shown as they are). */
export function selectFilter<N extends string>(name: N, label: string, choices: readonly (readonly [string, string] | string)[], all?: string): FilterDef<N> {
  const options = choices.map((c) => (typeof c === "string" ? { value: c, label: c } : { value: c[0], label: c[1] }));
  return { name, label, type: "select", options, ...(all ? { all } : {}) };
}

/** What the grid kit needs of the parsed state and the spec (serializable, server to client). */
export type GridView = {
  page: number;
  pageSize: number;
  sort: string;
  desc: boolean;
  q: string;
  hidden: string[];
  values: Record<string, string>;
  sortable: readonly string[];
  hideable: readonly string[];
};

/** One page of rows, with the count as far as it was taken. */
export type GridPage<T> = { rows: T[]; total: number; totalCapped: boolean; hasNext: boolean };
