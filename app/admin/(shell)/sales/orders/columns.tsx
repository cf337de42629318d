"use client";
// Sales › Orders: the grid's columns, headers as the admin reads them.
import Link from "next/link";
import type { GridColumn } from "@/components/admin/grid";
import { formatDateTime, formatMoney } from "@/lib/format";
import type { OrderGridRow } from "@/lib/orders/queries";

export const orderColumns: GridColumn<OrderGridRow>[] = [
  { id: "incrementId", accessorKey: "incrementId", meta: { label: "ID" } },
  { id: "createdAt", accessorKey: "createdAt", meta: { label: "Purchase Date" }, cell: ({ row }) => formatDateTime(row.original.createdAt) },
  { id: "billToName", accessorKey: "billToName", meta: { label: "Bill-to Name" } },
  { id: "grandTotal", accessorKey: "grandTotal", meta: { label: "Grand Total", align: "right" }, cell: ({ row }) => formatMoney(row.original.grandTotal) },
  { id: "status", accessorKey: "status", meta: { label: "Status" }, cell: ({ row }) => <span className="capitalize">{row.original.status}</span> },
  { id: "storeView", accessorKey: "storeView", meta: { label: "Store View" } },
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
