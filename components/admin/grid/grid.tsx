"use client";
// The one admin grid: toolbar, filters, pagination and the table, all driven by the
// URL (use-grid-url.ts). A grid page passes its columns (its columns.tsx), its filter
// list (FilterDef data), the parsed state with what its spec allows (GridView), and
// one page of rows from its lib query.
import { useId, useState, type ReactNode } from "react";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import type { FilterDef, GridPage, GridView } from "@/lib/grid/spec";
import { GridColumnMenu } from "./grid-column-menu";
import { GridFilters } from "./grid-filters";
import { GridPagination } from "./grid-pagination";
import { GridToolbar } from "./grid-toolbar";
import { useGridUrl } from "./use-grid-url";

export type GridColumn<T> = DataTableColumn<T>;

export type GridProps<T extends { id: string | number }> = {
  /** the table's accessible name */
  label: string;
  columns: GridColumn<T>[];
  result: GridPage<T>;
  view: GridView;
  filters?: readonly FilterDef[];
  /** a keyword search box; the filters then fold away behind a Filters button */
  search?: boolean;
  /** a Clear all button while a keyword or filter is set */
  clearAll?: boolean;
  /** shown next to Apply Filters */
  filterActions?: ReactNode;
  /** plain data for the cells (table.options.meta.context) */
  context?: unknown;
  empty?: string;
};

export function Grid<T extends { id: string | number }>(props: GridProps<T>) {
  const { view, result } = props;
  const grid = useGridUrl();
  const filtersId = useId();
  const filters = props.filters ?? [];
  const filtered = Object.keys(view.values).length > 0;
  const [open, setOpen] = useState(filtered);
  const [notice, setNotice] = useState<string | null>(null);
  const folds = Boolean(props.search) && filters.length > 0;

  function clearAll() {
    const patch: Record<string, undefined> = { q: undefined };
    for (const f of filters) patch[`f_${f.name}`] = undefined;
    grid.update(patch);
  }
  const hideable = props.columns.filter((c) => view.hideable.includes(c.id)).map((c) => ({ id: c.id, label: c.meta?.label ?? c.id }));

  return (
    <div aria-busy={grid.pending}>
      {notice ? (
        <p role="status" className="mb-3 rounded border-l-4 border-blue-700 bg-blue-50 px-3 py-2">
          {notice}
        </p>
      ) : null}
      <GridToolbar
        q={props.search ? view.q : undefined}
        onSearch={(q) => grid.update({ q })}
        filters={folds ? { open, controls: filtersId, onToggle: () => setOpen((v) => !v) } : undefined}
        onClearAll={props.clearAll && (view.q !== "" || filtered) ? clearAll : undefined}
        columnMenu={
          hideable.length > 0 ? (
            <GridColumnMenu
              columns={hideable}
              hidden={view.hidden}
              // showing or hiding a column keeps the page
              onChange={(hidden) => grid.update({ hide: hidden.join(","), page: grid.get("page") || undefined })}
            />
          ) : undefined
        }
      />
      {filters.length > 0 && (!folds || open) ? (
        <GridFilters id={filtersId} filters={filters} values={view.values} onApply={grid.update} actions={props.filterActions} />
      ) : null}
      <GridPagination
        page={view.page}
        pageSize={view.pageSize}
        total={result.total}
        totalCapped={result.totalCapped}
        hasNext={result.hasNext}
        onPage={(page) => grid.update({ page: page > 1 ? String(page) : undefined })}
        onPageSize={(size) => grid.update({ size: String(size) })}
      />
      <DataTable
        label={props.label}
        columns={props.columns}
        data={result.rows}
        getRowId={(r) => String(r.id)}
        sort={{ id: view.sort, desc: view.desc }}
        sortable={view.sortable}
        onSort={(id, desc) => grid.update({ sort: id, dir: desc ? "desc" : "asc" })}
        hidden={view.hidden}
        context={props.context}
        notify={setNotice}
        empty={props.empty}
      />
    </div>
  );
}
