"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { ColumnVisibilityMenu, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { useGridUrl } from "@/components/ui/use-grid-url";
import { formatMoney } from "@/lib/format";
import type { OrderGridRow } from "@/lib/orders/queries";

const COLUMNS: DataTableColumn<OrderGridRow>[] = [
  { id: "incrementId", accessorKey: "incrementId", meta: { label: "ID", sortable: true } },
  {
    id: "createdAt",
    accessorKey: "createdAt",
    meta: { label: "Purchase Date", sortable: true },
    cell: ({ row }) => new Date(row.original.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  },
  { id: "billToName", accessorKey: "billToName", meta: { label: "Bill-to Name", sortable: true } },
  {
    id: "grandTotal",
    accessorKey: "grandTotal",
    meta: { label: "Grand Total", sortable: true, align: "right" },
    cell: ({ row }) => formatMoney(row.original.grandTotal),
  },
  {
    id: "status",
    accessorKey: "status",
    meta: { label: "Status", sortable: true },
    cell: ({ row }) => <span className="capitalize">{row.original.status}</span>,
  },
  { id: "storeView", accessorKey: "storeView", meta: { label: "Store View", sortable: true } },
  {
    id: "action",
    header: "Action",
    meta: { label: "Action" },
    cell: ({ row }) => (
      <Link className="text-brand underline" href={`/admin/sales/orders/${row.original.id}`} aria-label={`View order ${row.original.incrementId}`}>
        View
      </Link>
    ),
  },
];

export function OrderGrid(props: {
  rows: OrderGridRow[];
  total: number;
  totalCapped: boolean;
  hasNext: boolean;
  page: number;
  pageSize: number;
  sort: { id: string; desc: boolean };
  hidden: string[];
  q: string;
  filters: Record<string, string>;
  storeViews: { id: number; name: string }[];
  statuses: readonly string[];
}) {
  const grid = useGridUrl();
  const [showFilters, setShowFilters] = useState(Object.keys(props.filters).length > 0);
  const f = props.filters;
  function onSearch(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    grid.update({ q: String(new FormData(e.currentTarget).get("q") ?? "").trim() });
  }
  function onFilter(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const patch: Record<string, string> = {};
    for (const key of ["incrementId", "dateFrom", "dateTo", "billToName", "totalFrom", "totalTo", "status", "storeView"])
      patch[`f_${key}`] = String(form.get(key) ?? "").trim();
    grid.update(patch);
  }
  const input = (label: string, name: string, type = "text") => (
    <label className="flex flex-col text-sm">
      {label}
      <input name={name} type={type} defaultValue={f[name]} className="rounded border border-gray-400 px-2 py-1" />
    </label>
  );
  const toolbar = (
    <div className="mb-4">
      <div className="flex flex-wrap items-center gap-3">
        <form role="search" onSubmit={onSearch} className="flex gap-2" key={`q-${props.q}`}>
          <label htmlFor="orders-q" className="sr-only">
            Search by keyword
          </label>
          <input
            id="orders-q"
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
        <button type="button" className="rounded border border-gray-400 px-3 py-1" aria-expanded={showFilters} onClick={() => setShowFilters((v) => !v)}>
          Filters
        </button>
        <div className="ml-auto">
          <ColumnVisibilityMenu
            columns={COLUMNS.filter((c) => c.id !== "action").map((c) => ({ id: c.id, label: c.meta?.label ?? c.id }))}
            hidden={props.hidden}
            onChange={(hidden) => grid.update({ hide: hidden.join(","), page: grid.get("page") || undefined })}
          />
        </div>
      </div>
      {showFilters ? (
        <form
          aria-label="Filters"
          onSubmit={onFilter}
          className="mt-3 grid grid-cols-2 gap-3 rounded border bg-gray-50 p-4 md:grid-cols-4"
          key={JSON.stringify(f)}
        >
          {input("ID", "incrementId")}
          {input("Purchase Date from", "dateFrom", "date")}
          {input("Purchase Date to", "dateTo", "date")}
          {input("Bill-to Name", "billToName")}
          {input("Grand Total from", "totalFrom")}
          {input("Grand Total to", "totalTo")}
          <label className="flex flex-col text-sm">
            Status
            <select name="status" defaultValue={f.status ?? ""} className="rounded border border-gray-400 px-2 py-1">
              <option value="">All</option>
              {props.statuses.map((s) => (
                <option key={s} value={s}>
                  {s[0].toUpperCase() + s.slice(1)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm">
            Store View
            <select name="storeView" defaultValue={f.storeView ?? ""} className="rounded border border-gray-400 px-2 py-1">
              <option value="">All</option>
              {props.storeViews.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <div className="col-span-full">
            <button type="submit" className="rounded bg-brand px-4 py-1 text-white">
              Apply Filters
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
  return (
    <div aria-busy={grid.pending}>
      <DataTable
        label="Orders"
        columns={COLUMNS}
        data={props.rows}
        getRowId={(r) => String(r.id)}
        sort={props.sort}
        onSort={(id, desc) => grid.update({ sort: id, dir: desc ? "desc" : "asc" })}
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
        totalCapped={props.totalCapped}
        hasNext={props.hasNext}
        onPage={(page) => grid.update({ page: page > 1 ? String(page) : undefined })}
        onPageSize={(size) => grid.update({ size: String(size) })}
        hidden={props.hidden}
        toolbar={toolbar}
      />
    </div>
  );
}
