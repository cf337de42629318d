"use client";

import { useState, type FormEvent } from "react";
import { ColumnVisibilityMenu, DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { useGridUrl } from "@/components/ui/use-grid-url";
import type { LogRow } from "@/lib/login-as-customer/log-queries";
import { endSessionFromLog } from "./actions";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }) : "");

function columns(canEnd: boolean, onEnd: (id: string) => void): DataTableColumn<LogRow>[] {
  return [
    { id: "id", accessorKey: "id", meta: { label: "ID", sortable: false }, cell: ({ row }) => <code className="text-xs">{row.original.id.slice(0, 8)}</code> },
    { id: "customerId", accessorKey: "customerId", meta: { label: "Customer ID", sortable: true } },
    { id: "customerEmail", accessorKey: "customerEmail", meta: { label: "Customer Email", sortable: true } },
    { id: "adminUserId", accessorKey: "adminUserId", meta: { label: "Admin ID", sortable: true } },
    { id: "adminName", accessorKey: "adminName", meta: { label: "Admin Name", sortable: true } },
    { id: "startedAt", accessorKey: "startedAt", meta: { label: "Logged In", sortable: true }, cell: ({ row }) => when(row.original.startedAt) },
    { id: "storeViewName", accessorKey: "storeViewName", meta: { label: "Store View", sortable: true } },
    {
      id: "endedAt",
      accessorKey: "endedAt",
      meta: { label: "Ended", sortable: true },
      cell: ({ row }) =>
        row.original.endedAt ? (
          when(row.original.endedAt)
        ) : (
          <span className="flex items-center gap-2">
            <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">Active</span>
            {canEnd ? (
              <button
                type="button"
                className="text-brand underline"
                onClick={() => onEnd(row.original.id)}
                aria-label={`End session of ${row.original.customerEmail}`}
              >
                End Session
              </button>
            ) : null}
          </span>
        ),
    },
    { id: "endReason", accessorKey: "endReason", meta: { label: "End Reason", sortable: true } },
  ];
}

const FILTERS: [string, string, string?][] = [
  ["customerId", "Customer ID", "numeric"],
  ["customerEmail", "Customer Email"],
  ["adminUserId", "Admin ID", "numeric"],
  ["adminName", "Admin Name"],
  ["from", "Logged In from", "date"],
  ["to", "Logged In to", "date"],
  ["storeView", "Store View"],
  ["endReason", "End Reason"],
];

export function LoginAsCustomerLogGrid(props: {
  rows: LogRow[];
  total: number;
  totalCapped: boolean;
  hasNext: boolean;
  page: number;
  pageSize: number;
  sort: { id: string; desc: boolean };
  hidden: string[];
  filters: Record<string, string>;
  canEnd: boolean;
}) {
  const grid = useGridUrl();
  const [message, setMessage] = useState<string | null>(null);
  const cols = columns(props.canEnd, async (id) => {
    const r = await endSessionFromLog(id);
    setMessage(r.error ?? r.success ?? null);
  });
  function onFilter(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const patch: Record<string, string> = {};
    for (const [key] of FILTERS) patch[`f_${key}`] = String(form.get(key) ?? "").trim();
    patch.f_status = String(form.get("status") ?? "");
    grid.update(patch);
  }
  const f = props.filters;
  const toolbar = (
    <div className="mb-4">
      {message ? (
        <p role="status" className="mb-3 rounded border-l-4 border-blue-700 bg-blue-50 px-3 py-2">
          {message}
        </p>
      ) : null}
      <form aria-label="Filters" onSubmit={onFilter} className="grid grid-cols-2 gap-3 rounded border bg-gray-50 p-4 md:grid-cols-5" key={JSON.stringify(f)}>
        {FILTERS.map(([name, label, kind]) => (
          <label key={name} className="flex flex-col text-sm">
            {label}
            <input
              name={name}
              type={kind === "date" ? "date" : "text"}
              inputMode={kind === "numeric" ? "numeric" : undefined}
              defaultValue={f[name]}
              className="rounded border border-gray-400 px-2 py-1"
            />
          </label>
        ))}
        <label className="flex flex-col text-sm">
          Status
          <select name="status" defaultValue={f.status ?? ""} className="rounded border border-gray-400 px-2 py-1">
            <option value="">Any</option>
            <option value="active">Active</option>
            <option value="ended">Ended</option>
          </select>
        </label>
        <div className="col-span-full flex items-center gap-3">
          <button type="submit" className="rounded bg-brand px-4 py-1 text-white">
            Apply Filters
          </button>
          <div className="ml-auto">
            <ColumnVisibilityMenu
              columns={cols.map((c) => ({ id: c.id, label: c.meta?.label ?? c.id }))}
              hidden={props.hidden}
              onChange={(hidden) => grid.update({ hide: hidden.join(","), page: grid.get("page") || undefined })}
            />
          </div>
        </div>
      </form>
    </div>
  );
  return (
    <div aria-busy={grid.pending}>
      <DataTable
        label="Login as Customer Log"
        columns={cols}
        data={props.rows}
        getRowId={(r) => r.id}
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
