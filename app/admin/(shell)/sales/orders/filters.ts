// Sales › Orders: the filter form's fields, in the order shown.
import { selectFilter, type FilterDef } from "@/lib/grid/spec";
import { ORDER_STATUSES, type OrderFilter } from "@/lib/orders/queries";

export function orderFilters(storeViews: { id: number; name: string }[]): FilterDef<OrderFilter>[] {
  return [
    { name: "incrementId", label: "ID" },
    { name: "dateFrom", label: "Purchase Date from", type: "date" },
    { name: "dateTo", label: "Purchase Date to", type: "date" },
    { name: "billToName", label: "Bill-to Name" },
    { name: "totalFrom", label: "Grand Total from" },
    { name: "totalTo", label: "Grand Total to" },
    selectFilter(
      "status",
      "Status",
      ORDER_STATUSES.map((s) => [s, s[0].toUpperCase() + s.slice(1)] as const),
    ),
    selectFilter(
      "storeView",
      "Store View",
      storeViews.map((s) => [String(s.id), s.name] as const),
    ),
  ];
}
