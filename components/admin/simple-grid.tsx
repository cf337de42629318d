"use client";
// The grid kit for small admin lists (roles, users): keyword search, sort, paging, an Edit link per row.
import Link from "next/link";
import { Grid, type GridColumn } from "@/components/admin/grid";

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
  const cols: GridColumn<Row>[] = [
    ...columns.map((c) => ({ id: c.id, accessorKey: c.id, meta: { label: c.label } })),
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
  return (
    <Grid
      label={label}
      columns={cols}
      result={{ rows, total, totalCapped: false, hasNext: page * pageSize < total }}
      view={{ page, pageSize, sort: sort.id, desc: sort.desc, q, hidden: [], values: {}, sortable, hideable: [] }}
      search
    />
  );
}
