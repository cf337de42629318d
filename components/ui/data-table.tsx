"use client";
// A generic server-driven grid (after the shadcn "tasks" example): TanStack
// Table in manual mode; the parent owns paging, sorting and column visibility
// (usually in the URL, see use-grid-url.ts) and passes one page of rows.
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type VisibilityState } from "@tanstack/react-table";
import { PAGE_SIZES } from "@/lib/grid/params";

export type DataTableColumn<T> = ColumnDef<T> & { id: string; meta?: { label?: string; sortable?: boolean; align?: "right" } };

export type DataTableProps<T> = {
  label: string;
  columns: DataTableColumn<T>[];
  data: T[];
  getRowId?: (row: T) => string;
  sort: { id: string; desc: boolean };
  onSort: (id: string, desc: boolean) => void;
  page: number;
  pageSize: number;
  total: number;
  totalCapped?: boolean;
  hasNext: boolean;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  hidden?: string[];
  toolbar?: React.ReactNode;
  empty?: string;
};

function fmt(n: number) {
  return new Intl.NumberFormat("en-US").format(n);
}

export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, data, sort, page, pageSize, total, totalCapped, hasNext } = props;
  const columnVisibility: VisibilityState = Object.fromEntries((props.hidden ?? []).map((c) => [c, false]));
  // eslint-disable-next-line react-hooks/incompatible-library -- the table object is used only in this render
  const table = useReactTable({
    data,
    columns,
    getRowId: props.getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    state: { columnVisibility, sorting: [{ id: sort.id, desc: sort.desc }] },
  });
  const lastPage = totalCapped ? null : Math.max(1, Math.ceil(total / pageSize));
  return (
    <div>
      {props.toolbar}
      <div className="mb-2 flex flex-wrap items-center gap-4 text-sm">
        <p aria-live="polite">{totalCapped ? `${fmt(total)}+ records found` : `${fmt(total)} records found`}</p>
        <label className="flex items-center gap-2">
          Per page
          <select className="rounded border border-gray-400 px-2 py-1" value={pageSize} onChange={(e) => props.onPageSize(Number(e.target.value))}>
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <nav aria-label="Pagination" className="flex items-center gap-2">
          <button
            type="button"
            className="rounded border border-gray-400 px-2 py-1 disabled:opacity-40"
            disabled={page <= 1}
            onClick={() => props.onPage(page - 1)}
          >
            Previous page
          </button>
          <span>
            Page {page}
            {lastPage ? ` of ${lastPage}` : ""}
          </span>
          <button
            type="button"
            className="rounded border border-gray-400 px-2 py-1 disabled:opacity-40"
            disabled={!hasNext}
            onClick={() => props.onPage(page + 1)}
          >
            Next page
          </button>
        </nav>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" aria-label={props.label}>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id} className="border-b-2 border-gray-400 bg-gray-100">
                {hg.headers.map((header) => {
                  const meta = (header.column.columnDef as DataTableColumn<T>).meta;
                  const label = meta?.label ?? header.column.id;
                  const active = sort.id === header.column.id;
                  const ariaSort = active ? (sort.desc ? "descending" : "ascending") : meta?.sortable ? "none" : undefined;
                  return (
                    <th key={header.id} scope="col" aria-sort={ariaSort} className={`p-2 ${meta?.align === "right" ? "text-right" : ""}`}>
                      {meta?.sortable ? (
                        <button
                          type="button"
                          className="font-semibold hover:underline"
                          onClick={() => props.onSort(header.column.id, active ? !sort.desc : false)}
                        >
                          {label}
                          <span aria-hidden="true">{active ? (sort.desc ? " ▼" : " ▲") : ""}</span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header ?? label, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td className="p-4 text-center text-gray-600" colSpan={table.getVisibleLeafColumns().length}>
                  {props.empty ?? "We couldn't find any records."}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="border-b hover:bg-gray-50">
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={`p-2 ${(cell.column.columnDef as DataTableColumn<T>).meta?.align === "right" ? "text-right" : ""}`}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A "Columns" menu to show or hide columns (hidden ids live in the URL). */
export function ColumnVisibilityMenu({
  columns,
  hidden,
  onChange,
}: {
  columns: { id: string; label: string }[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
}) {
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded border border-gray-400 px-3 py-1">Columns</summary>
      <fieldset className="absolute right-0 z-10 mt-1 w-64 rounded border bg-white p-3 shadow">
        <legend className="sr-only">Visible columns</legend>
        {columns.map((c) => (
          <label key={c.id} className="flex items-center gap-2 py-1">
            <input
              type="checkbox"
              checked={!hidden.includes(c.id)}
              onChange={(e) => onChange(e.target.checked ? hidden.filter((h) => h !== c.id) : [...hidden, c.id])}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
