// Sales › Orders: the filter form's fields, in the order shown.
import type { FilterDef } from "@/lib/grid/spec";
import { ORDER_STATUSES, type OrderFilter } from "@/lib/orders/queries";

export function orderFilters(storeViews: { id: number; name: string }[]): FilterDef<OrderFilter>[] {
  return [
    { name: "incrementId", label: "ID" },
    { name: "dateFrom", label: "Purchase Date from", type: "date" },
    { name: "dateTo", label: "Purchase Date to", type: "date" },
    { name: "billToName", label: "Bill-to Name" },
    { name: "totalFrom", label: "Grand Total from" },
    { name: "totalTo", label: "Grand Total to" },
    { name: "status", label: "Status", type: "select", options: ORDER_STATUSES.map((s) => ({ value: s, label: s[0].toUpperCase() + s.slice(1) })) },
    { name: "storeView", label: "Store View", type: "select", options: storeViews.map((s) => ({ value: String(s.id), label: s.name })) },
  ];
}
