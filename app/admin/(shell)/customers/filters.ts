// Customers › All Customers: the filter form's fields, in the order shown.
import type { CustomerFilter, Lookup } from "@/lib/customers/grid-spec";
import { selectFilter, type FilterDef } from "@/lib/grid/spec";

const choices = (list: Lookup) => list.map((x) => [String(x.id), x.name] as const);

export function customerFilters(lookups: { groups: Lookup; websites: Lookup }): FilterDef<CustomerFilter>[] {
  return [
    { name: "idFrom", label: "ID from", type: "numeric" },
    { name: "idTo", label: "ID to", type: "numeric" },
    { name: "name", label: "Name" },
    { name: "email", label: "Email" },
    selectFilter("group", "Group", choices(lookups.groups)),
    selectFilter("website", "Website", choices(lookups.websites)),
    { name: "sinceFrom", label: "Customer Since from", type: "date" },
    { name: "sinceTo", label: "Customer Since to", type: "date" },
    selectFilter("assistance", "Allow Remote Shopping Assistance", [
      ["1", "Yes"],
      ["0", "No"],
    ]),
  ];
}
