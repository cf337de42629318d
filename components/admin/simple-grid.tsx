"use client";
// A URL-driven grid for small admin lists (roles, users): keyword search, sort, paging.
import Link from "next/link";
import type { FormEvent } from "react";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { useGridUrl } from "@/components/ui/use-grid-url";

type Row = Record<string, string | number> & { id: number };

export function SimpleGrid({
  label,
  columns,
  rows,
  total,
  page,
  pageSize,
  sort,
  q,
  editHref,
  sortable,
}: {
  label: string;
  columns: { id: string; label: string }[];
  sortable: string[];
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
  sort: { id: string; desc: boolean };
  q: string;
  editHref: string;
}) {
  const grid = useGridUrl();
  const cols: DataTableColumn<Row>[] = [
    ...columns.map((c) => ({ id: c.id, accessorKey: c.id, meta: { label: c.label, sortable: sortable.includes(c.id) } })),
    {
      id: "action",
      header: "Action",
      meta: { label: "Action" },
      cell: ({ row }) => (
        <Link className="text-brand underline" href={`${editHref}/${row.original.id}`} aria-label={`Edit ${row.original[columns[1]?.id ?? "id"]}`}>
          Edit
        </Link>
      ),
    },
  ];
  function onSearch(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    grid.update({ q: String(new FormData(e.currentTarget).get("q") ?? "").trim() });
  }
  return (
    <DataTable
      label={label}
      columns={cols}
      data={rows}
      getRowId={(r) => String(r.id)}
      sort={sort}
      onSort={(id, desc) => grid.update({ sort: id, dir: desc ? "desc" : "asc" })}
      page={page}
      pageSize={pageSize}
      total={total}
      hasNext={page * pageSize < total}
      onPage={(p) => grid.update({ page: p > 1 ? String(p) : undefined })}
      onPageSize={(s) => grid.update({ size: String(s) })}
      toolbar={
        <form role="search" onSubmit={onSearch} className="mb-4 flex gap-2" key={q}>
          <label htmlFor="simple-grid-q" className="sr-only">
            Search by keyword
          </label>
          <input
            id="simple-grid-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder="Search by keyword"
            className="w-72 rounded border border-gray-400 px-3 py-1"
          />
          <button type="submit" className="rounded border border-gray-400 px-3 py-1">
            Search
          </button>
        </form>
      }
    />
  );
}
