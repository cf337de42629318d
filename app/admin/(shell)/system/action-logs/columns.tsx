"use client";
// System › Action Logs › Report: the grid's columns, headers as the admin reads them.
import Link from "next/link";
import type { GridColumn } from "@/components/admin/grid";
import { formatDateTime } from "@/lib/format";
import type { ReportGridRow } from "@/lib/action-log/report-page";

export const reportColumns: GridColumn<ReportGridRow>[] = [
  { id: "createdAt", accessorKey: "createdAt", meta: { label: "Time" }, cell: ({ row }) => formatDateTime(row.original.createdAt, { seconds: true }) },
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
