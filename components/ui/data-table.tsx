"use client";
// A server-driven table (after the shadcn "tasks" example): TanStack Table in manual
// mode. The parent owns paging, sorting and column visibility and passes one page of
// rows; headers whose column may sort are buttons, and say how they are sorted.
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type RowData, type VisibilityState } from "@tanstack/react-table";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats TanStack's type parameter
  interface TableMeta<TData extends RowData> {
    /** plain data a cell may need besides its row (e.g. what the viewer may do) */
    context?: unknown;
    /** shows a row action's outcome above the table */
    notify?: (message: string) => void;
  }
}

export type DataTableColumn<T> = ColumnDef<T> & { id: string; meta?: { label?: string; align?: "right" } };

export type DataTableProps<T> = {
  /** the table's accessible name */
  label: string;
  columns: DataTableColumn<T>[];
  data: T[];
  getRowId: (row: T) => string;
  sort: { id: string; desc: boolean };
  /** the ids of the columns that may sort */
  sortable: readonly string[];
  onSort: (id: string, desc: boolean) => void;
  hidden?: readonly string[];
  context?: unknown;
  notify?: (message: string) => void;
  empty?: string;
};

const alignOf = <T,>(c: { columnDef: ColumnDef<T> }) => ((c.columnDef as DataTableColumn<T>).meta?.align === "right" ? "text-right" : "");

export function DataTable<T>(props: DataTableProps<T>) {
  const { sort } = props;
  const columnVisibility: VisibilityState = Object.fromEntries((props.hidden ?? []).map((c) => [c, false]));
  // eslint-disable-next-line react-hooks/incompatible-library -- the table object is used only in this render
  const table = useReactTable({
    data: props.data,
    columns: props.columns,
    getRowId: props.getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    state: { columnVisibility, sorting: [{ id: sort.id, desc: sort.desc }] },
    meta: { context: props.context, notify: props.notify },
  });
  const rows = table.getRowModel().rows;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" aria-label={props.label}>
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id} className="border-b-2 border-gray-400 bg-gray-100">
              {hg.headers.map((header) => {
                const id = header.column.id;
                const meta = (header.column.columnDef as DataTableColumn<T>).meta;
                const label = meta?.label ?? id;
                const sortable = props.sortable.includes(id);
                const active = sort.id === id;
                const ariaSort = active ? (sort.desc ? "descending" : "ascending") : sortable ? "none" : undefined;
                return (
                  <th key={header.id} scope="col" aria-sort={ariaSort} className={`p-2 ${alignOf(header.column)}`}>
                    {sortable ? (
                      <button type="button" className="font-semibold hover:underline" onClick={() => props.onSort(id, active ? !sort.desc : false)}>
                        {label}
                        <span aria-hidden="true">{active ? (sort.desc ? " ▼" : " ▲") : ""}</span>
                      </button>
                    ) : meta?.label ? (
                      // the words, not TanStack's default header (the accessor key, e.g. "actionGroup")
                      meta.label
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td className="p-4 text-center text-gray-600" colSpan={table.getVisibleLeafColumns().length}>
                {props.empty ?? "We couldn't find any records."}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} className="border-b hover:bg-gray-50">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`p-2 ${alignOf(cell.column)}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
