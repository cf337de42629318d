"use client";
// System › Email Log: the grid's columns, headers as the admin reads them.
import Link from "next/link";
import type { GridColumn } from "@/components/admin/grid";
import { formatDateTime } from "@/lib/format";
import { EMAIL_LOG_STATUS, type EmailLogRow } from "@/lib/mail/email-log-spec";

const STATUS_STYLE = { queued: "text-gray-800", sent: "text-green-800", failed: "font-semibold text-red-800" } as const;

export const emailLogColumns: GridColumn<EmailLogRow>[] = [
  { id: "to", accessorKey: "to", meta: { label: "Recipient" } },
  { id: "subject", accessorKey: "subject", meta: { label: "Subject" } },
  {
    id: "status",
    accessorKey: "status",
    meta: { label: "Status" },
    cell: ({ row }) => <span className={STATUS_STYLE[row.original.status]}>{EMAIL_LOG_STATUS[row.original.status]}</span>,
  },
  { id: "attempts", accessorKey: "attempts", meta: { label: "Attempts", align: "right" } },
  {
    id: "lastError",
    accessorKey: "lastError",
    meta: { label: "Last Error" },
    cell: ({ row }) => <span className="break-words">{row.original.lastError}</span>,
  },
  { id: "createdAt", accessorKey: "createdAt", meta: { label: "Created" }, cell: ({ row }) => formatDateTime(row.original.createdAt, { seconds: true }) },
  { id: "sentAt", accessorKey: "sentAt", meta: { label: "Sent" }, cell: ({ row }) => formatDateTime(row.original.sentAt, { seconds: true }) },
  {
    id: "action",
    header: "Action",
    meta: { label: "Action" },
    cell: ({ row }) => (
      <Link
        href={`/admin/system/email-log/${row.original.id}`}
        className="text-brand underline"
        aria-label={`View the email “${row.original.subject}” to ${row.original.to}`}
      >
        View
      </Link>
    ),
  },
];
