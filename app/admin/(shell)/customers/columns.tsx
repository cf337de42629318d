"use client";
// Customers › All Customers: the grid's columns, headers as the admin reads them.
import Link from "next/link";
import type { GridColumn } from "@/components/admin/grid";
import { LoginAsCustomerSlot } from "@/components/admin/login-as-customer-slot";
import { formatDateTime } from "@/lib/format";
import type { CustomerGridRow } from "@/lib/customers/grid-spec";

export const customerColumns: GridColumn<CustomerGridRow>[] = [
  { id: "id", accessorKey: "id", meta: { label: "ID" } },
  { id: "name", accessorKey: "name", meta: { label: "Name" } },
  { id: "email", accessorKey: "email", meta: { label: "Email" } },
  { id: "group", accessorKey: "group", meta: { label: "Group" } },
  { id: "website", accessorKey: "website", meta: { label: "Website" } },
  { id: "createdAt", accessorKey: "createdAt", meta: { label: "Customer Since" }, cell: ({ row }) => formatDateTime(row.original.createdAt) },
  {
    id: "assistance",
    accessorKey: "assistance",
    meta: { label: "Allow Remote Shopping Assistance" },
    cell: ({ row }) => (row.original.assistance ? "Yes" : "No"),
  },
  { id: "action", header: "Action", meta: { label: "Action" }, cell: ({ row }) => <CustomerRowActions row={row.original} /> },
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
