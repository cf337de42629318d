"use client";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { ColumnVisibilityMenu, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { useGridUrl } from "@/components/ui/use-grid-url";
import { LoginAsCustomerSlot } from "@/components/admin/login-as-customer-slot";
import type { CustomerGridRow } from "@/lib/customers/queries";

const COLUMNS: DataTableColumn<CustomerGridRow>[] = [
  { id: "id", accessorKey: "id", meta: { label: "ID", sortable: true } },
  { id: "name", accessorKey: "name", meta: { label: "Name", sortable: true } },
  { id: "email", accessorKey: "email", meta: { label: "Email", sortable: true } },
  { id: "group", accessorKey: "group", meta: { label: "Group", sortable: true } },
  { id: "website", accessorKey: "website", meta: { label: "Website", sortable: true } },
  {
    id: "createdAt",
    accessorKey: "createdAt",
    meta: { label: "Customer Since", sortable: true },
    cell: ({ row }) => new Date(row.original.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
  },
  {
    id: "assistance",
    accessorKey: "assistance",
    meta: { label: "Allow Remote Shopping Assistance", sortable: true },
    cell: ({ row }) => (row.original.assistance ? "Yes" : "No"),
  },
  {
    id: "action",
    header: "Action",
    meta: { label: "Action" },
    cell: ({ row }) => <CustomerRowActions row={row.original} />,
  },
];

/** The Action cell. LOGIN-AS-CUSTOMER SLOT: the "Login as Customer" row action goes next to Edit. */
function CustomerRowActions({ row }: { row: CustomerGridRow }) {
  return (
    <span className="flex gap-3">
      <Link className="text-brand underline" href={`/admin/customers/${row.id}`} aria-label={`Edit ${row.name}`}>
        Edit
      </Link>
      <LoginAsCustomerSlot customerId={row.id} customerName={row.name} placement="grid" />
    </span>
  );
}

type Lookup = { id: number; name: string }[];

export function CustomerGrid(props: {
  rows: CustomerGridRow[];
  total: number;
  totalCapped: boolean;
  hasNext: boolean;
  page: number;
  pageSize: number;
  sort: { id: string; desc: boolean };
  hidden: string[];
  q: string;
  filters: Record<string, string>;
  groups: Lookup;
  websites: Lookup;
}) {
  const grid = useGridUrl();
  const [showFilters, setShowFilters] = useState(Object.keys(props.filters).length > 0);

  function onSearch(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    grid.update({ q: String(new FormData(e.currentTarget).get("q") ?? "").trim() });
  }
  function onFilter(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const patch: Record<string, string> = {};
    for (const key of ["idFrom", "idTo", "name", "email", "group", "website", "sinceFrom", "sinceTo", "assistance"])
      patch[`f_${key}`] = String(form.get(key) ?? "").trim();
    grid.update(patch);
  }
  function clearFilters() {
    const patch: Record<string, undefined> = { q: undefined };
    for (const key of Object.keys(props.filters)) patch[`f_${key}`] = undefined;
    grid.update(patch);
  }
  const f = props.filters;
  const hasAny = props.q !== "" || Object.keys(f).length > 0;

  const toolbar = (
    <div className="mb-4">
      <div className="flex flex-wrap items-center gap-3">
        <form role="search" onSubmit={onSearch} className="flex gap-2" key={`q-${props.q}`}>
          <label htmlFor="grid-q" className="sr-only">
            Search by keyword
          </label>
          <input
            id="grid-q"
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
        <button
          type="button"
          className="rounded border border-gray-400 px-3 py-1"
          aria-expanded={showFilters}
          aria-controls="customer-filters"
          onClick={() => setShowFilters((v) => !v)}
        >
          Filters
        </button>
        {hasAny ? (
          <button type="button" className="text-brand underline" onClick={clearFilters}>
            Clear all
          </button>
        ) : null}
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
          id="customer-filters"
          aria-label="Filters"
          onSubmit={onFilter}
          className="mt-3 grid grid-cols-2 gap-3 rounded border bg-gray-50 p-4 md:grid-cols-4"
          key={JSON.stringify(f)}
        >
          <Field label="ID from" name="idFrom" defaultValue={f.idFrom} inputMode="numeric" />
          <Field label="ID to" name="idTo" defaultValue={f.idTo} inputMode="numeric" />
          <Field label="Name" name="name" defaultValue={f.name} />
          <Field label="Email" name="email" defaultValue={f.email} />
          <Select label="Group" name="group" defaultValue={f.group} options={props.groups.map((g) => [String(g.id), g.name])} />
          <Select label="Website" name="website" defaultValue={f.website} options={props.websites.map((w) => [String(w.id), w.name])} />
          <Field label="Customer Since from" name="sinceFrom" type="date" defaultValue={f.sinceFrom} />
          <Field label="Customer Since to" name="sinceTo" type="date" defaultValue={f.sinceTo} />
          <Select
            label="Allow Remote Shopping Assistance"
            name="assistance"
            defaultValue={f.assistance}
            options={[
              ["1", "Yes"],
              ["0", "No"],
            ]}
          />
          <div className="col-span-full flex gap-2">
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
        label="Customers"
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

function Field({ label, name, ...rest }: { label: string; name: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <input name={name} className="rounded border border-gray-400 px-2 py-1" {...rest} />
    </label>
  );
}

function Select({ label, name, defaultValue, options }: { label: string; name: string; defaultValue?: string; options: string[][] }) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <select name={name} defaultValue={defaultValue ?? ""} className="rounded border border-gray-400 px-2 py-1">
        <option value="">All</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}
