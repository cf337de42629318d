"use client";
// Above the grid (shadcn's data-table-toolbar): keyword search, the Filters button,
// Clear all, and the Columns menu.
import type { FormEvent, ReactNode } from "react";
import { useId } from "react";

export function GridToolbar(props: {
  /** the keyword search box, when the grid has one */
  q?: string;
  onSearch: (q: string) => void;
  /** the Filters button, when the filters fold away */
  filters?: { open: boolean; controls: string; onToggle: () => void };
  onClearAll?: () => void;
  columnMenu?: ReactNode;
}) {
  const searchId = useId();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    props.onSearch(String(new FormData(e.currentTarget).get("q") ?? "").trim());
  }
  if (props.q === undefined && !props.filters && !props.onClearAll && !props.columnMenu) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-3">
      {props.q !== undefined ? (
        <form role="search" onSubmit={onSubmit} className="flex gap-2" key={`q-${props.q}`}>
          <label htmlFor={searchId} className="sr-only">
            Search by keyword
          </label>
          <input
            id={searchId}
            name="q"
            type="search"
            defaultValue={props.q}
            placeholder="Search by keyword"
            className="w-72 rounded border border-gray-400 px-3 py-1"
          />
          <button type="submit" className="rounded border border-gray-400 px-3 py-1">
            Search
          </button>
        </form>
      ) : null}
      {props.filters ? (
        <button
          type="button"
          className="rounded border border-gray-400 px-3 py-1"
          aria-expanded={props.filters.open}
          aria-controls={props.filters.controls}
          onClick={props.filters.onToggle}
        >
          Filters
        </button>
      ) : null}
      {props.onClearAll ? (
        <button type="button" className="text-brand underline" onClick={props.onClearAll}>
          Clear all
        </button>
      ) : null}
      {props.columnMenu ? <div className="ml-auto">{props.columnMenu}</div> : null}
    </div>
  );
}
