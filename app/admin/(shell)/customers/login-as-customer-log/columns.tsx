"use client";
// Customers › Login as Customer Log: the grid's columns, headers as the admin reads them.
// An active session shows "Active" and, for an admin who may, End Session.
import { gridContext, type GridColumn } from "@/components/admin/grid";
import { formatDateTime } from "@/lib/format";
import { LAC } from "@/lib/login-as-customer/messages";
import type { LogRow } from "@/lib/login-as-customer/log-queries";
import { endSessionFromLog } from "./actions";

/** What the page tells the cells: whether this admin may end a session. */
export type LogGridContext = { canEnd: boolean };

export const logColumns: GridColumn<LogRow>[] = [
  { id: "id", accessorKey: "id", meta: { label: "ID" }, cell: ({ row }) => <code className="text-xs">{row.original.id.slice(0, 8)}</code> },
  { id: "customerId", accessorKey: "customerId", meta: { label: "Customer ID" } },
  { id: "customerEmail", accessorKey: "customerEmail", meta: { label: "Customer Email" } },
  { id: "adminUserId", accessorKey: "adminUserId", meta: { label: "Admin ID" } },
  { id: "adminName", accessorKey: "adminName", meta: { label: "Admin Name" } },
  { id: "startedAt", accessorKey: "startedAt", meta: { label: "Logged In" }, cell: ({ row }) => formatDateTime(row.original.startedAt, { seconds: true }) },
  { id: "storeViewName", accessorKey: "storeViewName", meta: { label: "Store View" } },
  { id: "access", accessorKey: "access", meta: { label: "Access" }, cell: ({ row }) => LAC.accessName(row.original.access) },
  {
    id: "reason",
    accessorKey: "reason",
    meta: { label: "Reason" },

    cell: ({ row }) => <span className="line-clamp-2 max-w-xs break-words whitespace-pre-wrap">{row.original.reason}</span>,
  },
  {
    id: "endedAt",
    accessorKey: "endedAt",
    meta: { label: "Ended" },
    cell: ({ row, table }) =>
      row.original.endedAt ? (
        formatDateTime(row.original.endedAt, { seconds: true })
      ) : (
        <span className="flex items-center gap-2">
          <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">Active</span>
          {gridContext<LogGridContext>(table).canEnd ? (
            <button
              type="button"
              className="text-brand underline"
              onClick={async () => {
                const r = await endSessionFromLog(row.original.id);
                table.options.meta?.notify?.(r.error ?? r.success ?? "");
              }}
              aria-label={`End session of ${row.original.customerEmail}`}
            >
              End Session
            </button>
          ) : null}
        </span>
      ),
  },
  { id: "endReason", accessorKey: "endReason", meta: { label: "End Reason" } },
];
