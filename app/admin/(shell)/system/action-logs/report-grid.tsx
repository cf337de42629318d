"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import type { FormEvent } from "react";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { useGridUrl } from "@/components/ui/use-grid-url";

type Row = {
  id: number;
  createdAt: string;
  actionGroup: string;
  action: string;
  ip: string;
  username: string;
  result: string;
  errorMessage: string | null;
  fullActionName: string;
  details: string;
};

const COLUMNS: DataTableColumn<Row>[] = [
  {
    id: "createdAt",
    accessorKey: "createdAt",
    meta: { label: "Time", sortable: true },
    cell: ({ row }) => new Date(row.original.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }),
  },
  { id: "actionGroup", accessorKey: "actionGroup", meta: { label: "Action Group" } },
  { id: "action", accessorKey: "action", meta: { label: "Action" } },
  { id: "ip", accessorKey: "ip", meta: { label: "IP Address" } },
  { id: "username", accessorKey: "username", meta: { label: "Username" } },
  {
    id: "result",
    accessorKey: "result",
    meta: { label: "Result" },
    cell: ({ row }) => (
      <span className={row.original.result === "success" ? "text-green-800" : "font-semibold text-red-800"} title={row.original.errorMessage ?? undefined}>
        {row.original.result === "success" ? "Success" : "Failure"}
      </span>
    ),
  },
  { id: "fullActionName", accessorKey: "fullActionName", meta: { label: "Full Action Name" } },
  {
    id: "details",
    accessorKey: "details",
    meta: { label: "Details" },
    cell: ({ row }) => (
      <Link
        href={`/admin/system/action-logs/${row.original.id}`}
        className="text-brand underline"
        aria-label={`Details of ${row.original.action} at ${row.original.createdAt}`}
      >
        {row.original.details || "View"}
      </Link>
    ),
  },
];

const TEXT_FILTERS: [string, string][] = [
  ["action", "Action"],
  ["ip", "IP Address"],
  ["fullActionName", "Full Action Name"],
  ["details", "Details"],
];

export function ActionReportGrid(props: {
  rows: Row[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
  sortDesc: boolean;
  filters: Record<string, string>;
  groups: string[];
  usernames: string[];
}) {
  const grid = useGridUrl();
  const search = useSearchParams();
  const f = props.filters;
  function onFilter(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const patch: Record<string, string> = {};
    for (const k of ["from", "to", "group", "action", "ip", "username", "result", "fullActionName", "details"]) patch[k] = String(form.get(k) ?? "").trim();
    grid.update(patch);
  }
  const exportQuery = new URLSearchParams(search.toString());
  exportQuery.delete("page");
  const toolbar = (
    <form aria-label="Filters" onSubmit={onFilter} className="mb-4 grid grid-cols-2 gap-3 rounded border bg-gray-50 p-4 md:grid-cols-5" key={JSON.stringify(f)}>
      <label className="flex flex-col text-sm">
        Time from
        <input type="datetime-local" name="from" defaultValue={f.from} className="rounded border border-gray-400 px-2 py-1" />
      </label>
      <label className="flex flex-col text-sm">
        Time to
        <input type="datetime-local" name="to" defaultValue={f.to} className="rounded border border-gray-400 px-2 py-1" />
      </label>
      <label className="flex flex-col text-sm">
        Action Group
        <select name="group" defaultValue={f.group} className="rounded border border-gray-400 px-2 py-1">
          <option value="">All Groups</option>
          {props.groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        Username
        <select name="username" defaultValue={f.username} className="rounded border border-gray-400 px-2 py-1">
          <option value="">All Users</option>
          {props.usernames.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        Result
        <select name="result" defaultValue={f.result} className="rounded border border-gray-400 px-2 py-1">
          <option value="">All</option>
          <option value="success">Success</option>
          <option value="failure">Failure</option>
        </select>
      </label>
      {TEXT_FILTERS.map(([name, label]) => (
        <label key={name} className="flex flex-col text-sm">
          {label}
          <input name={name} defaultValue={f[name]} className="rounded border border-gray-400 px-2 py-1" />
        </label>
      ))}
      <div className="col-span-full flex items-center gap-3">
        <button type="submit" className="rounded bg-brand px-4 py-1 text-white">
          Apply Filters
        </button>
        <a href={`/api/admin/action-logs/export?${exportQuery.toString()}`} className="rounded border border-gray-400 bg-white px-4 py-1">
          Export CSV
        </a>
      </div>
    </form>
  );
  return (
    <div aria-busy={grid.pending}>
      <DataTable
        label="Action Logs"
        columns={COLUMNS}
        data={props.rows}
        getRowId={(r) => String(r.id)}
        sort={{ id: "createdAt", desc: props.sortDesc }}
        onSort={(_id, desc) => grid.update({ sort: desc ? "desc" : "asc" })}
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
        totalCapped={props.totalCapped}
        hasNext={props.page * props.pageSize < props.total}
        onPage={(page) => grid.update({ page: page > 1 ? String(page) : undefined })}
        onPageSize={(size) => grid.update({ limit: String(size) })}
        toolbar={toolbar}
      />
    </div>
  );
}
